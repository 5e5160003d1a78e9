import { MedusaError } from '@medusajs/framework/utils';
import { type Granularity, localToday } from '@nguongoc/pilot-report';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

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
