// The independent check: PDF pages rendered by poppler's pdftoppm, QR codes read by jsQR.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a `default` property: the same function either way.
const jsQR = jsQRModule.default;

export interface Page {
  png: PNG;
  dpi: number;
}

/** The pages of a PDF (all, or `first` to `last`) as PNGs at `dpi`, rendered by pdftoppm. */
export function renderPdf(pdf: string, dpi = 200, first?: number, last?: number): Page[] {
  const directory = mkdtempSync(join(tmpdir(), 'labels-pages-'));
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  execFileSync('pdftoppm', ['-r', String(dpi), ...range, '-png', pdf, join(directory, 'page')]);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.png'))
    .sort()
    .map((name) => ({ png: PNG.sync.read(readFileSync(join(directory, name))), dpi }));
}

/** The text of a PDF as pdftotext extracts it, in drawing order, with runs of white space as one. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Decodes the QR code inside a rectangle given in mm; undefined if none is found. */
export function decodeAt(
  page: Page,
  x: number,
  y: number,
  width: number,
  height: number,
): string | undefined {
  const scale = page.dpi / 25.4;
  const left = Math.max(0, Math.floor(x * scale));
  const top = Math.max(0, Math.floor(y * scale));
  const right = Math.min(page.png.width, Math.ceil((x + width) * scale));
  const bottom = Math.min(page.png.height, Math.ceil((y + height) * scale));
  return decodePixels(page.png, left, top, right - left, bottom - top);
}

/** Where the QR code's top-left corner is on the page, in mm, and what it holds. */
export function locateAt(
  page: Page,
  x: number,
  y: number,
  width: number,
  height: number,
): { data: string; x: number; y: number } | undefined {
  const scale = page.dpi / 25.4;
  const left = Math.max(0, Math.floor(x * scale));
  const top = Math.max(0, Math.floor(y * scale));
  const w = Math.min(page.png.width, Math.ceil((x + width) * scale)) - left;
  const h = Math.min(page.png.height, Math.ceil((y + height) * scale)) - top;
  const pixels = new Uint8ClampedArray(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((top + row) * page.png.width + left) * 4;
    pixels.set(page.png.data.subarray(from, from + w * 4), row * w * 4);
  }
  const code = jsQR(pixels, w, h, { inversionAttempts: 'dontInvert' });
  if (!code) return undefined;
  const corner = code.location.topLeftCorner;
  return { data: code.data, x: (left + corner.x) / scale, y: (top + corner.y) / scale };
}

/** Decodes the QR code in a region of an RGBA PNG. */
export function decodePixels(
  png: PNG,
  left: number,
  top: number,
  width: number,
  height: number,
): string | undefined {
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((top + row) * png.width + left) * 4;
    pixels.set(png.data.subarray(from, from + width * 4), row * width * 4);
  }
  return jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data;
}

/** Decodes the one QR code of a whole PNG file's bytes. */
export function decodePng(bytes: Buffer): string | undefined {
  const png = PNG.sync.read(bytes);
  return decodePixels(png, 0, 0, png.width, png.height);
}
