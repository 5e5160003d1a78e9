import { parseVietnamTime, vietnamToday } from '@nguongoc/vn-locale';

/**
 * The pilot counts in local calendar days of Vietnam (Asia/Ho_Chi_Minh: UTC+7 all year, no
 * daylight saving), `YYYY-MM-DD`: a sale at 23:30 on 14 March in Hà Nội is in the first quarter's
 * report although it is 16:30 UTC. Vietnam's time itself is vn-locale's single copy (ADR 028).
 */

/**
 * Today in Vietnam, `YYYY-MM-DD`.
 * @example
 * localToday(new Date('2026-03-14T17:00:00Z')); // '2026-03-15'
 */
export function localToday(now = new Date()): string {
  return vietnamToday(now);
}

/**
 * The instants that bound local days `from`..`to` (inclusive), for reading sales lines by their
 * `ordered_at`: `from` ≤ instant < `before`.
 * @throws {RangeError} `from` or `to` is not a real `YYYY-MM-DD` day (vn-locale names it).
 * @example
 * instantsOf('2026-03-01', '2026-03-14');
 * // { from: 2026-02-28T17:00:00Z, before: 2026-03-14T17:00:00Z }
 */
export function instantsOf(from: string, to: string): { from: Date; before: Date } {
  const before = parseVietnamTime(day(to, 'to'));
  before.setUTCDate(before.getUTCDate() + 1);
  return { from: parseVietnamTime(day(from, 'from')), before };
}

/** The day itself: a date and time would read as its own instant, not the day's start. */
function day(text: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    throw new RangeError(`${name}: expected a YYYY-MM-DD day, got "${text}"`);
  return text;
}
