import { zipSync, type Zippable } from 'fflate';
import type { CatalogueProduct, RenderedListing } from '../types.js';
import { traceQrPng } from '../render/trace-qr.js';

// Entries carry a fixed time, so the same images give the same archive bytes.
const MTIME = new Date('2026-01-01T00:00:00Z');

/**
 * A ZIP of every image the exported rows name (stored, not deflated: JPEG and PNG are already
 * compressed) and each listing's trace QR code.
 */
export function writeImagesArchive(
  pairs: readonly { product: CatalogueProduct; listing: RenderedListing }[],
  options: { skipQrImages?: boolean; qrSidePx?: number } = {},
): Uint8Array {
  const files: Zippable = {};
  for (const { product, listing } of pairs) {
    listing.images.forEach((image, index) => {
      files[image.name] = [product.images[index]!.data, { level: 0, mtime: MTIME }];
    });
    if (!options.skipQrImages) {
      files[listing.qrImage] = [
        traceQrPng(listing.traceUrl, options.qrSidePx),
        { level: 0, mtime: MTIME },
      ];
    }
  }
  return zipSync(files);
}
