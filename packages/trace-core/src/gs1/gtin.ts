import { astring } from '../_assert.js';
import { TraceFormatError } from '../errors.js';
import { gs1CheckDigit } from './check-digit.js';

/**
 * Validates a GTIN-8, -12, -13 or -14 and returns it as 14 digits (left-padded with zeros), the
 * form GS1 Digital Link uses (GS1 Digital Link URI Syntax 1.2, section 4.5).
 * @throws TypeError if not a string; TraceFormatError for wrong length, non-digits, or a wrong check digit.
 * @example normalizeGtin('8934602000019') // '08934602000019'
 */
export function normalizeGtin(gtin: string, field = 'gtin'): string {
  astring(gtin, field, 64);
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(gtin)) {
    throw new TraceFormatError('gtin.length', field, {
      vi: `GTIN phải có 8, 12, 13 hoặc 14 chữ số, nhận được ${JSON.stringify(gtin)}`,
      en: `expected 8, 12, 13 or 14 digits, got ${JSON.stringify(gtin)}`,
    });
  }
  const expected = gs1CheckDigit(gtin.slice(0, -1));
  if (Number(gtin.at(-1)) !== expected) {
    throw new TraceFormatError('gtin.check_digit', field, {
      vi: `số kiểm tra của ${gtin} phải là ${expected}`,
      en: `check digit of ${gtin} should be ${expected}`,
    });
  }
  return gtin.padStart(14, '0');
}
