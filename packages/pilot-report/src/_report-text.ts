import {
  formatCount,
  formatDay,
  formatNumber,
  formatNumericDateTime,
  formatPercent,
  formatVnd,
} from '@nguongoc/vn-locale';
import type { PilotReport, ReportIndicator, ReportSales } from './report-types.js';

// What the XLSX and the PDF both print, worded once so the two files say the same thing.

export const TITLE = 'BÁO CÁO KẾT QUẢ THÍ ĐIỂM XÃ THƯƠNG MẠI ĐIỆN TỬ';
export const TITLE_EN = 'Commune e-commerce pilot report';
export const ALL_COMMUNES = 'Tất cả các xã / all communes';

export const UNIT_LABELS: Record<ReportIndicator['unit'], string> = {
  count: 'số lượng',
  quantity: 'đơn vị hàng',
  vnd: 'đồng',
  percent: '%',
};

/** The three sales breakdowns, in print order, with the sheet names the XLSX uses. */
export const SALES_TABLES = [
  { field: 'by_channel', sheet: 'Theo kênh', heading: 'Doanh số theo kênh / Sales by channel' },
  {
    field: 'by_cooperative',
    sheet: 'Theo HTX',
    heading: 'Doanh số theo HTX (hợp tác xã) / Sales by cooperative',
  },
  {
    field: 'by_product',
    sheet: 'Theo sản phẩm',
    heading: 'Doanh số theo sản phẩm / Sales by product',
  },
] as const satisfies readonly { field: keyof PilotReport; sheet: string; heading: string }[];

export type SalesTable = (typeof SALES_TABLES)[number];

/**
 * Column totals of a breakdown. Orders add up only by channel (an order is placed on one channel;
 * it can hold several cooperatives' products), quantities never (each product has its own unit).
 */
export function salesTotal(
  table: SalesTable,
  rows: readonly ReportSales[],
): { orders: number | null; amount_vnd: number; corrected_lines: number } {
  const sum = (pick: (row: ReportSales) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  return {
    orders: table.field === 'by_channel' ? sum((row) => row.orders) : null,
    amount_vnd: sum((row) => row.amount_vnd),
    corrected_lines: sum((row) => row.corrected_lines),
  };
}

export const TOTAL_NOTE =
  'Không cộng số lượng (mỗi sản phẩm một đơn vị tính); số đơn chỉ cộng theo kênh (một đơn có thể ' +
  'gồm hàng của nhiều HTX, nhiều sản phẩm). / Quantities are not added up (each product has its ' +
  'own unit); orders only by channel (an order can hold several cooperatives and products).';

/** "QUÝ I NĂM 2026" / "NĂM 2026": Vietnamese reports number quarters in Roman numerals. */
export function periodTitle(report: PilotReport): { vi: string; en: string } {
  if (report.kind === 'year') return { vi: `NĂM ${report.year}`, en: `Year ${report.year}` };
  const roman = ['I', 'II', 'III', 'IV'][(report.quarter ?? 0) - 1];
  return { vi: `QUÝ ${roman} NĂM ${report.year}`, en: `Q${report.quarter} ${report.year}` };
}

/** The labelled lines under the title, in order. */
export function reportDetails(report: PilotReport): { label: string; value: string }[] {
  const { commune_code, commune_name, province_name } = report.scope;
  return [
    {
      label: 'Xã / Commune',
      value:
        commune_code === null
          ? ALL_COMMUNES
          : `${commune_name ?? commune_code} (mã ${commune_code})`,
    },
    { label: 'Tỉnh / Province', value: province_name ?? '—' },
    {
      label: 'Kỳ số liệu / Period',
      value: `${formatDay(report.period.from)} – ${formatDay(report.period.to)}`,
    },
    { label: 'Hạn nộp / Due by', value: formatDay(report.due_by) },
    {
      label: 'Lập lúc / Generated',
      // Date.parse as assertPrintable checked it; vn-locale writes it in Vietnam's time.
      value: `${formatNumericDateTime(Date.parse(report.generated_at))} (giờ Việt Nam, UTC+7)`,
    },
  ];
}

/** A quantity (kg, boxes, bottles added up): up to 3 decimals, `2.345,5`. */
export function quantityText(value: number): string {
  return formatNumber(value, 'vi', { fractionDigits: 3 });
}

/** An indicator's value as the PDF prints it; the XLSX shows the same through number formats. */
export function indicatorText(indicator: ReportIndicator): string {
  switch (indicator.unit) {
    case 'vnd':
      return formatVnd(indicator.value);
    case 'percent':
      // The value is already in percent (87.5), to one decimal; vn-locale takes a ratio.
      return formatPercent(indicator.value / 100, 'vi', { fractionDigits: 1, keepZeros: true });
    case 'count':
      return formatCount(indicator.value);
    case 'quantity':
      return quantityText(indicator.value);
  }
}

/**
 * Rejects what would print as "NaN" or a wrong date, naming the field.
 * @throws {TypeError} a figure is not a finite number, a day or `generated_at` does not parse.
 */
export function assertPrintable(report: PilotReport): void {
  const fail = (field: string, got: unknown) => {
    throw new TypeError(
      `[pilot-report] ${field}: không in được / cannot be printed: ${String(got)}`,
    );
  };
  if (report.kind !== 'quarter' && report.kind !== 'year') fail('kind', report.kind);
  if (report.kind === 'quarter' && ![1, 2, 3, 4].includes(report.quarter ?? 0))
    fail('quarter', report.quarter);
  for (const [field, day] of [
    ['period.from', report.period.from],
    ['period.to', report.period.to],
    ['due_by', report.due_by],
  ] as const)
    if (!isCalendarDay(day)) fail(field, day);
  if (!Number.isFinite(Date.parse(report.generated_at))) fail('generated_at', report.generated_at);
  report.indicators.forEach((indicator, index) => {
    if (!Number.isFinite(indicator.value)) fail(`indicators[${index}].value`, indicator.value);
  });
  for (const { field } of SALES_TABLES)
    report[field].forEach((row, index) => {
      for (const key of ['orders', 'quantity', 'amount_vnd', 'corrected_lines'] as const)
        if (!Number.isFinite(row[key])) fail(`${field}[${index}].${key}`, row[key]);
    });
}

/** A real `YYYY-MM-DD` day (not 31 April), as vn-locale's formatDay will print it. */
function isCalendarDay(day: string): boolean {
  try {
    formatDay(day);
    return true;
  } catch {
    return false;
  }
}
