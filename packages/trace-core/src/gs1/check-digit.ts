import { astring } from '../_assert.js';
import { TraceFormatError } from '../errors.js';

/**
 * The GS1 standard mod-10 check digit of a numeric key without its check digit (GTIN-8/12/13/14,
 * GLN, SSCC, GSIN, GSRN, GDTI, GRAI): GS1 General Specifications section 7.9.1. Digits are
 * weighted 3, 1, 3, ... from the right.
 *
 * @throws TypeError if `digits` is not a string; TraceFormatError if it is empty or not all digits.
 * @example gs1CheckDigit('893460200001') // 9, so the GTIN-13 is 8934602000019
 */
export function gs1CheckDigit(digits: string): number {
  astring(digits, 'digits', 64);
  if (!/^\d+$/.test(digits)) {
    throw new TraceFormatError('gs1.digits', 'digits', {
      vi: `chỉ được chứa chữ số, nhận được ${JSON.stringify(digits)}`,
      en: `expected only digits, got ${JSON.stringify(digits)}`,
    });
  }
  let sum = 0;
  for (let i = digits.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += (digits.charCodeAt(i) - 48) * weight;
  }
  return (10 - (sum % 10)) % 10;
}
