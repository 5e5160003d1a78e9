// Vietnam's time: UTC+7 all year (Indochina Time, no daylight saving). The IANA time zone
// Asia/Ho_Chi_Minh has kept +07:00 since 13 June 1975, when the South moved from +08:00 to the
// North's time; every date NguonGoc handles is later. So the calendar fields are one offset away
// from UTC, and the conversions here are that offset, written once (vietnamParts, vietnamInstant).
// Text for people (month names, the order of fields) comes from Intl with timeZone
// Asia/Ho_Chi_Minh; the tests check that both agree from 1976 to 2100.
import { alanguage, astring } from './_assert.js';
import { type Language, LOCALES } from './language.js';

/** The IANA time zone, for Intl, PostgreSQL (`at time zone`) and browsers. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The UTC offset as ISO 8601 writes it at the end of a time, and EPCIS's `eventTimeZoneOffset`. */
export const VIETNAM_OFFSET = '+07:00';

const OFFSET_MS = 7 * 3_600_000;

/** An instant: a Date, milliseconds since the Unix epoch, or ISO 8601 text with its zone (`Z`, `+07:00`). */
export type Instant = Date | number | string;

/** An instant's calendar date and wall-clock time in Vietnam. `month` is 1–12. */
export interface VietnamTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const ZONED = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Milliseconds since the epoch of an instant.
 * @throws TypeError for another type; RangeError for an invalid Date, a non-finite number, or text
 *   that is not a date with a time zone (text without one would be read in the machine's zone).
 */
function epochMs(instant: Instant, name: string): number {
  let ms: number;
  if (instant instanceof Date) ms = instant.getTime();
  else if (typeof instant === 'number') ms = instant;
  else if (typeof instant === 'string') {
    if (!ZONED.test(instant.trim()))
      throw new RangeError(
        `${name}: expected a time with its zone (Z or ±hh:mm), got "${instant}"`,
      );
    ms = Date.parse(instant);
  } else throw new TypeError(`${name}: expected a Date, a number or an ISO 8601 string`);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15)
    throw new RangeError(`${name}: not a valid time (${String(instant)})`);
  return ms;
}

/**
 * The calendar date and wall-clock time in Vietnam of an instant:
 * `vietnamParts('2026-12-31T17:00:00Z')` is 1 January 2027, 00:00:00.000.
 * @throws TypeError / RangeError as for any {@link Instant}; RangeError in the last 7 hours of
 *   Date's range (±8.64e15 ms), which Vietnam's clocks show past its end.
 */
