import ExcelJS from 'exceljs';
import {
  SALES_TABLES,
  type SalesTable,
  TITLE,
  TITLE_EN,
  TOTAL_NOTE,
  UNIT_LABELS,
  assertPrintable,
  periodTitle,
  reportDetails,
  salesTotal,
} from './_report-text.js';
import { COUNTED_ORDERS_NOTE } from './counted-orders.js';
import type { PilotReport, ReportIndicator } from './report-types.js';

// Number formats use Excel's invariant codes (`,` thousands, `.` decimals): a Vietnamese Excel
// shows them as 1.234.567 ₫ and 12,5%. The cells hold numbers and Excel formats them, so these
// codes are not a copy of vn-locale's formatting (which the PDF and the texts use).
const FORMATS = {
  vnd: '#,##0 "₫"',
  count: '#,##0',
  quantity: '#,##0',
  fractionalQuantity: '#,##0.0##',
  percent: '0.0%',
} as const;

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7E6E6' },
};

/**
 * The report as an XLSX workbook a commune officer can send to the province: sheet "Báo cáo" (title,
 * scope, period, due date, the indicator table with its sources), then "Theo kênh", "Theo HTX" and
 * "Theo sản phẩm" with a total row each. Figures are number cells with number formats; a
 * `percent` indicator (0–100 in the report) is stored as a fraction (12.5 → 0.125) under `0.0%`,
 * so that Excel computes with it as a percentage. Dates in the heading are text, dd/mm/yyyy.
 * Deterministic: the workbook's creation and modification times are `report.generated_at`.
 * @throws {TypeError} a figure is not a finite number or a date does not parse (names the field).
 */
export async function renderPilotReportXlsx(report: PilotReport): Promise<Buffer> {
  assertPrintable(report);
  const generated = new Date(report.generated_at);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'NguonGoc';
  workbook.lastModifiedBy = 'NguonGoc';
  workbook.created = generated;
  workbook.modified = generated;
  workbook.title = `${TITLE} ${periodTitle(report).vi}`;
  addReportSheet(workbook, report);
  for (const table of SALES_TABLES) addSalesSheet(workbook, report, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addReportSheet(workbook: ExcelJS.Workbook, report: PilotReport): void {
  const details = reportDetails(report);
  const headerRow = 4 + details.length + 1;
  const sheet = newSheet(workbook, report, 'Báo cáo', headerRow);
  sheet.columns = [
    { width: 6 },
    { width: 42 },
    { width: 36 },
    { width: 18 },
    { width: 13 },
    { width: 48 },
  ];
  titleRows(sheet, report, 'F');
  details.forEach((detail, index) => {
    const row = sheet.getRow(4 + index);
    row.getCell(2).value = detail.label;
    row.getCell(2).font = { bold: true };
    row.getCell(3).value = detail.value;
    sheet.mergeCells(row.number, 3, row.number, 6);
  });
  header(sheet.getRow(headerRow), [
    'STT',
    'Chỉ tiêu',
    'Indicator (English)',
    'Giá trị\nValue',
    'Đơn vị tính\nUnit',
    'Nguồn số liệu\nSource',
  ]);
  report.indicators.forEach((indicator, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = [
      index + 1,
      indicator.label_vi,
      indicator.label_en,
      indicator.unit === 'percent' ? fraction(indicator.value) : indicator.value,
      UNIT_LABELS[indicator.unit],
      indicator.source_vi,
    ];
    row.getCell(4).numFmt = indicatorFormat(indicator);
    bodyRow(row, 6, [1, 4]);
  });
  const note = sheet.getRow(headerRow + report.indicators.length + 2);
  note.getCell(1).value = COUNTED_ORDERS_NOTE;
  note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  note.getCell(1).font = { italic: true, size: 9 };
  note.height = 75;
  sheet.mergeCells(note.number, 1, note.number, 6);
}

function addSalesSheet(workbook: ExcelJS.Workbook, report: PilotReport, table: SalesTable): void {
  const sheet = newSheet(workbook, report, table.sheet, 3);
  sheet.columns = [
    { width: 6 },
    { width: 16 },
    { width: 40 },
    { width: 12 },
    { width: 14 },
    { width: 20 },
    { width: 16 },
  ];
  const title = sheet.getRow(1);
  title.getCell(1).value = `${table.heading} – ${periodTitle(report).vi}`;
  title.font = { bold: true, size: 13 };
  sheet.mergeCells('A1:G1');
  header(sheet.getRow(3), [
    'STT',
    'Mã\nCode',
    'Tên\nName',
    'Số đơn\nOrders',
    'Số lượng\nQuantity',
    'Doanh thu (₫)\nRevenue (VND)',
    'Dòng hủy, trả\nCancelled or returned lines',
  ]);
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: 7 } };
  const rows = report[table.field];
  rows.forEach((sales, index) => {
    const row = sheet.getRow(4 + index);
    row.values = [
      index + 1,
      sales.key,
      sales.name,
      sales.orders,
      sales.quantity,
      sales.amount_vnd,
      sales.corrected_lines,
    ];
    salesFormats(row, Number.isInteger(sales.quantity));
    bodyRow(row, 7, [1, 4, 5, 6, 7]);
  });
  const total = salesTotal(table, rows);
  const totalRow = sheet.getRow(4 + rows.length);
  totalRow.values = [
    null,
    null,
    'Tổng cộng / Total',
    total.orders,
    null,
    total.amount_vnd,
    total.corrected_lines,
  ];
  salesFormats(totalRow, true);
  bodyRow(totalRow, 7, [4, 5, 6, 7]);
  totalRow.font = { bold: true };
  const note = sheet.getRow(totalRow.number + 2);
  note.getCell(1).value = TOTAL_NOTE;
  note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  note.getCell(1).font = { italic: true, size: 9 };
  note.height = 45;
  sheet.mergeCells(note.number, 1, note.number, 7);
}

