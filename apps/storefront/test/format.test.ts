import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatDate,
  formatPercent,
  formatVnd,
} from '@nguongoc/vn-locale';

describe('formatVnd', () => {
  it('writes VND as Vietnamese shops do: dots for thousands, no decimals, then ₫', () => {
    // Intl puts a no-break space before the sign, so that "₫" never starts a line.
    expect(formatVnd(250000)).toBe('250.000\u00a0₫');
    expect(formatVnd(250000).replace('\u00a0', ' ')).toBe('250.000 ₫');
    expect(formatVnd(30000)).toBe('30.000\u00a0₫');
    expect(formatVnd(1234567)).toBe('1.234.567\u00a0₫');
    expect(formatVnd(0)).toBe('0\u00a0₫');
  });

  it('rounds to whole đồng (VND has no minor unit)', () => {
    expect(formatVnd(45000.6)).toBe('45.001\u00a0₫');
    expect(formatVnd(99.4)).toBe('99\u00a0₫');
  });
});

describe('formatDate', () => {
  it("dates in Vietnam's time, in either language", () => {
    // 23:30 UTC on 7 November is already 8 November in Vietnam (GMT+7).
    const instant = '2026-11-07T23:30:00Z';
    expect(formatDate(instant, 'vi')).toBe('8 tháng 11, 2026');
    expect(formatDate(instant, 'en')).toBe('8 November 2026');
  });
});

describe('counts, shares and axis labels', () => {
  it('group and round as each language writes them', () => {
    expect(formatCount(12345, 'vi')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatPercent(3 / 4, 'vi')).toBe('75%');
    expect(formatPercent(2 / 3, 'vi')).toBe('66,7%');
    expect(formatPercent(2 / 3, 'en')).toBe('66.7%');
    expect(formatCompact(1500000, 'vi')).toBe('1,5\u00a0Tr');
    expect(formatCompact(1500000, 'en')).toBe('1.5m');
  });
});
