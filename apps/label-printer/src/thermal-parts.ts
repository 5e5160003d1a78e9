import { LabelError } from './errors.js';
import type { LabelLayout } from './label-layout.js';
import { type MonoBitmap, labelBitmap } from './render-bitmap.js';
import type { RollTemplate } from './templates.js';

/** What a thermal job draws for one label: the QR by the printer's command, the rest as dots. */
export interface ThermalLabel {
  widthDots: number;
  heightDots: number;
  qr: { x: number; y: number; cell: number; data: string; ecc: 'M' | 'Q' };
  /** The text and stars, cropped to where they have black dots; absent on an all-white label. */
  bitmap?: { x: number; y: number; image: MonoBitmap };
}

/** The largest cell (module) size both TSPL's QRCODE and ZPL's ^BQ accept. */
const MAX_CELL_DOTS = 10;

/**
 * Splits a layout into printer parts at the template's resolution. Vietnamese text is rendered
 * to a bitmap because printer-resident fonts have no glyphs for ắ, ầ, ơ, ư or đ.
 * @param offset calibration offset in mm (positive: right and down).
 * @throws LabelError if the offset pushes the label off the printable area.
 */
export function thermalLabel(
  layout: LabelLayout,
  template: RollTemplate,
  offset = { x: 0, y: 0 },
): ThermalLabel {
  const dots = (mm: number) => Math.round((mm * template.dpi) / 25.4);
  const dx = dots(offset.x);
  const dy = dots(offset.y);
  const qrX = dots(layout.qr.x) + dx;
  const qrY = dots(layout.qr.y) + dy;
  if (qrX < 0 || qrY < 0) {
    throw new LabelError('job.offset', {
      vi: `độ lệch ${offset.x},${offset.y} mm đẩy mã QR ra ngoài nhãn`,
      en: `the offset ${offset.x},${offset.y} mm pushes the QR code off the label`,
    });
  }
  const part: ThermalLabel = {
    widthDots: dots(template.label.width),
    heightDots: dots(template.label.height),
    qr: {
      x: qrX,
      y: qrY,
      cell: Math.min(layout.qr.moduleDots, MAX_CELL_DOTS),
      data: layout.data.uri,
      ecc: layout.qr.matrix.ecc,
    },
  };
  const cropped = crop(labelBitmap(layout, { withoutQr: true }));
  if (cropped) {
    part.bitmap = { x: cropped.x + dx, y: cropped.y + dy, image: cropped.image };
    if (part.bitmap.x < 0 || part.bitmap.y < 0) {
      throw new LabelError('job.offset', {
        vi: `độ lệch ${offset.x},${offset.y} mm đẩy chữ ra ngoài nhãn`,
        en: `the offset ${offset.x},${offset.y} mm pushes the text off the label`,
      });
    }
  }
  return part;
}

/** The smallest byte-aligned box around the black dots. */
function crop(bitmap: MonoBitmap): { x: number; y: number; image: MonoBitmap } | undefined {
  const { bytesPerRow, height, bits } = bitmap;
  let top = height;
  let bottom = -1;
  let left = bytesPerRow;
  let right = -1;
  for (let y = 0; y < height; y++) {
    for (let b = 0; b < bytesPerRow; b++) {
      if (bits[y * bytesPerRow + b] === 0) continue;
      top = Math.min(top, y);
      bottom = y;
      left = Math.min(left, b);
      right = Math.max(right, b);
    }
  }
  if (bottom < 0) return undefined;
  const width = right - left + 1;
  const rows = bottom - top + 1;
  const out = new Uint8Array(width * rows);
  for (let y = 0; y < rows; y++)
    out.set(
      bits.subarray((top + y) * bytesPerRow + left, (top + y) * bytesPerRow + right + 1),
      y * width,
    );
  return {
    x: left * 8,
    y: top,
    image: { width: width * 8, height: rows, bytesPerRow: width, bits: out },
  };
}
