import { describe, expect, it } from 'vitest';
import { vietnamPhone } from '../../src/phone-number.js';

describe('a Vietnamese phone number', () => {
  it('reads the ways people write one as a single E.164 form', () => {
    for (const written of ['0912 345 678', '0912.345.678', '+84 912 345 678', '+84912345678']) {
      expect(vietnamPhone(written), written).toBe('+84912345678');
    }
    expect(vietnamPhone('0238 3861 234')).toBe('+842383861234');
  });

  it('refuses what is not a number of Vietnam', () => {
    for (const written of ['12345', '12345678901', 'không có', '']) {
      expect(vietnamPhone(written), written).toBeUndefined();
    }
  });
});
