/**
 * The pilot's sales figures, read from the half-monthly totals `sales_half_month` that the
 * ledger's trigger keeps and the daily scans `trace_scan_day` (ADR 018). Plain SQL with `?`
 * placeholders, run by the sales module (knex) and by the benchmark (pg): both run the same.
 */
import type {
  AwaitingPayment,
  Granularity,
  SalesFigures,
  SalesTotals,
} from '@nguongoc/pilot-report';

// The figures' shapes are the pilot report's input, so they are declared by @nguongoc/pilot-report.
export type { AwaitingPayment, Granularity, SalesFigures, SalesTotals };

export type SqlRun = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** Which lines: a period of local days (inclusive), and one commune or cooperative, or all. */
export interface SalesFilter {
  from: string;
  to: string;
  commune_code?: string | null;
  cooperative_id?: string | null;
}

/** The label of the period a date column falls in: `2026-03`, `2026-Q1` or `2026`. */
const periodOf = (column: string, granularity: Granularity) =>
  ({
    month: `to_char("${column}", 'YYYY-MM')`,
    quarter: `to_char("${column}", 'YYYY-"Q"Q')`,
    year: `to_char("${column}", 'YYYY')`,
  })[granularity];

const MEASURES = `sum("orders")::bigint as orders, sum("lines")::bigint as lines,
  sum("corrected_lines")::bigint as corrected_lines, sum("quantity")::bigint as quantity,
  sum("amount_vnd") as amount_vnd, sum("gross_quantity")::bigint as gross_quantity,
  sum("gross_amount_vnd") as gross_amount_vnd`;

/** The first day of the half month after `day`'s (the 15th, or the 1st of the next month). */
function nextHalf(day: string): string {
  if (Number(day.slice(8)) < 15) return `${day.slice(0, 8)}15`;
  const next = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return next.toISOString().slice(0, 10);
}

function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * Splits local days `from`..`to` into the whole half months between (read from the totals) and
 * the days at either end that only part of a half month covers (read from the lines).
 */
export function splitPeriod(from: string, to: string) {
  const end = dayAfter(to);
  const first = ['01', '15'].includes(from.slice(8)) ? from : nextHalf(from);
  const last =
    nextHalf(to) === end ? end : `${to.slice(0, 8)}${Number(to.slice(8)) < 15 ? '01' : '15'}`;
  if (first >= last) return { halves: null, edges: [[from, end]] as [string, string][] };
  return {
    halves: [first, last] as [string, string],
    edges: (
      [
        [from, first],
        [last, end],
      ] as [string, string][]
    ).filter(([a, b]) => a < b),
  };
}

function scope(filter: SalesFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.commune_code) {
    clauses.push('and "commune_code" = ?');
    params.push(filter.commune_code);
  }
  if (filter.cooperative_id) {
    clauses.push('and "cooperative_id" = ?');
    params.push(filter.cooperative_id);
  }
  return { sql: clauses.join(' '), params };
}

/**
 * The period's storefront orders awaiting payment (cash on delivery not yet recorded as received):
 * in no other figure (ADR 033), summed from their lines through the partial index that holds
 * only them. Orders per cooperative, as the totals count them.
 */
async function awaitingPayment(run: SqlRun, filter: SalesFilter): Promise<AwaitingPayment> {
  const narrow = scope(filter);
  const local = `?::date::timestamp at time zone 'Asia/Ho_Chi_Minh'`;
  const [row] = await run(
    `select count(*) filter (where "order_head")::bigint as orders,
       coalesce(sum("net_quantity"), 0)::bigint as quantity,
       coalesce(sum("net_amount_vnd"), 0) as amount_vnd
     from "sales_line" where "status" = 'awaiting_payment' and "deleted_at" is null
       and "ordered_at" >= ${local} and "ordered_at" < ${local} ${narrow.sql}`,
    [filter.from, dayAfter(filter.to), ...narrow.params],
  );
  return {
    orders: Number(row?.orders ?? 0),
    quantity: Number(row?.quantity ?? 0),
    amount_vnd: Number(row?.amount_vnd ?? 0),
  };
}

/** The period's rows of `sales_half_month`, whole half months from it, ends from the lines. */
function source(filter: SalesFilter): { sql: string; params: unknown[] } {
  const { halves, edges } = splitPeriod(filter.from, filter.to);
  const narrow = scope(filter);
  const parts: string[] = [];
  const params: unknown[] = [];
  if (halves) {
    parts.push(
      `select * from "sales_half_month" where "period_start" >= ?::date and "period_start" < ?::date ${narrow.sql}`,
    );
    params.push(...halves, ...narrow.params);
  }
  const local = `?::date::timestamp at time zone 'Asia/Ho_Chi_Minh'`;
  for (const [start, end] of edges) {
    parts.push(
      `select ("sales_line_share"(l)).* from "sales_line" l where "sales_line_counts"(l)
         and "ordered_at" >= ${local} and "ordered_at" < ${local} ${narrow.sql}`,
    );
    params.push(start, end, ...narrow.params);
  }
  return { sql: parts.join(' union all '), params };
}

