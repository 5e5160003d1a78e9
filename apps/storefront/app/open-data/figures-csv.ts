// The CSV download of a commune's figures: one table, RFC 4180 (CRLF, quotes where needed),
// UTF-8 with a byte order mark so that Excel on Windows reads Vietnamese correctly. Every row
// carries the commune, the year and the licence, so that files of several communes or years can
// be stacked and still say what they are and how they may be used. Layout: README, "Open data".
import type { CommuneFigures } from '@nguongoc/contracts';
import { SALES_CHANNELS } from '@nguongoc/connectors/exchanges';
import { monthRows } from './monthly-series';

export const CSV_COLUMNS = [
  'commune_code',
  'year',
  'month',
  'kind',
  'channel',
  'orders',
  'quantity',
  'amount_vnd',
  'scans',
  'licence',
  'licence_url',
  'note',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/** U+FEFF: Excel takes a file without it for the ANSI code page and garbles "Nghệ An". */
export const BYTE_ORDER_MARK = '\uFEFF';

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The figures as CSV: for each month of the year (zeros included), one `sales` row per channel
 * (`orders`, `quantity`, `amount_vnd`: paid orders only), then one `scans` row per month
 * (`scans`), then one `awaiting_payment` row for the year: the storefront's cash-on-delivery
 * orders whose cash is not yet received, in no `sales` row, its `note` saying which orders the
 * figures count, Vietnamese then English (ADR 033).
 */
export function figuresCsv(figures: CommuneFigures): string {
  const common = {
    commune_code: figures.commune.code,
    year: figures.year,
    licence: figures.licence.id,
    licence_url: figures.licence.url,
  };
  const months = monthRows(figures);
  const rows: Row[] = [
    ...months.flatMap((month) =>
      SALES_CHANNELS.map((channel) => ({
        ...common,
        month: month.month,
        kind: 'sales',
        channel,
        ...month.channels[channel],
        scans: null,
        note: null,
      })),
    ),
    ...months.map((month) => ({
      ...common,
      month: month.month,
      kind: 'scans',
      channel: null,
      orders: null,
      quantity: null,
      amount_vnd: null,
      scans: month.scans,
      note: null,
    })),
    {
      ...common,
      month: null,
      kind: 'awaiting_payment',
      channel: 'storefront',
      orders: figures.awaiting_payment.orders,
      quantity: figures.awaiting_payment.quantity,
      amount_vnd: figures.awaiting_payment.amount_vnd,
      scans: null,
      note: `${figures.counted_orders.vi} / ${figures.counted_orders.en}`,
    },
  ];
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => cell(row[column])).join(',')),
  ];
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
