import { describe, expect, it } from 'vitest';
import { EnvironmentError, readEnvironment } from '../app/env.server';

describe('readEnvironment', () => {
  it('has defaults for everything but the publishable key', () => {
    expect(readEnvironment({ MEDUSA_PUBLISHABLE_KEY: 'pk_01abc' })).toEqual({
      MEDUSA_BACKEND_URL: 'http://localhost:9000',
      MEDUSA_PUBLISHABLE_KEY: 'pk_01abc',
      PORT: 3000,
      STOREFRONT_URL: 'http://localhost:3000',
      VNPAY_HOST: 'https://sandbox.vnpayment.vn',
    });
  });

  it('takes the settings given, without trailing slashes', () => {
    expect(
      readEnvironment({
        MEDUSA_BACKEND_URL: 'https://api.nguongoc.vn/',
        MEDUSA_PUBLISHABLE_KEY: 'pk_live',
        PORT: '8080',
        STOREFRONT_URL: 'https://nguongoc.vn/',
        VNPAY_HOST: 'https://pay.vnpay.vn/',
      }),
    ).toEqual({
      MEDUSA_BACKEND_URL: 'https://api.nguongoc.vn',
      MEDUSA_PUBLISHABLE_KEY: 'pk_live',
      PORT: 8080,
      STOREFRONT_URL: 'https://nguongoc.vn',
      VNPAY_HOST: 'https://pay.vnpay.vn',
    });
  });

  it('lists every problem at once, in both languages', () => {
    let error: unknown;
    try {
      readEnvironment({
        MEDUSA_BACKEND_URL: 'localhost:9000',
        PORT: '70000',
        STOREFRONT_URL: 'ftp://x',
        VNPAY_HOST: 'pay.vnpay.vn',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    const problems = (error as EnvironmentError).problems;
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/MEDUSA_PUBLISHABLE_KEY chưa đặt.*not set/);
    expect(problems.join('\n')).toMatch(/MEDUSA_BACKEND_URL/);
    expect(problems.join('\n')).toMatch(/STOREFRONT_URL/);
    expect(problems.join('\n')).toMatch(/VNPAY_HOST/);
  });
});
