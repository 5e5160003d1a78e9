// PDF pages, text and facts for the tests, by Mozilla's pdf.js (npm, no system package) with
// @napi-rs/canvas (Skia) as its canvas. See docs/decisions/020-pdf-checks-with-pdfjs.md.
//
// pdf.js has no worker threads in Node: it parses in this thread ("fake worker"), which is what
// a test wants anyway. Each call opens the PDF, does its work and closes it again.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import {
  type PDFDocumentProxy,
  type PDFPageProxy,
  getDocument,
} from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF file's path, or its bytes (never changed: pdf.js is given a copy). */
export type PdfInput = string | Uint8Array;

/** A rendered page: RGBA rows top to bottom, 4 bytes a pixel, as pngjs's `PNG` has them. */
export interface PdfImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A run of text on a page: its baseline's start from the page's top left, and its font size. */
export interface PdfRun {
  x: number;
  y: number;
  size: number;
  text: string;
}

/** What the tests read from pdfinfo before: page count, page sizes in points, the Info Title. */
export interface PdfInfo {
  pages: number;
  sizes: { width: number; height: number }[];
  title: string | undefined;
}

// Resource folders of pdfjs-dist, as the paths with a trailing slash that pdf.js expects in Node:
// the 14 standard fonts (a PDF that does not embed Helvetica still renders, without a warning),
// CMaps for CJK fonts, and the WebAssembly decoders (JPEG 2000, JBIG2, ICC colour).
const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const RESOURCES = {
  standardFontDataUrl: join(PDFJS, 'standard_fonts/'),
  cMapUrl: join(PDFJS, 'cmaps/'),
  wasmUrl: join(PDFJS, 'wasm/'),
  iccUrl: join(PDFJS, 'iccs/'),
};

const RENDER = 'không vẽ được / cannot render';
const READ_TEXT = 'không đọc được chữ / cannot read the text';

/**
 * Renders pages `first` to `last` (1-based, inclusive; by default all) at `dpi` on a white
 * background, anti-aliased. A pixel is 25.4 / `dpi` mm: the page's top left is pixel (0, 0), and
 * the image is the page's size rounded up to whole pixels, as pdftoppm made it.
 * @throws {RangeError} `dpi` is not a positive number, or the pages are not in the PDF.
 * @throws {Error} the PDF cannot be read or a page cannot be rendered (names the PDF and page).
 * @example const [page] = await pdfPages('labels.pdf', { dpi: 150, first: 1, last: 1 });
 */
export function pdfPages(
  pdf: PdfInput,
  { dpi = 150, first = 1, last }: { dpi?: number; first?: number; last?: number } = {},
): Promise<PdfImage[]> {
  return withPdf(pdf, async (document) => {
    const count = document.numPages;
    const end = last ?? count;
    if (!(Number.isFinite(dpi) && dpi > 0))
      throw new RangeError(`dpi phải là số dương / must be a positive number: ${dpi}`);
    for (const number of [first, end])
      if (!(Number.isInteger(number) && 1 <= number && number <= count))
        throw new RangeError(`không có trang / no page ${number}: PDF có / has ${count} pages`);
    if (first > end) throw new RangeError(`trang đầu sau trang cuối / first page after last`);
    const images: PdfImage[] = [];
    for (let number = first; number <= end; number++)
      images.push(await onPage(document, number, RENDER, (page) => render(page, dpi)));
    return images;
  });
}

/**
 * The text of every page as pdf.js reads it, in drawing order: runs as they are drawn, a line
 * break where pdf.js sees one, pages separated by a form feed (as pdftotext). Unicode is left as
 * the PDF's ToUnicode maps give it (no normalisation), so decomposed text would show.
 * @throws {Error} the PDF cannot be read (names it).
 */
export function pdfText(pdf: PdfInput): Promise<string> {
  return withPdf(pdf, async (document) => {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const items = await onPage(document, number, READ_TEXT, textItems);
      pages.push(items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
    }
    return pages.join('\f');
  });
}