function totals(row: Record<string, unknown> | undefined): SalesTotals {
  return {
    orders: Number(row?.orders ?? 0),
    lines: Number(row?.lines ?? 0),
    corrected_lines: Number(row?.corrected_lines ?? 0),
    quantity: Number(row?.quantity ?? 0),
    amount_vnd: Number(row?.amount_vnd ?? 0),
    gross_quantity: Number(row?.gross_quantity ?? 0),
    gross_amount_vnd: Number(row?.gross_amount_vnd ?? 0),
  };
}

/** The columns the figures are grouped by, in `grouping()` order, and the groupings asked. */
const COLUMNS = [
  'period',
  'channel',
  'cooperative_id',
  'product_id',
  'household_id',
  'ocop',
  'traceable',
] as const;
const SETS = {
  series: ['period', 'channel'],
  channel: ['channel'],
  cooperative: ['cooperative_id'],
  product: ['product_id', 'cooperative_id'],
  household: ['household_id'],
  ocop: ['ocop'],
  traceable: ['traceable'],
  all: [],
} as const satisfies Record<string, readonly (typeof COLUMNS)[number][]>;

/** What `grouping(...COLUMNS)` answers for a set: a bit for each column left out, first highest. */
function maskOf(set: readonly string[]): number {
  return COLUMNS.reduce(
    (mask, column, i) => (set.includes(column) ? mask : mask | (1 << (COLUMNS.length - 1 - i))),
    0,
  );
}

/**
 * Every sales figure of the dashboard in two statements: one pass over the period's half-monthly
 * totals (and the lines of any half month it covers only in part) with grouping sets, per period
 * and channel, channel, cooperative, product, household, OCOP, traceable and all; and one over
 * the scans. No `count(distinct)`, so PostgreSQL can hash every grouping in the one pass:
 * households and cooperatives selling are the rows of their grouping with a quantity left.
 */
export async function salesFigures(
  run: SqlRun,
  filter: SalesFilter,
  granularity: Granularity,
): Promise<SalesFigures> {
  const rowsOf = source(filter);
  const narrow = scope(filter);
  const columns = COLUMNS.map((column) => `"${column}"`).join(', ');
  const sets = Object.values(SETS)
    .map((set) => `(${set.map((column) => `"${column}"`).join(', ')})`)
    .join(', ');
  const [rows, scanRows, awaiting] = await Promise.all([
    run(
      `select grouping(${columns}) as g, ${columns}, ${MEASURES}
       from (select *, ${periodOf('period_start', granularity)} as "period"
             from (${rowsOf.sql}) s) d
       group by grouping sets (${sets})`,
      rowsOf.params,
    ),
    run(
      `select ${periodOf('day', granularity)} as "period", sum("scans")::bigint as scans
       from "trace_scan_day" where "day" between ?::date and ?::date ${narrow.sql}
       group by 1 order by 1`,
      [filter.from, filter.to, ...narrow.params],
    ),
    awaitingPayment(run, filter),
  ]);
  const of = (set: keyof typeof SETS) => rows.filter((row) => Number(row.g) === maskOf(SETS[set]));
  const byText = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) =>
    String(a[key]).localeCompare(String(b[key]));
  const byAmount = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) =>
    Number(b.amount_vnd) - Number(a.amount_vnd) || byText(key)(a, b);
  const selling = (row: Record<string, unknown>) => Number(row.quantity) > 0;
  const flag = (set: 'ocop' | 'traceable') => totals(of(set).find((row) => row[set] === true));
  return {
    totals: {
      ...totals(of('all')[0]),
      households: of('household').filter((row) => row.household_id !== '' && selling(row)).length,
      cooperatives: of('cooperative').filter(selling).length,
    },
    series: of('series')
      .sort((a, b) => byText('period')(a, b) || byText('channel')(a, b))
      .map((row) => ({ period: String(row.period), channel: String(row.channel), ...totals(row) })),
    by_channel: of('channel')
      .sort(byText('channel'))
      .map((row) => ({ channel: String(row.channel), ...totals(row) })),
    by_cooperative: of('cooperative')
      .sort(byAmount('cooperative_id'))
      .map((row) => ({ cooperative_id: String(row.cooperative_id), ...totals(row) })),
    by_product: of('product')
      .sort(byAmount('product_id'))
      .map((row) => ({
        product_id: String(row.product_id),
        cooperative_id: String(row.cooperative_id),
        ...totals(row),
      })),
    ocop: flag('ocop'),
    traceable: flag('traceable'),
    scans: {
      total: scanRows.reduce((sum, row) => sum + Number(row.scans), 0),
      series: scanRows.map((row) => ({ period: String(row.period), scans: Number(row.scans) })),
    },
    awaiting_payment: awaiting,
  };
}

// Counting a scan (distinct scanners per day): scan-queries.ts.
