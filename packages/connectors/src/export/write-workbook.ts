import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RenderedListing } from '../types.js';
import type { SheetLayout } from './export-columns.js';

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/**
 * Writes the bulk-upload workbook: the preamble rows, a bold header row, one row per listing.
 * Text cells stay text (an SKU of digits is not turned into a number). exceljs's streaming
 * writer commits each row as it goes and deflates through Node's zlib: 0.88–1.08 s for 10,000
 * listings, against 1.20–1.49 s for the whole workbook built in memory (ADR 019).
 */
export async function writeWorkbook(
  layout: SheetLayout,
  listings: readonly RenderedListing[],
  createdAt: Date = FIXED_DATE,
): Promise<Uint8Array> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: true,
    useStyles: true,
  });
  workbook.creator = 'NguonGoc';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet(layout.sheetName);
  layout.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width ?? 16;
  });
  for (const line of layout.preamble) sheet.addRow([line]).commit();
  const header = sheet.addRow(layout.columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  for (const listing of listings) {
    sheet.addRow(layout.columns.map((column) => column.value(listing))).commit();
  }
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
