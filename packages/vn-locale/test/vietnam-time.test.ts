import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  VIETNAM_OFFSET,
  VIETNAM_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatDay,
  formatNumericDateTime,
  parseVietnamTime,
  toVietnamIso,
  vietnamDay,
  vietnamInstant,
  vietnamParts,
  vietnamToday,
} from '../src/index.js';

describe("Vietnam's calendar date of an instant", () => {
  it('is already tomorrow from 17:00 UTC (midnight in Vietnam), today before', () => {
    expect(vietnamDay('2026-12-31T16:59:59.999Z')).toBe('2026-12-31');
    expect(vietnamDay('2026-12-31T17:00:00Z')).toBe('2027-01-01');
    expect(vietnamDay('2026-11-07T23:30:00Z')).toBe('2026-11-08');
    expect(vietnamDay('2026-11-08T00:30:00+07:00')).toBe('2026-11-08');
    expect(vietnamToday(new Date('2026-02-28T17:00:00Z'))).toBe('2026-03-01');
    expect(vietnamToday(Date.UTC(2028, 1, 28, 17))).toBe('2028-02-29'); // a leap year
  });

  it("today's date reads the clock when given none", () => {
    const before = vietnamDay(Date.now());
    const today = vietnamToday();
    const after = vietnamDay(Date.now());
    expect([before, after]).toContain(today);
  });

  it('gives every field, month 1–12', () => {
    expect(vietnamParts('2026-12-31T17:00:00.042Z')).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 42,
    });
  });

  it('agrees with Intl in Asia/Ho_Chi_Minh from 1976 to 2100', () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      timeZone: VIETNAM_TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const parts = Object.fromEntries(
          intl.formatToParts(ms).map((part) => [part.type, Number(part.value)]),
        );
        const { year, month, day, hour, minute, second } = vietnamParts(ms);
        expect({ year, month, day, hour, minute, second }).toEqual({
          year: parts.year,
          month: parts.month,
          day: parts.day,
          hour: parts.hour,
          minute: parts.minute,
          second: parts.second,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses text without a zone (the machine would pick one) and invalid times', () => {
    expect(() => vietnamDay('2026-11-08T06:00')).toThrow(/expected a time with its zone/);
    expect(() => vietnamDay('2026-11-08')).toThrow(RangeError);
    expect(() => vietnamDay('not a dateZ')).toThrow(RangeError);
    expect(() => vietnamDay(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => vietnamDay(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => vietnamDay({} as never)).toThrow(TypeError);
  });
});

describe('toVietnamIso', () => {
  it("writes the same instant as Vietnam's clocks show it", () => {
    expect(toVietnamIso('2026-11-17T23:00:00Z')).toBe('2026-11-18T06:00:00.000+07:00');
    expect(toVietnamIso(new Date('2026-11-17T23:00:00Z'), { milliseconds: false })).toBe(
      '2026-11-18T06:00:00+07:00',
    );
    expect(toVietnamIso('2026-12-02T14:30:00+07:00')).toBe('2026-12-02T14:30:00.000+07:00');
    expect(VIETNAM_OFFSET).toBe('+07:00');
  });

  it('round-trips through Date.parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(9000, 0, 1) }), (ms) => {
        expect(Date.parse(toVietnamIso(ms))).toBe(ms);
      }),
    );
  });

  it("writes what toISOString writes 7 hours later, over Date's whole range", () => {
    // trace-core's event times were written this way before it used toVietnamIso: they must not change.
    const last = 8.64e15 - 7 * 3_600_000;
    const asBefore = (ms: number) =>
      new Date(ms + 7 * 3_600_000).toISOString().replace('Z', VIETNAM_OFFSET);
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: last }), (ms) => {
        expect(toVietnamIso(ms)).toBe(asBefore(ms));
        expect(vietnamDay(ms)).toBe(asBefore(ms).slice(0, -19));
      }),
    );
    for (const ms of [-8.64e15, Date.UTC(-1, 11, 31, 16), Date.UTC(0, 0, 1), last])
      expect(toVietnamIso(ms)).toBe(asBefore(ms));
    expect(toVietnamIso('9999-12-31T17:00:00Z')).toBe('+010000-01-01T00:00:00.000+07:00');
    expect(vietnamDay(Date.UTC(-1, 11, 31, 16))).toBe('-000001-12-31');
  });

  it("refuses the last 7 hours of Date's range, already past its end in Vietnam", () => {
    expect(() => toVietnamIso(8.64e15)).toThrow(RangeError);
    expect(() => vietnamParts(8.64e15 - 7 * 3_600_000 + 1)).toThrow(/past the last time/);
  });
});