export function vietnamParts(instant: Instant): VietnamTimeParts {
  const shifted = new Date(epochMs(instant, 'instant') + OFFSET_MS);
  // The last 7 hours of Date's range (ECMA-262: ±8.64e15 ms) are past its end in Vietnam.
  if (Number.isNaN(shifted.getTime()))
    throw new RangeError(
      `instant: ${String(instant)} is past the last time a Date can hold in Vietnam`,
    );
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

/**
 * The instant at which Vietnam's clocks show the given date and time (fields left out are 0):
 * `vietnamInstant({ year: 2027, month: 1, day: 1 })` is `2026-12-31T17:00:00.000Z`, the start of
 * that day in Vietnam.
 * @throws RangeError when the fields are not a real date and time (31 April, 24:00, second 60) or
 *   the year is outside 1–9999.
 */
export function vietnamInstant(parts: Partial<VietnamTimeParts> & VietnamDate): Date {
  const { year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 } = parts;
  const fields = { year, month, day, hour, minute, second, millisecond };
  const limits = {
    year: 9999,
    month: 12,
    day: 31,
    hour: 23,
    minute: 59,
    second: 59,
    millisecond: 999,
  };
  for (const [name, value] of Object.entries(fields)) {
    const lowest = name === 'year' || name === 'month' || name === 'day' ? 1 : 0;
    if (
      !Number.isSafeInteger(value) ||
      value < lowest ||
      value > limits[name as keyof typeof limits]
    )
      throw new RangeError(
        `${name}: expected a whole number from ${lowest} to ${limits[name as keyof typeof limits]}, got ${String(value)}`,
      );
  }
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  if (date.getUTCMonth() !== month - 1)
    throw new RangeError(`day: ${year}-${pad(month)} has no day ${day}`);
  return new Date(date.getTime() - OFFSET_MS);
}

/** A calendar date: `month` is 1–12. */
export interface VietnamDate {
  year: number;
  month: number;
  day: number;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/**
 * Reads a date and wall-clock time written without a zone as Vietnam's time:
 * `parseVietnamTime('2026-11-18T06:00')` is `2026-11-17T23:00:00.000Z`, and
 * `parseVietnamTime('2026-11-18')` is the start of that day in Vietnam.
 * @throws TypeError when `text` is not a string; RangeError when it is not
 *   `YYYY-MM-DD[THH:mm[:ss[.sss]]]` or not a real date and time.
 */
export function parseVietnamTime(text: string): Date {
  astring(text, 'text');
  const match = WALL_CLOCK.exec(text.trim());
  if (!match)
    throw new RangeError(`text: expected YYYY-MM-DD[THH:mm[:ss]] in Vietnam's time, got "${text}"`);
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((field) => Number(field ?? 0));
  const millisecond = Number((match[7] ?? '').padEnd(3, '0'));
  return vietnamInstant({
    year: year!,
    month: month!,
    day: day!,
    hour: hour!,
    minute: minute!,
    second: second!,
    millisecond,
  });
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * A year as ISO 8601 writes it in a date: four digits for 0–9999, else a sign and six digits (the
 * expanded form, as `Date.prototype.toISOString` writes `+010000` and `-000001`).
 */
function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

/** `YYYY-MM-DD`, the instant's calendar date in Vietnam (at 23:30 UTC it is already tomorrow). */
export function vietnamDay(instant: Instant): string {
  const { year, month, day } = vietnamParts(instant);
  return `${isoYear(year)}-${pad(month)}-${pad(day)}`;
}

/** Today's date in Vietnam, `YYYY-MM-DD`; `now` is for tests and reports with a fixed clock. */
export function vietnamToday(now: Instant = new Date()): string {
  return vietnamDay(now);
}

/**
 * ISO 8601 in Vietnam's time: `toVietnamIso('2026-11-17T23:00:00Z')` is
 * `2026-11-18T06:00:00.000+07:00` (`{ milliseconds: false }`: `2026-11-18T06:00:00+07:00`).
 * The same instant as the input, written as Vietnamese clocks show it: the characters
 * `Date.prototype.toISOString` writes for the time 7 hours later, with `+07:00` for `Z` (a year
 * outside 0–9999 in the expanded form, `+010000`).
 * @throws TypeError / RangeError as for any {@link Instant}, and RangeError in the last 7 hours of
 *   Date's range (already past it in Vietnam).
 */
export function toVietnamIso(instant: Instant, options: { milliseconds?: boolean } = {}): string {
  const { year, month, day, hour, minute, second, millisecond } = vietnamParts(instant);
  const fraction = options.milliseconds === false ? '' : `.${pad(millisecond, 3)}`;
  return `${isoYear(year)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${VIETNAM_OFFSET}`;
}

const DATE_STYLES = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per language and style, in Vietnam's time zone. */
function dateFormat(language: Language, style: keyof typeof DATE_STYLES): Intl.DateTimeFormat {
  alanguage(language);
  const key = `${language} ${style}`;
  let cached = dateFormats.get(key);
  if (cached === undefined) {
    cached = new Intl.DateTimeFormat(LOCALES[language], {
      ...DATE_STYLES[style],
      timeZone: VIETNAM_TIME_ZONE,
    });
    dateFormats.set(key, cached);
  }
  return cached;
}

/** `8 tháng 11, 2026` / `8 November 2026`: the instant's date in Vietnam. */
export function formatDate(instant: Instant, language: Language = 'vi'): string {
  const ms = epochMs(instant, 'instant');
  return dateFormat(language, 'date').format(ms);
}

/** Date and time in Vietnam, for when an order was placed: `08:15 8 thg 11, 2026` / `8 Nov 2026, 08:15`. */
export function formatDateTime(instant: Instant, language: Language = 'vi'): string {
  const ms = epochMs(instant, 'instant');
  return dateFormat(language, 'dateTime').format(ms);
}

/** `dd/mm/yyyy HH:mm` in Vietnam, as forms and reports print a time: `14/03/2026 08:15`. */
export function formatNumericDateTime(instant: Instant): string {
  const { year, month, day, hour, minute } = vietnamParts(instant);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)} ${pad(hour)}:${pad(minute)}`;
}

/**
 * A calendar day as Vietnamese write it: `formatDay('2026-03-14')` is `14/03/2026`.
 * @throws RangeError when `day` is not a real `YYYY-MM-DD` date.
 */
export function formatDay(day: string): string {
  astring(day, 'day');
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`day: expected YYYY-MM-DD, got "${day}"`);
  vietnamInstant({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
  return `${match[3]}/${match[2]}/${match[1]}`;
}
