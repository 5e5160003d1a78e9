import { crc32 } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { CatalogueProduct, RenderedListing } from '../types.js';

// Entries carry a fixed time, so the same images give the same archive bytes.
const MTIME = new Date('2026-01-01T00:00:00Z');
const STORED = 0; // compression method 0 (PKWARE APPNOTE 4.4.5): JPEG and PNG are compressed already

/**
 * A ZIP of every image the exported rows name, stored, not deflated, and, when given, each
 * listing's trace QR code (`qrImages[i]` for `pairs[i]`). fflate writes the archive; the CRC-32
 * of each entry comes from Node's zlib, about ten times faster than fflate's own JavaScript CRC
 * on the 100+ MB of a large catalogue's images (ADR 019).
 */
export function writeImagesArchive(
  pairs: readonly { product: CatalogueProduct; listing: RenderedListing }[],
  qrImages?: readonly Uint8Array[],
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  const add = (filename: string, data: Uint8Array) => {
    const entry: ZipInputFile = {
      filename,
      size: data.length,
      crc: crc32(data),
      compression: STORED,
      mtime: MTIME,
    };
    zip.add(entry);
    // fflate types chunks as backed by an ArrayBuffer; the bytes are only read.
    entry.ondata!(null, data as Uint8Array<ArrayBuffer>, true);
  };
  pairs.forEach(({ product, listing }, pair) => {
    listing.images.forEach((image, index) => add(image.name, product.images[index]!.data));
    if (qrImages) add(listing.qrImage, qrImages[pair]!);
  });
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
