import QRCode from 'qrcode';
import { LabelError } from './errors.js';

/** Error correction: M (15 %) by default, Q (25 %) for labels that get scuffed. */
export type EccLevel = 'M' | 'Q';

/** ISO/IEC 18004 section 9.1: a quiet zone of 4 modules on every side. */
export const QUIET_ZONE_MODULES = 4;

/** 4 dots at 203 dpi: the smallest module a low-end phone reads on the first try. */
export const MIN_MODULE_MM = (4 * 25.4) / 203;

/** A QR code's modules, row by row, 1 for dark. */
export interface QrMatrix {
  size: number;
  version: number;
  ecc: EccLevel;
  dark: Uint8Array;
}

/** The QR code (Model 2, the only model `qrcode` makes) of `text` at the given ECC level. */
export function qrMatrix(text: string, ecc: EccLevel): QrMatrix {
  try {
    const code = QRCode.create(text, { errorCorrectionLevel: ecc });
    return {
      size: code.modules.size,
      version: code.version,
      ecc,
      dark: code.modules.data,
    };
  } catch (error) {
    throw new LabelError('qr.too_long', {
      vi: `không tạo được mã QR cho "${text}" (${(error as Error).message})`,
      en: `cannot make a QR code of "${text}" (${(error as Error).message})`,
    });
  }
}

/**
 * Horizontal runs of dark modules in each row: `[x, y, length]`, the fewest rectangles that draw
 * the code (a third of the modules), so that a page of labels stays small and fast to write.
 */
export function darkRuns(matrix: QrMatrix): number[] {
  const runs: number[] = [];
  const { size, dark } = matrix;
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (dark[y * size + x] === 0) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && dark[y * size + x] === 1) x++;
      runs.push(start, y, x - start);
    }
  }
  return runs;
}

/**
 * The module size, in whole printer dots, for a QR code with its quiet zone inside `availableMm`.
 * @throws LabelError when even the smallest readable module (0.5 mm) does not fit.
 */
export function moduleDots(matrix: QrMatrix, availableMm: number, dpi: number): number {
  const dotMm = 25.4 / dpi;
  const minimum = Math.ceil(MIN_MODULE_MM / dotMm - 1e-9);
  const dots = Math.floor(availableMm / ((matrix.size + 2 * QUIET_ZONE_MODULES) * dotMm) + 1e-9);
  if (dots < minimum) {
    const needed = (matrix.size + 2 * QUIET_ZONE_MODULES) * minimum * dotMm;
    throw new LabelError('qr.does_not_fit', {
      vi: `mã QR phiên bản ${matrix.version} (${matrix.size} ô) cần ${needed.toFixed(1)} mm với ô ≥ ${MIN_MODULE_MM.toFixed(2)} mm và viền trắng 4 ô, nhãn chỉ có ${availableMm.toFixed(1)} mm: dùng nhãn lớn hơn hoặc mã ngắn`,
      en: `a version ${matrix.version} QR code (${matrix.size} modules) needs ${needed.toFixed(1)} mm with modules ≥ ${MIN_MODULE_MM.toFixed(2)} mm and a 4-module quiet zone; the label has ${availableMm.toFixed(1)} mm: use a larger label or short codes`,
    });
  }
  return dots;
}
