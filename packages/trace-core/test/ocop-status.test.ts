import { describe, expect, it } from 'vitest';
import { OCOP_WARNING_DAYS, ocopStatus, recordedOcopStatus } from '../src/index.js';

describe('ocopStatus', () => {
  const expiresOn = '2027-03-31';

  it('is valid more than 30 days before the last day', () => {
    expect(ocopStatus({ expiresOn }, '2027-02-28')).toBe('valid'); // 31 days left
    expect(ocopStatus({ expiresOn }, '2026-12-07')).toBe('valid');
  });

  it('is expiring from 30 days before the last day, and on it', () => {
    expect(OCOP_WARNING_DAYS).toBe(30);
    expect(ocopStatus({ expiresOn }, '2027-03-01')).toBe('expiring'); // 30 days left
    expect(ocopStatus({ expiresOn }, '2027-03-31')).toBe('expiring');
  });

  it('is expired from the day after the last day', () => {
    expect(ocopStatus({ expiresOn }, '2027-04-01')).toBe('expired');
    expect(ocopStatus({ expiresOn: '2024-12-31' }, '2026-12-07')).toBe('expired');
  });

  it('counts across a leap day and a year end', () => {
    expect(ocopStatus({ expiresOn: '2028-03-30' }, '2028-02-29')).toBe('expiring'); // 30 days
    expect(ocopStatus({ expiresOn: '2028-03-31' }, '2028-02-29')).toBe('valid'); // 31 days
    expect(ocopStatus({ expiresOn: '2027-01-30' }, '2026-12-31')).toBe('expiring');
  });

  it('refuses a day that is not a real date', () => {
    expect(() => ocopStatus({ expiresOn: '2027-02-30' }, '2027-01-01')).toThrow(RangeError);
    expect(() => ocopStatus({ expiresOn }, '7/12/2026')).toThrow(RangeError);
    expect(() => ocopStatus({ expiresOn: 20270331 as unknown as string }, '2027-01-01')).toThrow(
      TypeError,
    );
  });

  it('counts an expiry a ledger holds that is not a real day as expired, and a real one as usual', () => {
    expect(recordedOcopStatus({ expiresOn: '2027-02-30' }, '2027-01-01')).toBe('expired');
    expect(recordedOcopStatus({ expiresOn: 20270331 as unknown as string }, '2027-01-01')).toBe(
      'expired',
    );
    expect(recordedOcopStatus({ expiresOn }, '2027-03-01')).toBe('expiring');
    expect(recordedOcopStatus({ expiresOn }, '2026-12-07')).toBe('valid');
    expect(() => recordedOcopStatus({ expiresOn }, '7/12/2026')).toThrow(RangeError);
  });
});
