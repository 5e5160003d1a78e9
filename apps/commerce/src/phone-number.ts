import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A Vietnamese phone number as people write it (`0912 345 678`, `+84 912.345.678`) in E.164
 * (`+84912345678`), the one form accounts and one-time codes are keyed by; undefined if it is not
 * a valid number (libphonenumber's rules for Vietnam).
 */
export function vietnamPhone(text: string): string | undefined {
  const parsed = parsePhoneNumberFromString(text, 'VN');
  return parsed?.isValid() ? parsed.number : undefined;
}
