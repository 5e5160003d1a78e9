import { LabelError } from './errors.js';
import type { ThermalLabel } from './thermal-parts.js';

/**
 * A ZPL II job (Zebra) for labels in order, each printed `copies` times: `^BQN,2,<cell>,<ecc>`
 * (Model 2) with `^FD<ecc>A,` (automatic input mode), the text as an ASCII-hex `^GFA` graphic
 * field (1 = a black dot).
 */
export function zplJob(labels: Iterable<{ part: ThermalLabel; copies: number }>): Buffer {
  let job = '';
  for (const { part, copies } of labels) {
    const { qr } = part;
    if (/[\^~\r\n]/.test(qr.data)) {
      throw new LabelError('zpl.data', {
        vi: `ZPL không chứa được ^, ~ hay xuống dòng trong mã QR: ${qr.data}`,
        en: `ZPL cannot carry ^, ~ or a line break in a QR code: ${qr.data}`,
      });
    }
    job += `^XA\n^CI28\n^PW${part.widthDots}\n^LL${part.heightDots}\n^LH0,0\n`;
    job += `^FO${qr.x},${qr.y}^BQN,2,${qr.cell},${qr.ecc}^FD${qr.ecc}A,${qr.data}^FS\n`;
    if (part.bitmap) {
      const { x, y, image } = part.bitmap;
      const total = image.bits.length;
      job += `^FO${x},${y}^GFA,${total},${total},${image.bytesPerRow},${Buffer.from(image.bits).toString('hex').toUpperCase()}^FS\n`;
    }
    job += `^PQ${copies},0,1,Y\n^XZ\n`;
  }
  return Buffer.from(job, 'latin1');
}
