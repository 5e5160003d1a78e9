// VNPay for the tests: signatures written from VNPay's API documentation (not taken from the
// `vnpay` package nor from NguonGoc's payment module, so the tests compare three independent
// readings), and a fake querydr API on loopback.
//   Payment URL and IPN: every vnp_* parameter except vnp_SecureHash*, non-empty, sorted by name,
//   form-encoded, HMAC-SHA512 with the merchant's secret, in hex.
//   Querydr request and answer: HMAC-SHA512 over fixed fields joined by `|`, in the order below.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const QUERYDR_REQUEST_FIELDS = [
  'vnp_RequestId',
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_TransactionDate',
  'vnp_CreateDate',
  'vnp_IpAddr',
  'vnp_OrderInfo',
];

const QUERYDR_ANSWER_FIELDS = [
  'vnp_ResponseId',
  'vnp_Command',
  'vnp_ResponseCode',
  'vnp_Message',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_BankCode',
  'vnp_PayDate',
  'vnp_TransactionNo',
  'vnp_TransactionType',
  'vnp_TransactionStatus',
  'vnp_OrderInfo',
  'vnp_PromotionCode',
  'vnp_PromotionAmount',
];

const hmacHex = (secret: string, text: string) =>
  createHmac('sha512', secret).update(text, 'utf8').digest('hex');

const piped = (fields: string[], values: Record<string, unknown>) =>
  fields.map((name) => (values[name] === undefined ? '' : String(values[name]))).join('|');

/** The signature of a payment URL's or an IPN's parameters. */
export function vnpaySignature(params: Record<string, string>, secret: string): string {
  const signed = Object.entries(params)
    .filter(
      ([key, value]) => key.startsWith('vnp_') && !key.startsWith('vnp_SecureHash') && value !== '',
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return hmacHex(secret, new URLSearchParams(signed).toString());
}

/** An IPN query string as VNPay sends it for a payment URL's transaction. */
export function signedIpn(
  paymentUrl: string,
  secret: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const request = Object.fromEntries(new URL(paymentUrl).searchParams);
  const params: Record<string, string> = {
    vnp_TmnCode: request.vnp_TmnCode ?? '',
    vnp_Amount: request.vnp_Amount ?? '',
    vnp_BankCode: 'NCB',
    vnp_BankTranNo: 'VNP14226112',
    vnp_CardType: 'ATM',
    vnp_OrderInfo: request.vnp_OrderInfo ?? '',
    vnp_PayDate: '20261124093000',
    vnp_ResponseCode: '00',
    vnp_TransactionNo: '14226112',
    vnp_TransactionStatus: '00',
    vnp_TxnRef: request.vnp_TxnRef ?? '',
    ...overrides,
  };
  return {
    ...params,
    vnp_SecureHashType: 'HmacSHA512',
    vnp_SecureHash: vnpaySignature(params, secret),
  };
}

/** The signature a querydr request must carry. */
function querydrRequestSignature(secret: string, request: Record<string, unknown>): string {
  return hmacHex(secret, piped(QUERYDR_REQUEST_FIELDS, request));
}

/** A querydr answer as VNPay signs it (the merchant's code stands in its fifth field). */
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
  const signature = hmacHex(
    secret,
    piped(QUERYDR_ANSWER_FIELDS, { ...answer, vnp_TmnCode: tmnCode }),
  );
  return { ...answer, vnp_SecureHash: signature };
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
  const server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const path = request.url ?? '/';
    if (request.method === 'PUT' && path.startsWith('/__answers/')) {
      answers.set(decodeURIComponent(path.slice('/__answers/'.length)), JSON.parse(text));
      return send(204, {});
    }
    if (request.method !== 'POST' || path !== '/merchant_webapi/api/transaction') {
      return send(404, {});
    }
    const query = JSON.parse(text) as Record<string, string>;
    const txnRef = query.vnp_TxnRef ?? '';
    const fields =
      query.vnp_SecureHash !== querydrRequestSignature(secret, query)
        ? { vnp_ResponseCode: '97', vnp_TxnRef: txnRef }
        : (answers.get(txnRef) ?? { vnp_ResponseCode: '91', vnp_TxnRef: txnRef });
    send(200, signedQueryDrAnswer(secret, tmnCode, { vnp_TxnRef: txnRef, ...fields }));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