describe('vietnamInstant and parseVietnamTime', () => {
  it("give the instant at which Vietnam's clocks show a date and time", () => {
    expect(vietnamInstant({ year: 2027, month: 1, day: 1 }).toISOString()).toBe(
      '2026-12-31T17:00:00.000Z',
    );
    expect(parseVietnamTime('2026-11-18T06:00').toISOString()).toBe('2026-11-17T23:00:00.000Z');
    expect(parseVietnamTime('2026-11-18 06:00:05.5').toISOString()).toBe(
      '2026-11-17T23:00:05.500Z',
    );
    expect(parseVietnamTime('2026-03-01').toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(vietnamInstant({ year: 50, month: 6, day: 1 }).getUTCFullYear()).toBe(50);
  });

  it('are the inverse of vietnamParts', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(9000, 0, 1) }), (ms) => {
        expect(vietnamInstant(vietnamParts(ms)).getTime()).toBe(ms);
      }),
    );
  });

  it('refuse what is not a real date and time, naming the field', () => {
    expect(() => parseVietnamTime('2026-04-31')).toThrow(/2026-04 has no day 31/);
    expect(() => parseVietnamTime('2026-02-29')).toThrow(RangeError);
    expect(() => parseVietnamTime('2026-11-18T24:00')).toThrow(/hour/);
    expect(() => parseVietnamTime('2026-11-18T06:00:60')).toThrow(/second/);
    expect(() => parseVietnamTime('2026-13-01')).toThrow(/month/);
    expect(() => parseVietnamTime('18/11/2026')).toThrow(/YYYY-MM-DD/);
    expect(() => parseVietnamTime('2026-11-18T06:00Z')).toThrow(RangeError);
    expect(() => vietnamInstant({ year: 0, month: 1, day: 1 })).toThrow(/year/);
    expect(() => vietnamInstant({ year: 2026, month: 1, day: 1.5 })).toThrow(/day/);
  });
});

describe('dates for people', () => {
  it("write the date in Vietnam's time, in either language", () => {
    // 23:30 UTC on 7 November is already 8 November in Vietnam.
    expect(formatDate('2026-11-07T23:30:00Z', 'vi')).toBe('8 tháng 11, 2026');
    expect(formatDate('2026-11-07T23:30:00Z', 'en')).toBe('8 November 2026');
    expect(formatDate(new Date('2026-11-07T16:59:00Z'))).toBe('7 tháng 11, 2026');
  });

  it('write date and time with a 24-hour clock', () => {
    expect(formatDateTime('2026-11-08T01:15:00Z', 'vi')).toBe('08:15 8 thg 11, 2026');
    expect(formatDateTime('2026-11-08T01:15:00Z', 'en')).toBe('8 Nov 2026, 08:15');
    expect(formatNumericDateTime('2026-03-14T01:15:00Z')).toBe('14/03/2026 08:15');
    expect(formatNumericDateTime('2026-03-13T17:00:00Z')).toBe('14/03/2026 00:00');
  });

  it('write a calendar day as dd/mm/yyyy', () => {
    expect(formatDay('2026-03-14')).toBe('14/03/2026');
    expect(() => formatDay('2026-3-14')).toThrow(RangeError);
    expect(() => formatDay('2026-02-30')).toThrow(RangeError);
  });

  it('refuse an unknown language', () => {
    expect(() => formatDate('2026-11-08T00:00:00Z', 'fr' as never)).toThrow(RangeError);
  });
});
