import { describe, expect, it } from 'vitest';
import {
  buildPaymentUrl,
  createVnpayClient,
  newTxnRef,
  readVnpayResult,
  toOrderInfo,
  vietnamTime,
  wholeVnd,
} from '../../src/modules/payment-vnpay/vnpay-payments.js';
import { signedIpn, vnpaySignature } from '../_vnpay-signing.js';

const options = {
  tmnCode: 'NGTEST01',
  secureSecret: 'VNPAYTESTSECRETVNPAYTESTSECRET01',
  returnUrl: 'http://localhost:3000/checkout/vnpay-return',
};
const client = createVnpayClient(options);

describe('VNPay payment URL', () => {
  const createdAt = new Date('2026-11-23T17:30:00Z');
  const url = new URL(
    buildPaymentUrl(client, options.returnUrl, {
      amountVnd: 530000,
      txnRef: 'NG20261124003000AB12',
      orderInfo: 'Thanh toán đơn hàng Mật ong hoa nhãn, Đặc sản',
      ipAddr: '203.113.1.2',
      createdAt,
    }),
  );
  const params = Object.fromEntries(url.searchParams);

  it('goes to the sandbox and carries VND × 100 exactly once', () => {
    expect(url.origin).toBe('https://sandbox.vnpayment.vn');
    expect(params.vnp_Amount).toBe('53000000');
    expect(params.vnp_CurrCode).toBe('VND');
    expect(params.vnp_TmnCode).toBe('NGTEST01');
  });

  it('writes times in Vietnam (GMT+7) and expires after 15 minutes', () => {
    expect(params.vnp_CreateDate).toBe('20261124003000');
    expect(params.vnp_ExpireDate).toBe('20261124004500');
    expect(vietnamTime(new Date('2026-12-31T17:00:00Z'))).toBe(20270101000000);
  });

  it('has an order description without diacritics', () => {
    expect(params.vnp_OrderInfo).toBe('Thanh toan don hang Mat ong hoa nhan, Dac san');
    expect(toOrderInfo('Đường Trần Hưng Đạo — số 5')).toBe('Duong Tran Hung Dao so 5');
    expect(toOrderInfo('x'.repeat(300))).toHaveLength(255);
  });

  it('is signed the way VNPay documents it', () => {
    expect(params.vnp_SecureHash).toBe(vnpaySignature(params, options.secureSecret));
    expect(vnpaySignature(params, 'another secret')).not.toBe(params.vnp_SecureHash);
  });

  it('refuses amounts that are not a positive whole number of VND', () => {
    for (const bad of [0, -5, 1000.5, Number.NaN, '12a']) {
      expect(() => wholeVnd(bad)).toThrow(/VND/);
    }
    expect(wholeVnd('250000')).toBe(250000);
  });
});

describe('VNPay transaction references', () => {
  it('are letters and digits only, and unique', () => {
    const refs = new Set(Array.from({ length: 1000 }, () => newTxnRef()));
    expect(refs.size).toBe(1000);
    for (const ref of refs) expect(ref).toMatch(/^[A-Z0-9]{1,34}$/);
  });
});

describe('reading what VNPay sends back', () => {
  const url = buildPaymentUrl(client, options.returnUrl, {
    amountVnd: 250000,
    txnRef: 'NGREAD1',
    orderInfo: 'Don hang',
    ipAddr: '127.0.0.1',
    createdAt: new Date(),
  });

  it('accepts a signed, successful payment', () => {
    expect(readVnpayResult(client, signedIpn(url, options.secureSecret))).toEqual({
      verified: true,
      txnRef: 'NGREAD1',
      amountVnd: 250000,
      paid: true,
      responseCode: '00',
      transactionNo: '14226112',
    });
  });

  it('reads a cancelled payment as signed but not paid', () => {
    const result = readVnpayResult(
      client,
      signedIpn(url, options.secureSecret, { vnp_ResponseCode: '24', vnp_TransactionStatus: '02' }),
    );
    expect(result).toMatchObject({ verified: true, paid: false, responseCode: '24' });
  });

  it('rejects a changed amount, another secret, and a missing hash', () => {
    const ipn = signedIpn(url, options.secureSecret);
    expect(readVnpayResult(client, { ...ipn, vnp_Amount: '100' }).verified).toBe(false);
    expect(readVnpayResult(client, signedIpn(url, 'not the secret')).verified).toBe(false);
    const unsigned = Object.fromEntries(
      Object.entries(ipn).filter(([key]) => key !== 'vnp_SecureHash'),
    );
    expect(readVnpayResult(client, unsigned).verified).toBe(false);
  });
});
