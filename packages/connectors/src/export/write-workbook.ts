import ExcelJS from 'exceljs';
import type { RenderedListing } from '../types.js';
import type { SheetLayout } from './export-columns.js';

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/**
 * Writes the bulk-upload workbook: the preamble rows, a bold header row, one row per listing.
 * Text cells stay text (an SKU of digits is not turned into a number).
 */
export async function writeWorkbook(
  layout: SheetLayout,
  listings: readonly RenderedListing[],
  createdAt: Date = FIXED_DATE,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'NguonGoc';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet(layout.sheetName);
  for (const line of layout.preamble) sheet.addRow([line]);
  const header = sheet.addRow(layout.columns.map((column) => column.header));
  header.font = { bold: true };
  layout.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width ?? 16;
  });
  for (const listing of listings) {
    sheet.addRow(layout.columns.map((column) => column.value(listing)));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
