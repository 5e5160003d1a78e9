import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import { labelFont } from './fonts.js';
import type { LabelLayout } from './label-layout.js';
import { darkRuns } from './qr-code.js';
import { starPoints } from './star-shape.js';
import { type LabelTemplate, labelPosition, labelsPerPage } from './templates.js';

const PT_PER_MM = 72 / 25.4;

export interface PdfOptions {
  /** Calibration offset in mm added to every label (a printer that feeds askew). */
  offset?: { x: number; y: number };
  /** Draw each label's outline: a test print to hold against a sheet. */
  outline?: boolean;
  /** Document title (PDF Info). */
  title?: string;
}

/**
 * Writes labels to a PDF, page by page, as they come: each finished page is flushed to `output`,
 * so 10,000 labels never sit in memory. QR modules are vector rectangles on a grid of whole printer
 * dots; text uses the embedded Be Vietnam Pro subset (PDFKit writes a ToUnicode map, so the
 * NFC text can be searched and copied).
 * @param layouts labels in print order; `startAt` (0-based) skips used positions on the first sheet.
 */
export async function writePdf(
  layouts: Iterable<LabelLayout> | AsyncIterable<LabelLayout>,
  template: LabelTemplate,
  output: Writable,
  options: PdfOptions & { startAt?: number } = {},
): Promise<{ pages: number; labels: number }> {
  const pageSize =
    template.kind === 'sheet'
      ? [template.page.width * PT_PER_MM, template.page.height * PT_PER_MM]
      : [template.label.width * PT_PER_MM, template.label.height * PT_PER_MM];
  const document = new PDFDocument({
    autoFirstPage: false,
    size: pageSize,
    margin: 0,
    compress: true,
    info: {
      Title: options.title ?? 'NguonGoc labels',
      Producer: 'nguongoc-labels',
      Creator: 'nguongoc-labels',
    },
  });
  document.registerFont('regular', labelFont('regular').bytes);
  document.registerFont('bold', labelFont('bold').bytes);
  const finished = new Promise<void>((resolve, reject) => {
    output.on('finish', resolve);
    output.on('error', reject);
    document.on('error', reject);
  });
  // A label that cannot be made throws out of the loop below before `finished` is awaited; the
  // caller then destroys the output, and the write still in flight rejects `finished`. Observed
  // here so that rejection is not an unhandled one; the loop's own error is what the caller gets.
  finished.catch(() => undefined);
  document.pipe(output);
  const perPage = labelsPerPage(template);
  const offset = options.offset ?? { x: 0, y: 0 };
  let slot = options.startAt ?? 0;
  let pages = 0;
  let labels = 0;
  for await (const layout of layouts) {
    if (labels === 0 || slot % perPage === 0) {
      document.addPage({ size: pageSize, margin: 0 });
      pages++;
    }
    const position = labelPosition(template, slot % perPage);
    drawLabel(
      document,
      layout,
      position.x + offset.x,
      position.y + offset.y,
      options.outline ?? false,
    );
    slot++;
    labels++;
    // Let the file stream drain between pages instead of queuing the whole document.
    if (slot % perPage === 0 && output.writableNeedDrain) {
      await new Promise((resolve) => output.once('drain', resolve));
    }
  }
  document.end();
  await finished;
  return { pages, labels };
}

function drawLabel(
  document: PDFKit.PDFDocument,
  layout: LabelLayout,
  x: number,
  y: number,
  outline: boolean,
): void {
  const { qr } = layout;
  const scale = qr.module * PT_PER_MM;
  const runs = darkRuns(qr.matrix);
  // One path per code, in module units: "x y w 1 re" with small integers keeps pages compact.
  const left = num((x + qr.x) * PT_PER_MM);
  const top = num((y + qr.y) * PT_PER_MM);
  let path = `q 0 g 1 0 0 1 ${left} ${top} cm ${num(scale)} 0 0 ${num(scale)} 0 0 cm\n`;
  for (let i = 0; i < runs.length; i += 3)
    path += `${runs[i]} ${runs[i + 1]} ${runs[i + 2]} 1 re\n`;
  path += 'f Q';
  document.addContent(path);
  if (layout.stars.length > 0) {
    let stars = 'q 0 g\n';
    for (const star of layout.stars) {
      const points = starPoints(star);
      for (let i = 0; i < points.length; i += 2) {
        stars += `${num((x + points[i]!) * PT_PER_MM)} ${num((y + points[i + 1]!) * PT_PER_MM)} ${i === 0 ? 'm' : 'l'}\n`;
      }
      stars += 'h\n';
    }
    document.addContent(`${stars}f Q`);
  }
  for (const run of layout.texts) {
    const font = labelFont(run.weight);
    const size = run.size * PT_PER_MM;
    const left = run.anchor === 'middle' ? run.x - (font.widthOf(run.text) * run.size) / 2 : run.x;
    document
      .font(run.weight)
      .fontSize(size)
      .text(run.text, (x + left) * PT_PER_MM, (y + run.y) * PT_PER_MM, {
        lineBreak: false,
        baseline: 'alphabetic',
      });
  }
  if (outline) {
    document
      .save()
      .lineWidth(0.3)
      .strokeColor('#999999')
      .rect(x * PT_PER_MM, y * PT_PER_MM, layout.width * PT_PER_MM, layout.height * PT_PER_MM)
      .stroke()
      .restore();
  }
}

function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
