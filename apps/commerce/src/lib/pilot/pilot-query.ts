import { MedusaError } from '@medusajs/framework/utils';
import { type Commune, findCommune } from '@nguongoc/vn-admin-units';
import type { Granularity } from '../../modules/sales/pilot-queries';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Vietnam (UTC+7, no daylight saving), `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function isDay(text: string): boolean {
  return DAY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

/**
 * `from`, `to` (local days, inclusive; default: this year to today) and `granularity` (month,
 * quarter or year; default month) of a figures request, or 400 naming what is wrong.
 */
export function periodQuery(query: Record<string, unknown>): {
  from: string;
  to: string;
  granularity: Granularity;
} {
  const today = localToday();
  const text = (key: string) => (typeof query[key] === 'string' ? query[key] : undefined);
  const from = text('from') ?? `${today.slice(0, 4)}-01-01`;
  const to = text('to') ?? today;
  const granularity = text('granularity') ?? 'month';
  const problems: string[] = [];
  for (const [key, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isDay(value)) {
      problems.push(`${key}: "${value}" không phải ngày YYYY-MM-DD / is not a YYYY-MM-DD date`);
    }
  }
  if (problems.length === 0 && from > to) {
    problems.push(`from ${from} sau to ${to} / from ${from} is after to ${to}`);
  }
  if (!['month', 'quarter', 'year'].includes(granularity)) {
    problems.push(
      `granularity: "${granularity}" phải là month, quarter hoặc year / must be month, quarter or year`,
    );
  }
  if (problems.length > 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join('; '));
  }
  return { from, to, granularity: granularity as Granularity };
}

/** The instants that bound local days `from`..`to` (inclusive), for reading sales lines. */
export function instantsOf(from: string, to: string): { from: Date; before: Date } {
  const before = new Date(`${to}T00:00:00+07:00`);
  before.setUTCDate(before.getUTCDate() + 1);
  return { from: new Date(`${from}T00:00:00+07:00`), before };
}

/** The commune of a 2025 code, or 400 naming the code. */
export function communeOf(code: string): Commune {
  const commune = findCommune(code);
  if (!commune) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `commune_code: không có xã mã "${code}" trong danh mục 2025 / no commune "${code}" in the 2025 units`,
    );
  }
  return commune;
}
