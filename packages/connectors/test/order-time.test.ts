// Order times in every form the exchanges' exports use, written in Vietnam's time through
// @nguongoc/vn-locale (ADR 028).
import { describe, expect, it } from 'vitest';
import { parseOrderTime } from '../src/orders/order-time.js';

describe('parseOrderTime', () => {
  it("reads day-first and ISO times without a zone as Vietnam's wall clock", () => {
    expect(parseOrderTime('02/12/2026 14:30')).toBe('2026-12-02T14:30:00+07:00');
    expect(parseOrderTime('2.12.2026')).toBe('2026-12-02T00:00:00+07:00');
    expect(parseOrderTime(' 2026-12-02 14:30:05 ')).toBe('2026-12-02T14:30:05+07:00');
    expect(parseOrderTime('2026-12-02T14:30:05.750')).toBe('2026-12-02T14:30:05+07:00');
  });

  it("writes a time with its own zone as the same instant in Vietnam's time", () => {
    expect(parseOrderTime('2026-12-02T07:30:00Z')).toBe('2026-12-02T14:30:00+07:00');
    expect(parseOrderTime('2026-12-31T17:00:00Z')).toBe('2027-01-01T00:00:00+07:00');
    expect(parseOrderTime('2026-12-02T14:30:00+07:00')).toBe('2026-12-02T14:30:00+07:00');
    expect(parseOrderTime('2026-12-02T09:30:00+0200')).toBe('2026-12-02T14:30:00+07:00');
    expect(parseOrderTime('2026-12-01T23:00:00-05:00')).toBe('2026-12-02T11:00:00+07:00');
  });

  it('takes a date cell as the wall clock it shows (its UTC fields)', () => {
    expect(parseOrderTime(new Date(Date.UTC(2026, 11, 2, 14, 30, 5, 900)))).toBe(
      '2026-12-02T14:30:05+07:00',
    );
    expect(parseOrderTime(new Date(Number.NaN))).toBeUndefined();
  });

  it('refuses what is not a real date and time', () => {
    for (const text of [
      '31/04/2026',
      '29/02/2026 10:00',
      '02/12/2026 24:00',
      '2026-12-02 14:60',
      '2026-12-02T14:30:60',
      '0000-01-01',
      '2026-13-01T00:00:00Z',
      'hôm qua',
      '',
    ]) {
      expect(parseOrderTime(text), text).toBeUndefined();
    }
    expect(parseOrderTime(46000)).toBeUndefined();
    expect(parseOrderTime(undefined)).toBeUndefined();
  });
});