function newSheet(
  workbook: ExcelJS.Workbook,
  report: PilotReport,
  name: string,
  headerRow: number,
): ExcelJS.Worksheet {
  return workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: {
      oddFooter: `&L${TITLE_EN} – ${periodTitle(report).en}&RTrang &P/&N`,
    },
  });
}

function titleRows(sheet: ExcelJS.Worksheet, report: PilotReport, lastColumn: string): void {
  const period = periodTitle(report);
  const title = sheet.getCell('A1');
  title.value = TITLE;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  sheet.mergeCells(`A1:${lastColumn}1`);
  const subtitle = sheet.getCell('A2');
  subtitle.value = `${period.vi} / ${TITLE_EN}, ${period.en}`;
  subtitle.font = { bold: true, size: 12 };
  subtitle.alignment = { horizontal: 'center' };
  sheet.mergeCells(`A2:${lastColumn}2`);
}

function header(row: ExcelJS.Row, labels: string[]): void {
  row.values = labels;
  row.height = 30;
  labels.forEach((_, index) => {
    const cell = row.getCell(index + 1);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** Borders and wrapping on a table row; `rightAligned` columns hold numbers. */
function bodyRow(row: ExcelJS.Row, columns: number, rightAligned: number[]): void {
  for (let column = 1; column <= columns; column++) {
    const cell = row.getCell(column);
    cell.border = BORDER;
    cell.alignment = {
      vertical: 'top',
      wrapText: true,
      horizontal: rightAligned.includes(column) ? 'right' : 'left',
    };
  }
}

function salesFormats(row: ExcelJS.Row, wholeQuantity: boolean): void {
  row.getCell(1).numFmt = FORMATS.count;
  row.getCell(4).numFmt = FORMATS.count;
  row.getCell(5).numFmt = wholeQuantity ? FORMATS.quantity : FORMATS.fractionalQuantity;
  row.getCell(6).numFmt = FORMATS.vnd;
  row.getCell(7).numFmt = FORMATS.count;
}

function indicatorFormat(indicator: ReportIndicator): string {
  if (indicator.unit === 'quantity' && !Number.isInteger(indicator.value))
    return FORMATS.fractionalQuantity;
  return FORMATS[indicator.unit];
}

/** 33.3 → 0.333, not 0.33299999999999996: the percentage as the report states it. */
function fraction(percent: number): number {
  return Number((percent / 100).toPrecision(15));
}
