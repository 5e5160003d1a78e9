// The independent check: PDF pages rendered by pdf.js (@nguongoc/test-support/pdf, not the
// label engine's own code), QR codes read by jsQR.
import { type PdfImage, pdfPages, pdfText as pdfjsText } from '@nguongoc/test-support/pdf';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a `default` property: the same function either way.
const jsQR = jsQRModule.default;

export interface Page {
  image: PdfImage;
  dpi: number;
}

/** RGBA pixels, 4 bytes each, rows top to bottom: a rendered page or a pngjs `PNG`. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** The pages of a PDF (all, or `first` to `last`) as RGBA images at `dpi`, rendered by pdf.js. */
export async function renderPdf(
  pdf: string,
  dpi = 200,
  first?: number,
  last?: number,
): Promise<Page[]> {
  const range = first === undefined ? {} : { first, last: last ?? first };
  return (await pdfPages(pdf, { dpi, ...range })).map((image) => ({ image, dpi }));
}

/** The text of a PDF as pdf.js reads it, in drawing order, with runs of white space as one. */
export async function pdfText(pdf: string): Promise<string> {
  return (await pdfjsText(pdf)).replace(/\s+/g, ' ');
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
  const right = Math.min(page.image.width, Math.ceil((x + width) * scale));
  const bottom = Math.min(page.image.height, Math.ceil((y + height) * scale));
  return decodePixels(page.image, left, top, right - left, bottom - top);
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
  const w = Math.min(page.image.width, Math.ceil((x + width) * scale)) - left;
  const h = Math.min(page.image.height, Math.ceil((y + height) * scale)) - top;
  const pixels = new Uint8ClampedArray(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((top + row) * page.image.width + left) * 4;
    pixels.set(page.image.data.subarray(from, from + w * 4), row * w * 4);
  }
  const code = jsQR(pixels, w, h, { inversionAttempts: 'dontInvert' });
  if (!code) return undefined;
  const corner = code.location.topLeftCorner;
  return { data: code.data, x: (left + corner.x) / scale, y: (top + corner.y) / scale };
}

/** Decodes the QR code in a region of RGBA pixels. */
export function decodePixels(
  image: Pixels,
  left: number,
  top: number,
  width: number,
  height: number,
): string | undefined {
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((top + row) * image.width + left) * 4;
    pixels.set(image.data.subarray(from, from + width * 4), row * width * 4);
  }
  return jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data;
}

/** Decodes the one QR code of a whole PNG file's bytes. */
export function decodePng(bytes: Buffer): string | undefined {
  const png = PNG.sync.read(bytes);
  return decodePixels(png, 0, 0, png.width, png.height);
}
