import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

const QUIET_ZONE = 4; // modules, ISO/IEC 18004 section 9.1
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The trace URL as a PNG QR code (error correction M, a 4-module quiet zone), whole pixels per
 * module and at least `sidePx` wide so that it passes the exchange's image rules. The matrix
 * comes from `qrcode`; the PNG is 1-bit greyscale, its pixels deflated by Node's zlib (ADR 017:
 * 0.1 ms against 0.75 ms through `fast-png`'s JavaScript deflate). Same URL and size, same image.
 */
export function traceQrPng(url: string, sidePx = 600): Uint8Array {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const total = size + 2 * QUIET_ZONE;
  const scale = Math.ceil(Math.max(sidePx, 1) / total);
  const side = total * scale;
  // Each scanline: filter type 0 (none), then 1 bit per pixel, black 0, white 1.
  const stride = 1 + Math.ceil(side / 8);
  const raw = new Uint8Array(stride * side).fill(0xff);
  const row = new Uint8Array(stride).fill(0xff);
  row[0] = 0;
  for (let dy = 0; dy < side; dy++) raw[dy * stride] = 0;
  for (let y = 0; y < size; y++) {
    row.fill(0xff, 1);
    for (let x = 0; x < size; x++) {
      if (!modules.get(y, x)) continue;
      const left = (x + QUIET_ZONE) * scale;
      for (let px = left; px < left + scale; px++) row[1 + (px >> 3)]! &= ~(0x80 >> (px & 7));
    }
    // Every pixel row of one module row is the same.
    const top = (y + QUIET_ZONE) * scale;
    for (let dy = 0; dy < scale; dy++) raw.set(row, (top + dy) * stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace methods 0
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
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
