import { formatDay } from '@nguongoc/vn-locale';
import { LabelError } from './errors.js';
import { type FontWeight, labelFont } from './fonts.js';
import { type LabelData, normalizeLabel } from './label-data.js';
import {
  type EccLevel,
  QUIET_ZONE_MODULES,
  type QrMatrix,
  moduleDots,
  qrMatrix,
} from './qr-code.js';
import type { LabelTemplate } from './templates.js';

/** A line of text: `y` is its baseline, sizes and positions in mm from the label's top-left. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: FontWeight;
  anchor: 'start' | 'middle';
}

/** A five-pointed star (an OCOP star) centred on `cx, cy` with outer radius `radius`. */
export interface Star {
  cx: number;
  cy: number;
  radius: number;
}

/** Everything drawn on one label, in mm; every output format draws exactly this. */
export interface LabelLayout {
  width: number;
  height: number;
  dpi: number;
  qr: {
    matrix: QrMatrix;
    /** Top-left corner of the symbol (inside the quiet zone). */
    x: number;
    y: number;
    module: number;
    moduleDots: number;
  };
  texts: TextRun[];
  stars: Star[];
  data: LabelData;
}

export interface LayoutOptions {
  ecc?: EccLevel;
  /** The QR code of `data.uri` when it was made elsewhere (a worker thread of a large job). */
  matrix?: QrMatrix;
}

// The QR code and its quiet zone sit this far in from the label's edges: die-cut sheets and
// thermal rolls drift by up to half a millimetre. On the smallest labels (A4 5×13) the inset gives
// way before the module size does: the quiet zone may then reach the label's edge.
const INSETS_MM = [0.8, 0.4, 0];
const LINE_ADVANCE = 1.22;
const CODE_GAP_MM = 0.3;
const MIN_TEXT_MM = 1.3; // about 3.7 pt: the smallest text still legible on a label

/**
 * Lays out one label: the QR code on the left with its quiet zone and the code under it, the
 * product, OCOP stars, lot, NSX/HSD and cooperative on the right, in the largest type that fits.
 * @throws LabelError when the QR code, the code or the product name cannot fit the label.
 */
export function layoutLabel(
  input: LabelData,
  template: LabelTemplate,
  options: LayoutOptions = {},
): LabelLayout {
  const data = normalizeLabel(input);
  const { width, height } = template.label;
  const matrix = options.matrix ?? qrMatrix(data.uri, options.ecc ?? 'M');
  const regular = labelFont('regular');
  const codeSize = clamp(height * 0.075, 1.5, 2.6);
  const codeBand = CODE_GAP_MM + codeSize * (regular.ascent + 0.12);
  const dot = 25.4 / template.dpi;
  let dots = 0;
  let inset = 0;
  for (const candidate of INSETS_MM) {
    const available = Math.min(height - 2 * candidate - codeBand, width * 0.6);
    inset = candidate;
    try {
      dots = moduleDots(matrix, available, template.dpi);
      break;
    } catch (error) {
      if (candidate === INSETS_MM.at(-1)) throw error;
    }
  }
  const module = (dots * 25.4) / template.dpi;
  const box = (matrix.size + 2 * QUIET_ZONE_MODULES) * module;
  // The symbol starts on a whole printer dot, so that every module is whole dots on the printer.
  const boxLeft = Math.ceil(inset / dot - 1e-9) * dot;
  const boxTop =
    Math.ceil((inset + Math.max(0, (height - 2 * inset - codeBand - box) / 2)) / dot - 1e-9) * dot;
  const qr = {
    matrix,
    x: boxLeft + QUIET_ZONE_MODULES * module,
    y: boxTop + QUIET_ZONE_MODULES * module,
    module,
    moduleDots: dots,
  };
  const texts: TextRun[] = [];
  let size = codeSize;
  while (regular.widthOf(data.code) * size > box && size > 1.1) size *= 0.95;
  if (regular.widthOf(data.code) * size > box) {
    throw tooSmall(template, `mã "${data.code}"`, `the code "${data.code}"`);
  }
  texts.push({
    text: data.code,
    x: boxLeft + box / 2,
    // Below the quiet zone, never in it: the tallest accent reaches the font's ascender.
    y: boxTop + box + CODE_GAP_MM + size * regular.ascent,
    size,
    weight: 'regular',
    anchor: 'middle',
  });
  const column = { x: boxLeft + box + 0.6, top: inset + 0.2 };
  const columnWidth = width - column.x - inset - 0.4;
  const columnHeight = height - column.top - inset;
  const side = layoutTextColumn(data, columnWidth, columnHeight, template);
  for (const run of side.texts) texts.push({ ...run, x: run.x + column.x, y: run.y + column.top });
  const stars = side.stars.map((star) => ({
    ...star,
    cx: star.cx + column.x,
    cy: star.cy + column.top,
  }));
  return { width, height, dpi: template.dpi, qr, texts, stars, data };
}

interface Line {
  text: string;
  weight: FontWeight;
  scale: number;
  /** What to do when the line is too wide: wrap onto a second line, or end it with "…". */
  overflow: 'wrap' | 'ellipsis' | 'error';
  stars?: number;
}

