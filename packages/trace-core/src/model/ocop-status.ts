import { astring } from '../_assert.js';
import type { OcopRating } from './records.js';

// Whether an OCOP rating still holds on a given day. Issue #23: a rating past its expiry is never
// shown as stars and is refused in exports; the workspace warns 30 days before.

/** `valid`; `expiring` within {@link OCOP_WARNING_DAYS} of its last day; `expired` after it. */
export type OcopStatus = 'valid' | 'expiring' | 'expired';

/** How many days before its last day a rating counts as expiring (issue #23: 30). */
export const OCOP_WARNING_DAYS = 30;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function dayNumber(day: string, name: string): number {
  astring(day, name);
  const match = DAY.exec(day);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`${name}: expected a real YYYY-MM-DD day, got "${day}"`);
  }
  return ms / MS_PER_DAY;
}

/**
 * The status of a rating on `today` (both `YYYY-MM-DD`, `today` in Vietnam: vn-locale's
 * `vietnamToday()`). `expiresOn` is the last day the rating holds: on that day it is still
 * `expiring`, the day after it is `expired`; 30 days before its last day it becomes `expiring`.
 * @throws TypeError / RangeError when either is not a real `YYYY-MM-DD` day.
 * @example ocopStatus({ expiresOn: '2027-01-31' }, '2027-01-01') // 'expiring'
 */
export function ocopStatus(rating: Pick<OcopRating, 'expiresOn'>, today: string): OcopStatus {
  const left = dayNumber(rating.expiresOn, 'expiresOn') - dayNumber(today, 'today');
  if (left < 0) return 'expired';
  return left <= OCOP_WARNING_DAYS ? 'expiring' : 'valid';
}

/**
 * The status of a rating as a ledger or a bundle holds it, which someone may have written by
 * hand: an expiry that is not a real day counts as `expired` (never stars it cannot back), where
 * {@link ocopStatus} throws. The shop, the exchanges, the labels and the trace page read this.
 * @throws TypeError / RangeError when `today` is not a real `YYYY-MM-DD` day.
 */
export function recordedOcopStatus(
  rating: Pick<OcopRating, 'expiresOn'>,
  today: string,
): OcopStatus {
  try {
    dayNumber(rating.expiresOn, 'expiresOn');
  } catch {
    return 'expired';
  }
  return ocopStatus(rating, today);
}
