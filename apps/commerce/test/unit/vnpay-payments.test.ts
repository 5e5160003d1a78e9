import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPaymentUrl,
  clientProviderFields,
  createVnpayClient,
  newTxnRef,
  provenOutcome,
  queryTransaction,
  readQueryDrAnswer,
  readVnpayResult,
  toOrderInfo,
  vietnamTime,
  wholeVnd,
} from '../../src/modules/payment-vnpay/vnpay-payments.js';
import {
  type FakeVnpay,
  signedIpn,
  signedQueryDrAnswer,
  startFakeVnpay,
  vnpaySignature,
} from '@nguongoc/test-support/vnpay';

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

describe("the shopper's session data", () => {
  it('names every provider field the shopper sent, to be dropped, and nothing else', () => {
    const dropped = clientProviderFields({
      ip_address: '203.113.1.2',
      txn_ref: 'NGPLANTED',
      payment_url: 'https://attacker.example',
      amount_vnd: 1,
      create_date: 1,
      vnpay_result: { vnp_ResponseCode: '00' },
      vnpay_querydr: {},
      vnpay_future_field: 'x',
      note: 'giao giờ hành chính',
    });
    expect(dropped).toEqual({
      txn_ref: undefined,
      payment_url: undefined,
      amount_vnd: undefined,
      create_date: undefined,
      vnpay_result: undefined,
      vnpay_querydr: undefined,
      vnpay_future_field: undefined,
    });
    // Medusa's merge, then its JSON column: the planted fields are gone.
    const merged = JSON.parse(
      JSON.stringify({ ...{ vnpay_result: { x: 1 }, note: 'a' }, ...dropped, txn_ref: 'NG1' }),
    );
    expect(merged).toEqual({ note: 'a', txn_ref: 'NG1' });
    expect(clientProviderFields(undefined)).toEqual({});
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

describe('VNPay querydr (the reconciliation job)', () => {
  let fake: FakeVnpay;
  const txnRef = 'NG20261124093000AB12CD';
  const paidFields = {
    vnp_ResponseCode: '00',
    vnp_TransactionStatus: '00',
    vnp_TxnRef: txnRef,
    vnp_Amount: '53000000',
  };
  beforeAll(async () => {
    fake = await startFakeVnpay(options.secureSecret, options.tmnCode);
  });
  afterAll(() => fake.close());

  it('asks with a request signed as documented and keeps the answer untouched', async () => {
    await fetch(`${fake.url}/__answers/${txnRef}`, {
      method: 'PUT',
      body: JSON.stringify(paidFields),
    });
    const answer = await queryTransaction(
      { ...options, queryDrAndRefundHost: fake.url },
      { txnRef, createDate: 20261124093000 },
    );
    // The fake answers 97 to a request whose signature it does not accept (and the package's
    // requests pass that check: see the next test).
    expect(answer).toMatchObject({ ...paidFields, vnp_Message: 'QueryDR Success' });
    expect(readQueryDrAnswer(options, answer)).toMatchObject({
      verified: true,
      paid: true,
      final: true,
      amountVnd: 530000,
      txnRef,
    });
  });

  it('agrees with the vnpay package on how requests and answers are signed', async () => {
    await fetch(`${fake.url}/__answers/${txnRef}`, {
      method: 'PUT',
      body: JSON.stringify(paidFields),
    });
    const packaged = await createVnpayClient({
      ...options,
      testMode: false, // the package sends test mode to the real sandbox, whatever the host
      queryDrAndRefundHost: fake.url,
    }).queryDr({
      vnp_RequestId: 'req1',
      vnp_TxnRef: txnRef,
      vnp_OrderInfo: 'Doi soat',
      vnp_TransactionDate: 20261124093000,
      vnp_CreateDate: 20261124100000,
      vnp_IpAddr: '127.0.0.1',
      vnp_TransactionNo: 0,
    });
    expect(packaged).toMatchObject({ isVerified: true, isSuccess: true });
  });

  it('refuses an answer that was changed, or that carries no signature', () => {
    const answer = signedQueryDrAnswer(options.secureSecret, options.tmnCode, paidFields);
    expect(readQueryDrAnswer(options, answer).verified).toBe(true);
    expect(readQueryDrAnswer(options, { ...answer, vnp_Amount: '100' }).verified).toBe(false);
    expect(readQueryDrAnswer(options, { ...answer, vnp_SecureHash: undefined }).verified).toBe(
      false,
    );
    const other = signedQueryDrAnswer('another merchant secret', options.tmnCode, paidFields);
    expect(readQueryDrAnswer(options, other).verified).toBe(false);
  });

  it('treats 01 (in progress) and 91 (no such transaction) as not final', () => {
    const sign = (fields: Record<string, string>) =>
      readQueryDrAnswer(
        options,
        signedQueryDrAnswer(options.secureSecret, options.tmnCode, { ...paidFields, ...fields }),
      );
    expect(sign({ vnp_TransactionStatus: '01' })).toMatchObject({ final: false, paid: false });
    expect(sign({ vnp_ResponseCode: '91' })).toMatchObject({ found: false, final: false });
    expect(sign({ vnp_TransactionStatus: '02' })).toMatchObject({ final: true, paid: false });
  });

  it('proves a session paid only by a signed answer about its own transaction and amount', () => {
    const answer = signedQueryDrAnswer(options.secureSecret, options.tmnCode, paidFields);
    const session = { txn_ref: txnRef, amount_vnd: 530000 };
    expect(provenOutcome(client, options, session)).toBeUndefined();
    expect(provenOutcome(client, options, { ...session, vnpay_querydr: answer })).toEqual({
      paid: true,
      valid: true,
    });
    expect(
      provenOutcome(client, options, { ...session, amount_vnd: 1000, vnpay_querydr: answer }),
    ).toEqual({ paid: false, valid: false });
    expect(
      provenOutcome(client, options, {
        ...session,
        vnpay_querydr: { ...answer, vnp_TransactionStatus: '02' },
      }),
    ).toEqual({ paid: false, valid: false });
  });
});