// A lot's labels differ only in their QR code and code: the text column is laid out once.
const columnCache = new Map<string, { texts: TextRun[]; stars: Star[] }>();

function layoutTextColumn(
  data: LabelData,
  width: number,
  height: number,
  template: LabelTemplate,
): { texts: TextRun[]; stars: Star[] } {
  const key = JSON.stringify([
    data.product,
    data.stars,
    data.lot,
    data.producedOn,
    data.expiresOn,
    data.cooperative,
    width,
    height,
  ]);
  const cached = columnCache.get(key);
  if (cached) return cached;
  if (width < 8) throw tooSmall(template, 'cột chữ', 'the text column');
  const lines: Line[] = [{ text: data.product, weight: 'bold', scale: 1.15, overflow: 'wrap' }];
  if (data.stars)
    lines.push({ text: 'OCOP', weight: 'bold', scale: 0.95, overflow: 'error', stars: data.stars });
  lines.push({ text: `Lô: ${data.lot}`, weight: 'regular', scale: 1, overflow: 'error' });
  if (data.producedOn)
    lines.push({
      text: `NSX: ${formatDay(data.producedOn)}`,
      weight: 'regular',
      scale: 1,
      overflow: 'error',
    });
  if (data.expiresOn)
    lines.push({
      text: `HSD: ${formatDay(data.expiresOn)}`,
      weight: 'regular',
      scale: 1,
      overflow: 'error',
    });
  if (data.cooperative)
    lines.push({ text: data.cooperative, weight: 'regular', scale: 0.85, overflow: 'wrap' });
  for (let size = Math.min(height / 6.5, 4.2); size >= MIN_TEXT_MM * 0.999; size *= 0.94) {
    const placed = placeLines(lines, size, width, height, false);
    if (placed) {
      if (columnCache.size > 2_000) columnCache.clear();
      columnCache.set(key, placed);
      return placed;
    }
  }
  const last = placeLines(lines, MIN_TEXT_MM, width, height, true);
  if (!last)
    throw tooSmall(
      template,
      `tên sản phẩm "${data.product}"`,
      `the product name "${data.product}"`,
    );
  columnCache.set(key, last);
  return last;
}

function placeLines(
  lines: Line[],
  size: number,
  width: number,
  height: number,
  lastResort: boolean,
): { texts: TextRun[]; stars: Star[] } | undefined {
  const texts: TextRun[] = [];
  const stars: Star[] = [];
  let y = 0;
  for (const line of lines) {
    const font = labelFont(line.weight);
    const lineSize = size * line.scale;
    const starsWidth = line.stars ? line.stars * lineSize * 0.95 + lineSize * 0.3 : 0;
    let parts = [line.text];
    const fits = (text: string) => font.widthOf(text) * lineSize + starsWidth <= width;
    if (!fits(line.text)) {
      if (line.overflow === 'error') return undefined;
      const wrapped = wrap(line.text, (text) => font.widthOf(text) * lineSize <= width);
      if (wrapped.length <= 2) parts = wrapped;
      else if (line.overflow === 'wrap' && line.scale < 1 && lastResort)
        parts = [
          wrapped[0]!,
          ellipsize(wrapped.slice(1).join(' '), (text) => font.widthOf(text) * lineSize <= width),
        ];
      else return undefined;
    }
    for (const part of parts) {
      y += lineSize * font.ascent * (texts.length === 0 ? 1 : LINE_ADVANCE);
      if (y + lineSize * font.descent > height) return undefined;
      texts.push({ text: part, x: 0, y, size: lineSize, weight: line.weight, anchor: 'start' });
    }
    if (line.stars) {
      const textWidth = font.widthOf(line.text) * lineSize;
      const radius = lineSize * 0.42;
      for (let i = 0; i < line.stars; i++) {
        stars.push({
          cx: textWidth + lineSize * 0.3 + radius + i * lineSize * 0.95,
          cy: y - lineSize * 0.36,
          radius,
        });
      }
    }
  }
  return { texts, stars };
}

/** Greedy word wrap; a single word wider than the line stays whole (the caller rejects it). */
function wrap(text: string, fits: (text: string) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate) || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines.some((line) => !fits(line)) ? [text, text, text] : lines;
}

function ellipsize(text: string, fits: (text: string) => boolean): string {
  const characters = [...text];
  while (characters.length > 1 && !fits(`${characters.join('')}…`)) characters.pop();
  return `${characters.join('').trimEnd()}…`;
}

function tooSmall(template: LabelTemplate, whatVi: string, whatEn: string): LabelError {
  return new LabelError('template.too_small', {
    vi: `${whatVi} không vừa nhãn ${template.label.width}×${template.label.height} mm của mẫu ${template.id}, kể cả với chữ nhỏ nhất ${MIN_TEXT_MM} mm: dùng mẫu nhãn lớn hơn hoặc rút gọn`,
    en: `${whatEn} does not fit the ${template.label.width}×${template.label.height} mm label of template ${template.id}, even at the smallest text of ${MIN_TEXT_MM} mm: use a larger template or shorten it`,
  });
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
