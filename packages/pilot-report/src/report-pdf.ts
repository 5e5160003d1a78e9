import { createRequire } from 'node:module';
import { formatCount, formatNumber } from '@nguongoc/vn-locale';
import PDFDocument from 'pdfkit';
import {
  SALES_TABLES,
  TITLE,
  TITLE_EN,
  TOTAL_NOTE,
  UNIT_LABELS,
  assertPrintable,
  indicatorText,
  periodTitle,
  quantityText,
  reportDetails,
  salesTotal,
} from './_report-text.js';
import { COUNTED_ORDERS_NOTE } from './counted-orders.js';
import type { PilotReport } from './report-types.js';

// Be Vietnam Pro (SIL OFL 1.1) has a glyph for every precomposed Vietnamese letter, stacked
// diacritics included; PDFKit embeds the subset used, with a ToUnicode map so the text can be
// searched and copied. Resolved like apps/label-printer/src/fonts.ts, from this package's deps.
const require = createRequire(import.meta.url);
const FONTS = {
  regular:
    require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

const MARGIN = 42; // about 15 mm, inside any printer's unprintable edge
const FOOTER = 24;
const BODY = 8.5;
const SMALL = 7.5;
const PAD = 3;
const GREY = '#555555';

interface Column {
  header: string;
  width: number;
  align: 'left' | 'right' | 'center';
}

/** One cell: its text, and an optional second line in smaller grey type (the English, a code). */
interface Cell {
  text: string;
  below?: string;
}

/**
 * The report as an A4 portrait PDF with the same content as the XLSX: heading, scope, period and
 * due date, the indicator table with its sources, the sales by channel, cooperative and product
 * with totals, and "Trang n/N" at the foot of every page. Numbers are printed the Vietnamese way
 * (1.234.567 ₫, 12,5%). Deterministic: CreationDate and ModDate are `report.generated_at`, so
 * the same report gives the same bytes.
 * @throws {TypeError} a figure is not a finite number or a date does not parse (names the field).
 */
export async function renderPilotReportPdf(report: PilotReport): Promise<Buffer> {
  assertPrintable(report);
  const generated = new Date(report.generated_at);
  const period = periodTitle(report);
  const document = new PDFDocument({
    size: 'A4',
    layout: 'portrait',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
    bufferPages: true,
    compress: true,
    lang: 'vi-VN',
    displayTitle: true,
    font: FONTS.regular,
    info: {
      Title: `${TITLE} ${period.vi}`,
      Subject: `${TITLE_EN}, ${period.en}`,
      Author: 'NguonGoc',
      Creator: 'NguonGoc',
      Producer: 'NguonGoc',
      CreationDate: generated,
      ModDate: generated,
    },
  });
  document.registerFont('regular', FONTS.regular);
  document.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });

  heading(document, report);
  table(
    document,
    'I. CHỈ TIÊU / INDICATORS',
    [
      { header: 'STT', width: 26, align: 'center' },
      { header: 'Chỉ tiêu / Indicator', width: 170, align: 'left' },
      { header: 'Giá trị / Value', width: 86, align: 'right' },
      { header: 'Đơn vị tính / Unit', width: 58, align: 'left' },
      { header: 'Nguồn số liệu / Source', width: 171, align: 'left' },
    ],
    report.indicators.map((indicator, index) => [
      { text: String(index + 1) },
      { text: indicator.label_vi, below: indicator.label_en },
      { text: indicatorText(indicator) },
      { text: UNIT_LABELS[indicator.unit] },
      { text: indicator.source_vi },
    ]),
    false,
  );
  note(document, COUNTED_ORDERS_NOTE);
  SALES_TABLES.forEach((sales, index) => {
    const rows = report[sales.field];
    const total = salesTotal(sales, rows);
    table(
      document,
      `${['II', 'III', 'IV'][index]}. ${sales.heading.toUpperCase()}`,
      [
        { header: 'STT', width: 26, align: 'center' },
        { header: 'Tên / Name (mã / code)', width: 181, align: 'left' },
        { header: 'Số đơn / Orders', width: 58, align: 'right' },
        { header: 'Số lượng / Quantity', width: 66, align: 'right' },
        { header: 'Doanh thu (₫) / Revenue', width: 100, align: 'right' },
        { header: 'Dòng hủy, trả / Corrected', width: 80, align: 'right' },
      ],
      [
        ...rows.map((row, rowIndex) => [
          { text: String(rowIndex + 1) },
          { text: row.name, below: row.key },
          { text: formatCount(row.orders) },
          { text: quantityText(row.quantity) },
          { text: formatNumber(row.amount_vnd) },
          { text: formatCount(row.corrected_lines) },
        ]),
        [
          { text: '' },
          { text: 'Tổng cộng / Total' },
          { text: total.orders === null ? '' : formatCount(total.orders) },
          { text: '' },
          { text: formatNumber(total.amount_vnd) },
          { text: formatCount(total.corrected_lines) },
        ],
      ],
      true,
    );
  });
  note(document, TOTAL_NOTE);
  pageNumbers(document, `${TITLE_EN} – ${period.en}`);
  document.end();
  return finished;
}

