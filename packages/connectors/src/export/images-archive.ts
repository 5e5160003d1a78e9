import { zipSync, type Zippable } from 'fflate';
import type { CatalogueProduct, RenderedListing } from '../types.js';

// Entries carry a fixed time, so the same images give the same archive bytes.
const MTIME = new Date('2026-01-01T00:00:00Z');

/**
 * A ZIP of every image the exported rows name (stored, not deflated: JPEG and PNG are already
 * compressed) and, when given, each listing's trace QR code (`qrImages[i]` for `pairs[i]`).
 */
export function writeImagesArchive(
  pairs: readonly { product: CatalogueProduct; listing: RenderedListing }[],
  qrImages?: readonly Uint8Array[],
): Uint8Array {
  const files: Zippable = {};
  pairs.forEach(({ product, listing }, pair) => {
    listing.images.forEach((image, index) => {
      files[image.name] = [product.images[index]!.data, { level: 0, mtime: MTIME }];
    });
    if (qrImages) files[listing.qrImage] = [qrImages[pair]!, { level: 0, mtime: MTIME }];
  });
  return zipSync(files);
}
