// VNPay's signatures for the tests. IPNs and payment URLs: written from VNPay's documentation
// rather than taken from the `vnpay` package (the vnp_* parameters except the hash, sorted by
// name, form-encoded, HMAC-SHA512 with the merchant's secret, in hex). Querydr: see below.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  querydrAnswerSignature,
  querydrRequestSignature,
} from '../src/modules/payment-vnpay/vnpay-payments.js';

export function vnpaySignature(params: Record<string, string>, secret: string): string {
  const signed = Object.entries(params)
    .filter(
      ([key, value]) => key.startsWith('vnp_') && !key.startsWith('vnp_SecureHash') && value !== '',
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHmac('sha512', secret).update(new URLSearchParams(signed).toString()).digest('hex');
}

/** An IPN query string as VNPay sends it for a payment URL's transaction. */
export function signedIpn(
  paymentUrl: string,
  secret: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const request = Object.fromEntries(new URL(paymentUrl).searchParams);
  const params: Record<string, string> = {
    vnp_TmnCode: request.vnp_TmnCode!,
    vnp_Amount: request.vnp_Amount!,
    vnp_BankCode: 'NCB',
    vnp_BankTranNo: 'VNP14226112',
    vnp_CardType: 'ATM',
    vnp_OrderInfo: request.vnp_OrderInfo!,
    vnp_PayDate: '20261124093000',
    vnp_ResponseCode: '00',
    vnp_TransactionNo: '14226112',
    vnp_TransactionStatus: '00',
    vnp_TxnRef: request.vnp_TxnRef!,
    ...overrides,
  };
  return {
    ...params,
    vnp_SecureHashType: 'HmacSHA512',
    vnp_SecureHash: vnpaySignature(params, secret),
  };
}

/**
 * A querydr answer as VNPay signs it. The signature is the code's own (querydrAnswerSignature):
 * the unit tests check that the `vnpay` package accepts these answers and that its requests pass
 * the fake's check, so the code's field order is checked against the package's, not itself.
 */
export function signedQueryDrAnswer(
  secret: string,
  tmnCode: string,
  fields: Record<string, string | number>,
): Record<string, string | number> {
  const answer: Record<string, string | number> = {
    vnp_ResponseId: randomUUID().replace(/-/g, ''),
    vnp_Command: 'querydr',
    vnp_Message: 'QueryDR Success',
    vnp_BankCode: 'NCB',
    vnp_PayDate: '20261124093000',
    vnp_TransactionNo: '14226200',
    vnp_TransactionType: '01',
    vnp_OrderInfo: 'Thanh toan don hang',
    ...fields,
  };
  return {
    ...answer,
    vnp_SecureHash: querydrAnswerSignature({ secureSecret: secret, tmnCode }, answer),
  };
}

export interface FakeVnpay {
  url: string;
  close: () => Promise<void>;
}

/**
 * VNPay's querydr API on loopback. It checks each request's signature (97 if wrong) and answers
 * 91 (no such transaction) unless told otherwise with `PUT /__answers/<txnRef>` and a JSON body
 * of answer fields.
 */
export async function startFakeVnpay(secret: string, tmnCode: string): Promise<FakeVnpay> {
  const answers = new Map<string, Record<string, string | number>>();
  const server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const path = req.url ?? '/';
    if (req.method === 'PUT' && path.startsWith('/__answers/')) {
      answers.set(decodeURIComponent(path.slice('/__answers/'.length)), JSON.parse(text));
      return send(204, {});
    }
    if (req.method !== 'POST' || path !== '/merchant_webapi/api/transaction') {
      return send(404, {});
    }
    const request = JSON.parse(text) as Record<string, string>;
    const txnRef = request.vnp_TxnRef ?? '';
    const fields =
      request.vnp_SecureHash !== querydrRequestSignature(secret, request)
        ? { vnp_ResponseCode: '97', vnp_TxnRef: txnRef }
        : (answers.get(txnRef) ?? { vnp_ResponseCode: '91', vnp_TxnRef: txnRef });
    send(200, signedQueryDrAnswer(secret, tmnCode, { vnp_TxnRef: txnRef, ...fields }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
