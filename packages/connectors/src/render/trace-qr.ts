import { constants, crc32, deflateSync } from 'node:zlib';
import encodeQR from 'qr';

const QUIET_ZONE = 4; // modules, ISO/IEC 18004 section 9.1
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// PNG scanline filter types (PNG specification, section 9.2).
const FILTER_NONE = 0;
const FILTER_UP = 2;

/**
 * The trace URL as a PNG QR code (error correction M, a 4-module quiet zone), whole pixels per
 * module and at least `sidePx` wide so that it passes the exchange's image rules. The matrix,
 * mask chosen by the penalty rules of ISO/IEC 18004 §7.8.3, comes from `qr` (ADR 019). The PNG
 * is 1-bit greyscale. The first pixel row of a module row is written as it is and the rows
 * that repeat it with filter Up (all zeros), so Node's zlib deflates runs with its RLE strategy
 * instead of searching for matches (ADRs 017, 019). Same URL and size, same image.
 */
export function traceQrPng(url: string, sidePx = 600): Uint8Array {
  const matrix = qrMatrix(url);
  const total = matrix.length;
  const scale = Math.ceil(Math.max(sidePx, 1) / total);
  const side = total * scale;
  // Each scanline: its filter type, then 1 bit per pixel, black 0, white 1.
  const stride = 1 + Math.ceil(side / 8);
  const raw = new Uint8Array(stride * side);
  const row = new Uint8Array(stride);
  for (let y = 0; y < total; y++) {
    row.fill(0xff);
    row[0] = FILTER_NONE;
    const modules = matrix[y]!;
    for (let x = 0; x < total; x++) {
      if (!modules[x]) continue;
      const left = x * scale;
      for (let px = left; px < left + scale; px++) row[1 + (px >> 3)]! &= ~(0x80 >> (px & 7));
    }
    const top = y * scale;
    raw.set(row, top * stride);
    // The other pixel rows of this module row equal the one above: filter Up, zero differences.
    for (let dy = 1; dy < scale; dy++) raw[(top + dy) * stride] = FILTER_UP;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace methods 0
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { strategy: constants.Z_RLE })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The module matrix with its quiet zone, or a RangeError a person can act on. */
function qrMatrix(url: string): boolean[][] {
  try {
    return encodeQR(url, 'raw', { ecc: 'medium', border: QUIET_ZONE });
  } catch (error) {
    throw new RangeError(
      `traceQrPng: URL có ${url.length} ký tự, quá dài cho một mã QR (mức sửa lỗi M) / ` +
        `the URL has ${url.length} characters, too many for a QR code at error correction M ` +
        `(${(error as Error).message})`,
    );
  }
}

/** A PNG chunk: length, type, data, and the CRC-32 of type and data (PNG spec section 5.3). */
function pngChunk(type: string, data: Uint8Array): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  chunk.set(data, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}