function heading(document: PDFKit.PDFDocument, report: PilotReport): void {
  const period = periodTitle(report);
  const width = contentWidth(document);
  document.font('bold').fontSize(13).text(TITLE, MARGIN, MARGIN, { width, align: 'center' });
  document.fontSize(11.5).text(period.vi, { width, align: 'center' });
  document
    .font('regular')
    .fontSize(9)
    .fillColor(GREY)
    .text(`${TITLE_EN}, ${period.en}`, { width, align: 'center' })
    .fillColor('black');
  document.moveDown(0.8);
  for (const detail of reportDetails(report)) {
    const y = document.y;
    document.font('bold').fontSize(BODY).text(`${detail.label}:`, MARGIN, y, { width: 120 });
    document.font('regular').text(detail.value, MARGIN + 120, y, { width: width - 120 });
  }
}

/**
 * A ruled table under its title that breaks across pages, repeating its header; the title, the
 * header and the first row stay together. `lastRowBold` for totals.
 */
function table(
  document: PDFKit.PDFDocument,
  title: string,
  columns: Column[],
  rows: Cell[][],
  lastRowBold: boolean,
): void {
  const width = contentWidth(document);
  const headerCells = columns.map((column) => ({ text: column.header }));
  const gap = document.font('bold').fontSize(10).currentLineHeight() * 0.9;
  const titleHeight = document.heightOfString(title, { width }) + 4;
  const first = rows[0]
    ? rowHeight(document, columns, rows[0], rows.length === 1 && lastRowBold)
    : 0;
  let y = document.y + gap;
  if (
    y + titleHeight + rowHeight(document, columns, headerCells, true) + first >
    bottom(document)
  ) {
    document.addPage();
    y = MARGIN;
  }
  document.font('bold').fontSize(10).text(title, MARGIN, y, { width });
  y += titleHeight;
  y = drawRow(document, columns, headerCells, y, { bold: true, fill: '#E7E6E6' });
  rows.forEach((cells, index) => {
    const bold = lastRowBold && index === rows.length - 1;
    if (y + rowHeight(document, columns, cells, bold) > bottom(document)) {
      document.addPage();
      y = drawRow(document, columns, headerCells, MARGIN, { bold: true, fill: '#E7E6E6' });
    }
    y = drawRow(document, columns, cells, y, { bold });
  });
  document.x = MARGIN;
  document.y = y;
}

function drawRow(
  document: PDFKit.PDFDocument,
  columns: Column[],
  cells: Cell[],
  y: number,
  style: { bold: boolean; fill?: string },
): number {
  const height = rowHeight(document, columns, cells, style.bold);
  let x = MARGIN;
  columns.forEach((column, index) => {
    const cell = cells[index] ?? { text: '' };
    if (style.fill) document.rect(x, y, column.width, height).fill(style.fill);
    document.lineWidth(0.5).strokeColor('#808080').rect(x, y, column.width, height).stroke();
    const width = column.width - 2 * PAD;
    const align = style.fill ? 'center' : column.align;
    document
      .font(style.bold ? 'bold' : 'regular')
      .fontSize(BODY)
      .fillColor('black')
      .text(cell.text, x + PAD, y + PAD, { width, align });
    if (cell.below)
      document
        .font('regular')
        .fontSize(SMALL)
        .fillColor(GREY)
        .text(cell.below, x + PAD, document.y, { width, align })
        .fillColor('black');
    x += column.width;
  });
  return y + height;
}

function rowHeight(
  document: PDFKit.PDFDocument,
  columns: Column[],
  cells: Cell[],
  bold: boolean,
): number {
  let height = 0;
  columns.forEach((column, index) => {
    const cell = cells[index] ?? { text: '' };
    const width = column.width - 2 * PAD;
    let cellHeight = document
      .font(bold ? 'bold' : 'regular')
      .fontSize(BODY)
      .heightOfString(cell.text || ' ', { width });
    if (cell.below)
      cellHeight += document.font('regular').fontSize(SMALL).heightOfString(cell.below, { width });
    height = Math.max(height, cellHeight);
  });
  return height + 2 * PAD;
}

function note(document: PDFKit.PDFDocument, text: string): void {
  const width = contentWidth(document);
  document.font('regular').fontSize(SMALL);
  if (document.y + 6 + document.heightOfString(text, { width }) > bottom(document))
    document.addPage();
  else document.moveDown(0.6);
  document.fillColor(GREY).text(text, MARGIN, document.y, { width }).fillColor('black');
}

function pageNumbers(document: PDFKit.PDFDocument, footer: string): void {
  const { start, count } = document.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    document.switchToPage(page);
    // Written in the bottom margin: with the margin left in place PDFKit would open a new page.
    const bottomMargin = document.page.margins.bottom;
    document.page.margins.bottom = 0;
    const y = document.page.height - MARGIN - SMALL;
    const width = contentWidth(document);
    document.font('regular').fontSize(SMALL).fillColor(GREY);
    document.text(footer, MARGIN, y, { width, align: 'left', lineBreak: false });
    document.text(`Trang ${page - start + 1}/${count}`, MARGIN, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    document.fillColor('black');
    document.page.margins.bottom = bottomMargin;
  }
  document.flushPages();
}

function contentWidth(document: PDFKit.PDFDocument): number {
  return document.page.width - 2 * MARGIN;
}

function bottom(document: PDFKit.PDFDocument): number {
  return document.page.height - document.page.margins.bottom;
}
