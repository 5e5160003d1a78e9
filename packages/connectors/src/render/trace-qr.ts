import { encode } from 'fast-png';
import QRCode from 'qrcode';

const QUIET_ZONE = 4; // modules, ISO/IEC 18004 section 9.1

/**
 * The trace URL as a PNG QR code (error correction M, a 4-module quiet zone), whole pixels per
 * module and at least `sidePx` wide so that it passes the exchange's image rules. The matrix
 * comes from `qrcode`; the pixels are packed 1 bit per pixel (black 0) and encoded by
 * `fast-png`: about 1 ms and 1 kB for a 600 px code, against 3 ms and 9 kB as 8-bit grey, and
 * 30 ms through `qrcode`'s own RGBA renderer. Same URL and size, same bytes.
 */
export function traceQrPng(url: string, sidePx = 600): Uint8Array {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const total = size + 2 * QUIET_ZONE;
  const scale = Math.ceil(Math.max(sidePx, 1) / total);
  const side = total * scale;
  const rowBytes = Math.ceil(side / 8);
  const data = new Uint8Array(rowBytes * side).fill(0xff);
  const row = new Uint8Array(rowBytes);
  for (let y = 0; y < size; y++) {
    row.fill(0xff);
    for (let x = 0; x < size; x++) {
      if (!modules.get(y, x)) continue;
      const left = (x + QUIET_ZONE) * scale;
      for (let px = left; px < left + scale; px++) row[px >> 3]! &= ~(0x80 >> (px & 7));
    }
    // Every pixel row of one module row is the same.
    const top = (y + QUIET_ZONE) * scale;
    for (let dy = 0; dy < scale; dy++) data.set(row, (top + dy) * rowBytes);
  }
  return encode({ width: side, height: side, data, depth: 1, channels: 1 });
}
