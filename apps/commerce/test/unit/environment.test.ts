import { describe, expect, it } from 'vitest';
import { ConfigurationError, commerceEnvironment } from '../../src/environment.js';

const complete = {
  DATABASE_URL: 'postgres://localhost/nguongoc',
  JWT_SECRET: 'j'.repeat(40),
  COOKIE_SECRET: 'c'.repeat(40),
  TRACE_MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
  VNPAY_TMN_CODE: 'NGTEST01',
  VNPAY_SECURE_SECRET: 's'.repeat(32),
};

describe('the backend environment', () => {
  it('names every missing setting at once, in Vietnamese and English', () => {
    const error = (() => {
      try {
        commerceEnvironment({ NODE_ENV: 'production', DATABASE_URL: complete.DATABASE_URL });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    for (const name of [
      'JWT_SECRET',
      'COOKIE_SECRET',
      'TRACE_MASTER_KEY',
      'VNPAY_TMN_CODE',
      'VNPAY_SECURE_SECRET',
    ]) {
      expect(message).toContain(`${name} chưa được đặt / ${name} is not set`);
    }
    expect(message).not.toContain('DATABASE_URL');
  });

  it('refuses short secrets in production', () => {
    expect(() =>
      commerceEnvironment({
        ...complete,
        NODE_ENV: 'production',
        VNPAY_ALLOW_SANDBOX: 'true',
        JWT_SECRET: 'supersecret',
      }),
    ).toThrow(/JWT_SECRET quá ngắn/);
  });

  it('defaults to the VNPay sandbox and in-memory modules; Redis when REDIS_URL is set', () => {
    const env = commerceEnvironment(complete);
    expect(env.vnpay).toMatchObject({ vnpayHost: 'https://sandbox.vnpayment.vn', testMode: true });
    expect(env.redisUrl).toBeUndefined();
    expect(commerceEnvironment({ ...complete, REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe(
      'redis://127.0.0.1:6379',
    );
  });

  it('refuses the VNPay sandbox host or test mode in production, naming the variables', () => {
    const production = { ...complete, NODE_ENV: 'production' };
    const error = (() => {
      try {
        commerceEnvironment(production);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([
      "VNPAY_HOST trỏ tới máy thử của VNPay (https://sandbox.vnpayment.vn) khi NODE_ENV=production: hãy đặt VNPAY_HOST là máy thật của VNPay, hoặc VNPAY_ALLOW_SANDBOX=true nếu cố ý / VNPAY_HOST points at the VNPay sandbox (https://sandbox.vnpayment.vn) with NODE_ENV=production: set VNPAY_HOST to VNPay's production host, or VNPAY_ALLOW_SANDBOX=true if this is meant",
      "VNPAY_QUERYDR_HOST trỏ tới máy thử của VNPay (https://sandbox.vnpayment.vn) khi NODE_ENV=production: hãy đặt VNPAY_QUERYDR_HOST là máy thật của VNPay, hoặc VNPAY_ALLOW_SANDBOX=true nếu cố ý / VNPAY_QUERYDR_HOST points at the VNPay sandbox (https://sandbox.vnpayment.vn) with NODE_ENV=production: set VNPAY_QUERYDR_HOST to VNPay's production host, or VNPAY_ALLOW_SANDBOX=true if this is meant",
      'VNPay đang ở chế độ thử khi NODE_ENV=production: hãy đặt VNPAY_TEST_MODE=false, hoặc VNPAY_ALLOW_SANDBOX=true nếu cố ý / VNPay is in test mode with NODE_ENV=production: set VNPAY_TEST_MODE=false, or VNPAY_ALLOW_SANDBOX=true if this is meant',
    ]);
    const live = { ...production, VNPAY_HOST: 'https://pay.vnpay.vn', VNPAY_TEST_MODE: 'false' };
    expect(commerceEnvironment(live).vnpay).toMatchObject({
      vnpayHost: 'https://pay.vnpay.vn',
      queryDrAndRefundHost: 'https://pay.vnpay.vn',
      testMode: false,
    });
    // Each alone is refused: the sandbox host in live mode, test mode on the live host.
    expect(() => commerceEnvironment({ ...live, VNPAY_HOST: undefined })).toThrow(
      /VNPAY_HOST trỏ tới máy thử/,
    );
    expect(() =>
      commerceEnvironment({ ...live, VNPAY_QUERYDR_HOST: 'https://sandbox.vnpayment.vn' }),
    ).toThrow(/VNPAY_QUERYDR_HOST points at the VNPay sandbox/);
    expect(() => commerceEnvironment({ ...live, VNPAY_TEST_MODE: 'true' })).toThrow(
      /VNPAY_TEST_MODE=false/,
    );
    // Unless told it is meant; and outside production, or to build, it is the default.
    expect(commerceEnvironment({ ...production, VNPAY_ALLOW_SANDBOX: 'true' }).vnpay).toMatchObject(
      { vnpayHost: 'https://sandbox.vnpayment.vn', testMode: true },
    );
    expect(() => commerceEnvironment({ ...production, VNPAY_ALLOW_SANDBOX: 'yes' })).toThrow(
      ConfigurationError,
    );
    expect(() => commerceEnvironment({ NODE_ENV: 'production' }, true)).not.toThrow();
  });

  it('reconciles VNPay payments after 16 minutes unless told otherwise, and refuses a bad number', () => {
    expect(commerceEnvironment(complete).vnpay).toMatchObject({
      reconcileAfterMinutes: 16,
      queryDrAndRefundHost: 'https://sandbox.vnpayment.vn',
    });
    expect(
      commerceEnvironment({ ...complete, VNPAY_RECONCILE_AFTER_MINUTES: '0' }).vnpay
        .reconcileAfterMinutes,
    ).toBe(0);
    expect(() =>
      commerceEnvironment({ ...complete, VNPAY_RECONCILE_AFTER_MINUTES: 'mười' }),
    ).toThrow(/VNPAY_RECONCILE_AFTER_MINUTES phải là số phút nguyên/);
  });

  it("links the admin to the storefront and the workspace's label page", () => {
    expect(
      commerceEnvironment({ ...complete, STOREFRONT_URL: 'https://cho.example.vn' }).links,
    ).toEqual({
      storefront: 'https://cho.example.vn',
      labelPrinter: 'http://localhost:3001',
    });
    expect(
      commerceEnvironment({ ...complete, WORKSPACE_URL: 'https://htx.example.vn/' }).links
        .labelPrinter,
    ).toBe('https://htx.example.vn');
  });

  it('takes the storefront with or without a trailing slash, and refuses what is not a URL', () => {
    const env = commerceEnvironment({ ...complete, STOREFRONT_URL: 'https://cho.example.vn/' });
    expect(env.links.storefront).toBe('https://cho.example.vn');
    expect(env.vnpay.returnUrl).toBe('https://cho.example.vn/checkout/vnpay-return');
    expect(() => commerceEnvironment({ ...complete, STOREFRONT_URL: 'cho nguongoc' })).toThrow(
      /STOREFRONT_URL "cho nguongoc" không phải địa chỉ web/,
    );
  });

  it('throttles logins after 5 failures per account and 20 per address, first for 30 s, unless told otherwise', () => {
    expect(commerceEnvironment(complete).loginThrottle).toEqual({
      accountFailures: 5,
      addressFailures: 20,
      firstWaitSeconds: 30,
      longestWaitSeconds: 900,
    });
    expect(
      commerceEnvironment({
        ...complete,
        LOGIN_THROTTLE_ACCOUNT_FAILURES: '3',
        LOGIN_THROTTLE_ADDRESS_FAILURES: '50',
        LOGIN_THROTTLE_FIRST_WAIT_SECONDS: '2',
      }).loginThrottle,
    ).toMatchObject({ accountFailures: 3, addressFailures: 50, firstWaitSeconds: 2 });
    for (const [name, value] of [
      ['LOGIN_THROTTLE_ACCOUNT_FAILURES', '0'],
      ['LOGIN_THROTTLE_ADDRESS_FAILURES', 'hai mươi'],
      ['LOGIN_THROTTLE_FIRST_WAIT_SECONDS', '1.5'],
    ] as const) {
      expect(() => commerceEnvironment({ ...complete, [name]: value })).toThrow(
        `${name} phải là số nguyên dương, nhận "${value}" / ${name} must be a whole number above zero, got "${value}"`,
      );
    }
  });

  it('writes one-time codes to the log unless told otherwise, and refuses a sender it does not have', () => {
    expect(commerceEnvironment(complete).phoneOtp).toEqual({ sender: 'log' });
    expect(commerceEnvironment({ ...complete, PHONE_OTP_SENDER: 'log' }).phoneOtp).toEqual({
      sender: 'log',
    });
    expect(() => commerceEnvironment({ ...complete, PHONE_OTP_SENDER: 'sms' })).toThrow(
      'PHONE_OTP_SENDER="sms" chưa có; hiện chỉ có "log" (ghi mã vào nhật ký máy chủ) / PHONE_OTP_SENDER="sms" is not available',
    );
  });

  it('needs nothing to build', () => {
    expect(() => commerceEnvironment({}, true)).not.toThrow();
  });

  it('keeps each problem as one bilingual message, Vietnamese first', () => {
    const error = new ConfigurationError([{ vi: 'thiếu A', en: 'A is missing' }]);
    expect(error.problems).toEqual(['thiếu A / A is missing']);
    expect(error.message).toBe(
      "Cấu hình máy chủ bán hàng chưa đúng / The commerce backend's configuration is wrong:\n- thiếu A / A is missing",
    );
    // @ts-expect-error a problem is a { vi, en } message, never a bare string (tsc checks this line)
    expect(new ConfigurationError(['thiếu A / A is missing']).problems).toHaveLength(1);
  });
});
