import { LabelError } from './errors.js';
import type { ThermalLabel } from './thermal-parts.js';
import type { RollTemplate } from './templates.js';

/**
 * A TSPL job (TSC, Xprinter and most cheap thermal printers) for labels in order, each printed
 * `copies` times. QR codes by `QRCODE` (Model 2, the chosen ECC, automatic mode); the text by
 * `BITMAP` in overwrite mode, where a 0 bit prints a dot (TSPL's convention, the inverse of ZPL's).
 */
export function tsplJob(
  labels: Iterable<{ part: ThermalLabel; copies: number }>,
  template: RollTemplate,
): Buffer {
  const chunks: Buffer[] = [
    ascii(
      `SIZE ${mm(template.label.width)} mm,${mm(template.label.height)} mm\r\n` +
        `GAP ${mm(template.gap)} mm,0 mm\r\n` +
        'DIRECTION 1,0\r\nREFERENCE 0,0\r\nOFFSET 0 mm\r\nSET TEAR ON\r\n',
    ),
  ];
  for (const { part, copies } of labels) {
    const { qr } = part;
    if (/["\r\n]/.test(qr.data)) {
      throw new LabelError('tspl.data', {
        vi: `TSPL không chứa được dấu " hay xuống dòng trong mã QR: ${qr.data}`,
        en: `TSPL cannot carry a " or a line break in a QR code: ${qr.data}`,
      });
    }
    chunks.push(
      ascii(`CLS\r\nQRCODE ${qr.x},${qr.y},${qr.ecc},${qr.cell},A,0,M2,S7,"${qr.data}"\r\n`),
    );
    if (part.bitmap) {
      const { x, y, image } = part.bitmap;
      chunks.push(ascii(`BITMAP ${x},${y},${image.bytesPerRow},${image.height},0,`));
      const inverted = Buffer.from(image.bits);
      for (let i = 0; i < inverted.length; i++) inverted[i] = ~inverted[i]! & 0xff;
      chunks.push(inverted, ascii('\r\n'));
    }
    chunks.push(ascii(`PRINT 1,${copies}\r\n`));
  }
  return Buffer.concat(chunks);
}

function ascii(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

function mm(value: number): string {
  return String(Math.round(value * 100) / 100);
}
