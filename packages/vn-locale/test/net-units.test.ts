import { describe, expect, it } from 'vitest';
import { NET_UNITS, NET_UNIT_NAMES, formatNet, isNetUnit } from '../src/index.js';

describe('net units', () => {
  it('are the five UN/CEFACT codes, each named in both languages', () => {
    expect(NET_UNITS).toEqual(['GRM', 'KGM', 'MLT', 'LTR', 'H87']);
    for (const unit of NET_UNITS) {
      expect(NET_UNIT_NAMES[unit].vi).not.toBe('');
      expect(NET_UNIT_NAMES[unit].en).not.toBe('');
    }
  });

  it('tell a unit code from anything else', () => {
    expect(isNetUnit('KGM')).toBe(true);
    expect(isNetUnit('kg')).toBe(false);
    expect(isNetUnit('toString')).toBe(false);
    expect(isNetUnit(undefined)).toBe(false);
  });

  it('write a net content with up to three decimals', () => {
    expect(formatNet(500, 'GRM')).toBe('500 g');
    expect(formatNet(1.5, 'LTR')).toBe('1,5 lít');
    expect(formatNet(1.5, 'LTR', 'en')).toBe('1.5 L');
    expect(formatNet(1234.5678, 'KGM')).toBe('1.234,568 kg');
    expect(formatNet(0, 'H87')).toBe('0 cái');
    expect(() => formatNet(1, 'kg' as never)).toThrow(RangeError);
    expect(() => formatNet(Number.NaN, 'KGM')).toThrow(RangeError);
  });
});
