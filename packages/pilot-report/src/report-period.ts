/**
 * Reporting periods of the commune e-commerce pilot.
 *
 * Decree 09/2019/NĐ-CP (the reporting regime of state administrative agencies), art. 12, sets the
 * figures' cut-off: a quarterly report counts from the 15th of the month before the quarter to the
 * 14th of the quarter's last month, a yearly report from 15 December of the year before to
 * 14 December. The report is sent the next day at the latest: `due_by` is the last day on which it
 * can be submitted (on that day it is still due, with `days_left: 0`).
 *
 * Every date is a local (Asia/Ho_Chi_Minh) calendar day, `YYYY-MM-DD`; nothing here reads the clock.
 */

export type ReportKind = 'quarter' | 'year';
export type Quarter = 1 | 2 | 3 | 4;

export interface ReportPeriod {
  /** First day counted. */
  from: string;
  /** Last day counted. */
  to: string;
  /** Last day on which the report can be submitted. */
  due_by: string;
}

export interface UpcomingReport {
  kind: ReportKind;
  year: number;
  /** Only for `kind: 'quarter'`. */
  quarter?: Quarter;
  due_by: string;
  /** Whole days from `today` to `due_by`; 0 on the last day. */
  days_left: number;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;

/**
 * The period and due date of one report (Decree 09/2019/NĐ-CP, art. 12).
 * @param quarter required for `kind: 'quarter'`, not allowed for `kind: 'year'`.
 * @throws {TypeError} `kind` is neither `'quarter'` nor `'year'`, `year` is not a number.
 * @throws {RangeError} `year` is not an integer in 2000–2100, `quarter` is not 1–4 (or is given for
 *   a yearly report). Messages are Vietnamese, then English.
 * @example
 * reportPeriod('quarter', 2026, 1); // { from: '2025-12-15', to: '2026-03-14', due_by: '2026-03-15' }
 * reportPeriod('year', 2026); // { from: '2025-12-15', to: '2026-12-14', due_by: '2026-12-15' }
 */
export function reportPeriod(kind: ReportKind, year: number, quarter?: Quarter): ReportPeriod {
  assertYear(year);
  if (kind === 'year') {
    if (quarter !== undefined)
      throw new RangeError('báo cáo năm không có quý / a yearly report has no quarter');
    return { from: day(year - 1, 12, 15), to: day(year, 12, 14), due_by: day(year, 12, 15) };
  }
  if (kind !== 'quarter')
    throw new TypeError(
      `loại kỳ phải là 'quarter' hoặc 'year' / kind must be 'quarter' or 'year', got ${String(kind)}`,
    );
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4)
    throw new RangeError(`quý phải là 1–4 / quarter must be 1–4, got ${String(quarter)}`);
  const lastMonth = quarter * 3;
  // The month before the quarter: December of the year before for Q1.
  const from = lastMonth === 3 ? day(year - 1, 12, 15) : day(year, lastMonth - 3, 15);
  return { from, to: day(year, lastMonth, 14), due_by: day(year, lastMonth, 15) };
}

/**
 * The next quarterly and the next yearly report still to send on `today`, quarterly first: the
 * earliest of each whose `due_by` is `today` or later.
 * @param today a local calendar day, `YYYY-MM-DD`.
 * @throws {TypeError} `today` is not a valid `YYYY-MM-DD` day.
 * @throws {RangeError} the next report falls outside 2000–2100.
 * @example
 * nextReports('2026-03-16');
 * // [{ kind: 'quarter', year: 2026, quarter: 2, due_by: '2026-06-15', days_left: 91 },
 * //  { kind: 'year', year: 2026, due_by: '2026-12-15', days_left: 274 }]
 */
export function nextReports(today: string): UpcomingReport[] {
  const { year, month, dayOfMonth } = parseDay(today);
  // Due days are the 15th of March, June, September and December: past the 15th of a quarter's
  // last month, that quarter is done.
  let quarterYear = year;
  let quarter = Math.ceil(month / 3);
  if (month === quarter * 3 && dayOfMonth > 15) quarter++;
  if (quarter > 4) {
    quarter = 1;
    quarterYear++;
  }
  const yearlyYear = month === 12 && dayOfMonth > 15 ? year + 1 : year;
  const quarterly = reportPeriod('quarter', quarterYear, quarter as Quarter);
  const yearly = reportPeriod('year', yearlyYear);
  return [
    {
      kind: 'quarter',
      year: quarterYear,
      quarter: quarter as Quarter,
      due_by: quarterly.due_by,
      days_left: daysBetween(today, quarterly.due_by),
    },
    {
      kind: 'year',
      year: yearlyYear,
      due_by: yearly.due_by,
      days_left: daysBetween(today, yearly.due_by),
    },
  ];
}

function assertYear(year: number): void {
  const message = `năm phải là số nguyên 2000–2100 / year must be an integer 2000–2100, got ${String(year)}`;
  if (typeof year !== 'number') throw new TypeError(message);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(message);
}

function parseDay(text: string): { year: number; month: number; dayOfMonth: number } {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  const [year, month, dayOfMonth] = match ? match.slice(1).map(Number) : [];
  if (
    year === undefined ||
    month === undefined ||
    dayOfMonth === undefined ||
    day(year, month, dayOfMonth) !== text
  )
    throw new TypeError(
      `ngày phải có dạng YYYY-MM-DD / today must be a YYYY-MM-DD day, got ${String(text)}`,
    );
  return { year, month, dayOfMonth };
}

/** `YYYY-MM-DD` of a calendar day; an impossible day (31 April) rolls over and fails `parseDay`. */
function day(year: number, month: number, dayOfMonth: number): string {
  return new Date(Date.UTC(year, month - 1, dayOfMonth)).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
