import QRCode from 'qrcode';

/**
 * The trace URL as a PNG QR code with a 4-module quiet zone (ISO/IEC 18004 section 9.1) and error
 * correction M, at least `sidePx` pixels wide so that it passes the exchange's image rules.
 * Same URL and size, same bytes.
 */
export async function traceQrPng(url: string, sidePx = 600): Promise<Uint8Array> {
  const png = await QRCode.toBuffer(url, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 4,
    width: Math.max(sidePx, 600),
  });
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
