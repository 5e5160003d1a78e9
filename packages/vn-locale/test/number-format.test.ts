import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatNumber,
  formatPercent,
  formatVnd,
} from '../src/index.js';

const NBSP = '\u00a0';

describe('formatVnd', () => {
  it('writes dots between thousands, no decimals, a no-break space, then ₫ (Intl vi-VN)', () => {
    expect(formatVnd(50000)).toBe(`50.000${NBSP}₫`);
    expect(formatVnd(1234567)).toBe(`1.234.567${NBSP}₫`);
    expect(formatVnd(999)).toBe(`999${NBSP}₫`);
    expect(formatVnd(1000)).toBe(`1.000${NBSP}₫`);
    expect(formatVnd(50000)).toBe(
      new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(50000),
    );
  });

  it('zero, negative and large amounts', () => {
    expect(formatVnd(0)).toBe(`0${NBSP}₫`);
    expect(formatVnd(-0)).toBe(`0${NBSP}₫`);
    expect(formatVnd(-50000)).toBe(`-50.000${NBSP}₫`);
    expect(formatVnd(1e15)).toBe(`1.000.000.000.000.000${NBSP}₫`);
    expect(formatVnd(Number.MAX_SAFE_INTEGER)).toBe(`9.007.199.254.740.991${NBSP}₫`);
  });

  it('rounds to whole đồng half away from zero, and never writes -0', () => {
    expect(formatVnd(45000.6)).toBe(`45.001${NBSP}₫`);
    expect(formatVnd(99.4)).toBe(`99${NBSP}₫`);
    expect(formatVnd(2.5)).toBe(`3${NBSP}₫`);
    expect(formatVnd(-2.5)).toBe(`-3${NBSP}₫`);
    expect(formatVnd(-0.4)).toBe(`0${NBSP}₫`);
  });

  it('refuses what is not a finite number, naming the argument', () => {
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError);
    expect(() => formatVnd(Number.POSITIVE_INFINITY)).toThrow(/amount: expected a finite number/);
    expect(() => formatVnd('50000' as never)).toThrow(TypeError);
  });

  it('reads back to the rounded amount (digits and dots only)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (amount) => {
        const text = formatVnd(amount);
        expect(text.endsWith(`${NBSP}₫`)).toBe(true);
        const back = Number(text.slice(0, -2).replace(/\./g, ''));
        expect(back).toBe(Math.sign(amount) * Math.round(Math.abs(amount)) || 0);
      }),
    );
  });
});

describe('formatNumber and formatCount', () => {
  it('group and round as each language writes them', () => {
    expect(formatCount(12345)).toBe('12.345');
    expect(formatCount(12345, 'vi')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(0.5)).toBe('1');
    expect(formatCount(-0.2)).toBe('0');
    expect(formatNumber(1234567.5, 'vi', { fractionDigits: 1 })).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en', { fractionDigits: 1 })).toBe('1,234,567.5');
    expect(formatNumber(2.5, 'vi', { fractionDigits: 3 })).toBe('2,5');
    expect(formatNumber(2.5, 'vi', { fractionDigits: 3, keepZeros: true })).toBe('2,500');
    expect(formatNumber(-1234.5678, 'vi', { fractionDigits: 2 })).toBe('-1.234,57');
  });

  it('refuses an unknown language or a bad number of decimals', () => {
    expect(() => formatNumber(1, 'fr' as never)).toThrow(/language: expected "vi" or "en"/);
    expect(() => formatNumber(1, 'vi', { fractionDigits: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, 'vi', { fractionDigits: 1.5 })).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('writes the sign right after the digits, one decimal at most by default', () => {
    expect(formatPercent(3 / 4)).toBe('75%');
    expect(formatPercent(2 / 3, 'vi')).toBe('66,7%');
    expect(formatPercent(2 / 3, 'en')).toBe('66.7%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(12.3456)).toBe('1.234,6%');
  });

  it('keeps a fixed number of decimals when asked (report columns)', () => {
    expect(formatPercent(3 / 4, 'vi', { keepZeros: true })).toBe('75,0%');
    expect(formatPercent(0.125, 'vi', { keepZeros: true })).toBe('12,5%');
    expect(formatPercent(2 / 3, 'vi', { fractionDigits: 0 })).toBe('67%');
  });

  it('rounds half away from zero and never writes -0%', () => {
    expect(formatPercent(0.0005)).toBe('0,1%');
    expect(formatPercent(-0.0005)).toBe('-0,1%');
    expect(formatPercent(-0.0001)).toBe('0%');
    expect(formatPercent(-0.05)).toBe('-5%');
  });
});

describe('formatCompact', () => {
  it('writes triệu and nghìn in Vietnamese, m and k in English', () => {
    expect(formatCompact(1500000, 'vi')).toBe(`1,5${NBSP}Tr`);
    expect(formatCompact(1500000, 'en')).toBe('1.5m');
    expect(formatCompact(350000)).toBe(`350${NBSP}N`);
    expect(formatCompact(350000, 'en')).toBe('350k');
    expect(formatCompact(0)).toBe('0');
    expect(formatCompact(-0)).toBe('0');
  });
});