/**
 * Each page's runs of text with their positions, for checks of layout: `x` and `y` are the run's
 * baseline start in points from the page's top left, `size` its font size in points. Runs of
 * white space only (pdf.js's guessed spaces and line ends) are left out; runs are in drawing order.
 * @throws {Error} the PDF cannot be read (names it).
 */
export function pdfRuns(pdf: PdfInput): Promise<PdfRun[][]> {
  return withPdf(pdf, async (document) => {
    const pages: PdfRun[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      pages.push(
        await onPage(document, number, READ_TEXT, async (page) => {
          const top = page.view[3] ?? 0;
          return (await textItems(page))
            .filter((item) => item.str.trim() !== '')
            .map(({ str, transform: [, , c, d, e, f] }) => ({
              x: Number(e),
              y: top - Number(f),
              size: Math.hypot(Number(c), Number(d)),
              text: str,
            }));
        }),
      );
    }
    return pages;
  });
}

/**
 * The page count, the size of each page's visible box (CropBox, else MediaBox) in points, and
 * the document's Info Title.
 * @throws {Error} the PDF cannot be read (names it).
 */
export function pdfInfo(pdf: PdfInput): Promise<PdfInfo> {
  return withPdf(pdf, async (document) => {
    const sizes: PdfInfo['sizes'] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const [left = 0, bottom = 0, right = 0, top = 0] = (await document.getPage(number)).view;
      sizes.push({ width: right - left, height: top - bottom });
    }
    const { info } = await document.getMetadata();
    const title: unknown = (info as { Title?: unknown }).Title;
    return {
      pages: document.numPages,
      sizes,
      title: typeof title === 'string' ? title : undefined,
    };
  });
}

async function render(page: PDFPageProxy, dpi: number): Promise<PdfImage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  // @napi-rs/canvas is the canvas pdf.js itself uses in Node; its types are not the DOM's.
  const target = canvas as unknown as Parameters<PDFPageProxy['render']>[0]['canvas'];
  await page.render({ canvas: target, viewport }).promise;
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  return { width: canvas.width, height: canvas.height, data };
}

type TextItem = Extract<
  Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number],
  { str: string }
>;

async function textItems(page: PDFPageProxy): Promise<TextItem[]> {
  const { items } = await page.getTextContent({ disableNormalization: true });
  return items.filter((item): item is TextItem => 'str' in item);
}

/**
 * Opens `pdf`, hands it to `use` and always closes it. Any failure comes out as the same kind of
 * error with the PDF named: `[pdf] file.pdf: …`.
 */
async function withPdf<T>(pdf: PdfInput, use: (document: PDFDocumentProxy) => Promise<T>) {
  if (typeof pdf !== 'string' && !(pdf instanceof Uint8Array))
    throw new TypeError('[pdf] pdf phải là đường dẫn hoặc Uint8Array / must be a path or bytes');
  const name = typeof pdf === 'string' ? pdf : `PDF ${pdf.byteLength} bytes`;
  let task: ReturnType<typeof getDocument> | undefined;
  try {
    // A copy: pdf.js refuses a Buffer, and transfers the bytes it is given to its worker, which
    // would leave the caller's array empty.
    const data = new Uint8Array(typeof pdf === 'string' ? await readFile(pdf) : pdf);
    task = getDocument({ data, ...RESOURCES });
    const document = await task.promise.catch((error: unknown) => {
      throw new Error(`không mở được / cannot open: ${message(error)}`, { cause: error });
    });
    return await use(document);
  } catch (error) {
    const Kind = error instanceof RangeError ? RangeError : Error;
    throw new Kind(`[pdf] ${name}: ${message(error)}`, { cause: error });
  } finally {
    await task?.destroy();
  }
}

/** Runs `use` on page `number`; a failure names the page and what could not be done. */
async function onPage<T>(
  document: PDFDocumentProxy,
  number: number,
  failed: string,
  use: (page: PDFPageProxy) => Promise<T>,
): Promise<T> {
  const page = await document.getPage(number);
  try {
    return await use(page);
  } catch (error) {
    throw new Error(`trang / page ${number}: ${failed}: ${message(error)}`, { cause: error });
  } finally {
    page.cleanup();
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
