// VNPay on the `vnpay` package, without Medusa: the payment URL, the checks of what VNPay sends
// back (IPN and return URL), and the answers VNPay expects. Amounts are whole VND; VNPay's own
// `vnp_Amount` is VND × 100, which the package applies when it builds the URL.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { bothLanguages, removeDiacritics, vietnamParts } from '@nguongoc/vn-locale';
import { HashAlgorithm, ProductCode, VNPay, VnpLocale } from 'vnpay';

export interface VnpayOptions {
  tmnCode: string;
  secureSecret: string;
  /** Default: the sandbox, https://sandbox.vnpayment.vn */
  vnpayHost?: string;
  /** Host of the querydr/refund API; default the sandbox's. */
  queryDrAndRefundHost?: string;
  testMode?: boolean;
  /** Where VNPay sends the shopper back (the storefront's page, which only displays). */
  returnUrl: string;
}

export const VNPAY_SANDBOX = 'https://sandbox.vnpayment.vn';

export function createVnpayClient(options: VnpayOptions): VNPay {
  return new VNPay({
    tmnCode: options.tmnCode,
    secureSecret: options.secureSecret,
    vnpayHost: options.vnpayHost ?? VNPAY_SANDBOX,
    queryDrAndRefundHost: options.queryDrAndRefundHost ?? options.vnpayHost ?? VNPAY_SANDBOX,
    testMode: options.testMode ?? true,
    hashAlgorithm: HashAlgorithm.SHA512,
    enableLog: false,
  });
}

/** A new transaction reference: letters and digits only (VNPay refuses others), unique. */
export function newTxnRef(now = new Date()): string {
  return `NG${vietnamTime(now)}${randomBytes(6).toString('hex').toUpperCase()}`;
}

/** `vnp_OrderInfo`: Vietnamese without diacritics (VNPay's rule), printable ASCII, ≤ 255. */
export function toOrderInfo(text: string): string {
  return removeDiacritics(text)
    .replace(/[^A-Za-z0-9 .,:\-_/()#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
}

/** An instant as VNPay writes it: `yyyyMMddHHmmss` in Vietnam's time (GMT+7), as a number. */
export function vietnamTime(instant: Date): number {
  const { year, month, day, hour, minute, second } = vietnamParts(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Number(`${year}${pad(month)}${pad(day)}${pad(hour)}${pad(minute)}${pad(second)}`);
}

/** Whole VND from Medusa's amount, or an error naming the amount. */
export function wholeVnd(amount: unknown): number {
  const value = Number(amount);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(
      bothLanguages({
        vi: `Số tiền VNPay phải là số nguyên VND dương, nhận ${String(amount)}`,
        en: `a VNPay amount must be a positive whole number of VND, got ${String(amount)}`,
      }),
    );
  }
  return value;
}

export interface PaymentRequest {
  amountVnd: number;
  txnRef: string;
  orderInfo: string;
  ipAddr: string;
  createdAt: Date;
  /** How long the shopper has to pay; default 15 minutes. */
  expiresInMinutes?: number;
}

/** The signed URL that sends the shopper to VNPay's payment page. */
export function buildPaymentUrl(client: VNPay, returnUrl: string, request: PaymentRequest): string {
  const expiresAt = new Date(
    request.createdAt.getTime() + (request.expiresInMinutes ?? 15) * 60_000,
  );
  return client.buildPaymentUrl({
    vnp_Amount: wholeVnd(request.amountVnd),
    vnp_TxnRef: request.txnRef,
    vnp_OrderInfo: toOrderInfo(request.orderInfo),
    vnp_OrderType: ProductCode.Other,
    vnp_IpAddr: request.ipAddr,
    vnp_ReturnUrl: returnUrl,
    vnp_Locale: VnpLocale.VN,
    vnp_CreateDate: vietnamTime(request.createdAt),
    vnp_ExpireDate: vietnamTime(expiresAt),
  });
}

/** What a signed message from VNPay (IPN, return URL) says, once its signature is checked. */
export interface VnpayResult {
  /** The signature matches: the message came from VNPay and was not changed. */
  verified: boolean;
  txnRef: string;
  /** VND (VNPay's `vnp_Amount` / 100). */
  amountVnd: number;
  /** The shopper paid: response code 00 and transaction status 00. */
  paid: boolean;
  responseCode: string;
  transactionNo: string | undefined;
}

export function readVnpayResult(client: VNPay, query: Record<string, string>): VnpayResult {
  let verified = false;
  try {
    verified = client.verifyIpnCall(query as never).isVerified;
  } catch {
    verified = false;
  }
  return {
    verified,
    txnRef: query.vnp_TxnRef ?? '',
    amountVnd: Number(query.vnp_Amount) / 100,
    paid: query.vnp_ResponseCode === '00' && query.vnp_TransactionStatus === '00',
    responseCode: query.vnp_ResponseCode ?? '',
    transactionNo: query.vnp_TransactionNo,
  };
}

/** VNPay's IPN answers (its documented RspCode values). */
export const IPN_ANSWERS = {
  confirmed: { RspCode: '00', Message: 'Confirm Success' },
  notFound: { RspCode: '01', Message: 'Order not found' },
  alreadyConfirmed: { RspCode: '02', Message: 'Order already confirmed' },
  wrongAmount: { RspCode: '04', Message: 'Invalid amount' },
  badSignature: { RspCode: '97', Message: 'Invalid signature' },
  malformed: { RspCode: '99', Message: 'Input data required' },
  unknownError: { RspCode: '99', Message: 'Unknown error' },
} as const;
export type IpnAnswer = (typeof IPN_ANSWERS)[keyof typeof IPN_ANSWERS];

/**
 * A querydr answer exactly as VNPay sent it. It is kept as the proof of a payment that the
 * reconciliation job found, so it must stay byte for byte what VNPay signed (see ADR 009).
 */
export type QueryDrAnswer = Record<string, string | number | null | undefined>;

/** The fields of a querydr answer that VNPay signs, in its order; `tmn` is the merchant code. */
const QUERYDR_ANSWER_SIGNED = [
  'vnp_ResponseId',
  'vnp_Command',
  'vnp_ResponseCode',
  'vnp_Message',
  'tmn',
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
] as const;

const QUERYDR_PATH = '/merchant_webapi/api/transaction';

/** The fields of a querydr request that VNPay checks the signature of, in its order. */
const QUERYDR_REQUEST_SIGNED = [
  'vnp_RequestId',
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_TransactionDate',
  'vnp_CreateDate',
  'vnp_IpAddr',
  'vnp_OrderInfo',
] as const;

function hmac(secret: string, fields: readonly unknown[]): string {
  const text = fields.map((value) => (value === undefined || value === null ? '' : String(value)));
  return createHmac('sha512', secret).update(text.join('|'), 'utf8').digest('hex');
}

/** The signature of a querydr request: HMAC-SHA512 over its `|`-joined fields, in hex. */
export function querydrRequestSignature(
  secret: string,
  request: Record<string, string | number | undefined>,
): string {
  return hmac(
    secret,
    QUERYDR_REQUEST_SIGNED.map((name) => request[name]),
  );
}

/** The signature VNPay puts on a querydr answer (the merchant code stands in its fifth field). */
export function querydrAnswerSignature(
  options: Pick<VnpayOptions, 'tmnCode' | 'secureSecret'>,
  answer: QueryDrAnswer,
): string {
  return hmac(
    options.secureSecret,
    QUERYDR_ANSWER_SIGNED.map((name) => (name === 'tmn' ? options.tmnCode : answer[name])),
  );
}

/**
 * Asks VNPay (querydr) what became of a transaction: the request signed as VNPay's API
 * documents (HMAC-SHA512 over the `|`-joined fields), the answer returned untouched.
 * @throws Error naming the HTTP status when VNPay does not answer 200.
 */
export async function queryTransaction(
  options: VnpayOptions,
  transaction: { txnRef: string; createDate: number },
  now = new Date(),
): Promise<QueryDrAnswer> {
  const request = {
    vnp_RequestId: randomBytes(8).toString('hex'),
    vnp_Version: '2.1.0',
    vnp_Command: 'querydr',
    vnp_TmnCode: options.tmnCode,
    vnp_TxnRef: transaction.txnRef,
    vnp_TransactionDate: transaction.createDate,
    vnp_CreateDate: vietnamTime(now),
    vnp_IpAddr: '127.0.0.1',
    vnp_OrderInfo: toOrderInfo(`Doi soat giao dich ${transaction.txnRef}`),
  };
  const vnp_SecureHash = querydrRequestSignature(options.secureSecret, request);
  const host = options.queryDrAndRefundHost ?? options.vnpayHost ?? VNPAY_SANDBOX;
  const response = await fetch(new URL(QUERYDR_PATH, host), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...request, vnp_SecureHash }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) {
    throw new Error(`VNPay querydr ${transaction.txnRef}: HTTP ${response.status}`);
  }
  return (await response.json()) as QueryDrAnswer;
}

/** What a querydr answer says: the same reading as an IPN, plus whether the result is final. */
export interface QueryDrResult extends VnpayResult {
  /** VNPay knows the transaction (response code 00); 91 means the shopper never paid. */
  found: boolean;
  /** Paid (00) or failed (02): a status that will not change. 01 is still in progress. */
  final: boolean;
}

/** Reads a querydr answer; `verified` only when VNPay's signature is there and matches. */
export function readQueryDrAnswer(
  options: Pick<VnpayOptions, 'tmnCode' | 'secureSecret'>,
  answer: QueryDrAnswer,
): QueryDrResult {
  const signature = answer.vnp_SecureHash;
  const expected = querydrAnswerSignature(options, answer);
  const verified =
    typeof signature === 'string' &&
    signature.length === expected.length &&
    timingSafeEqual(Buffer.from(signature.toLowerCase()), Buffer.from(expected));
  const code = String(answer.vnp_ResponseCode ?? '');
  const status = String(answer.vnp_TransactionStatus ?? '');
  const found = code === '00';
  return {
    verified,
    txnRef: String(answer.vnp_TxnRef ?? ''),
    amountVnd: Number(answer.vnp_Amount) / 100,
    paid: found && status === '00',
    found,
    final: found && (status === '00' || status === '02'),
    responseCode: found ? status : code,
    transactionNo:
      answer.vnp_TransactionNo === undefined || answer.vnp_TransactionNo === null
        ? undefined
        : String(answer.vnp_TransactionNo),
  };
}

/**
 * The proven outcome of a session: its stored IPN or querydr answer, if one is there, verifies
 * and is about this session's transaction and amount. Undefined while nothing is proven.
 */
export function provenOutcome(
  client: VNPay,
  options: Pick<VnpayOptions, 'tmnCode' | 'secureSecret'>,
  session: {
    txn_ref?: string;
    amount_vnd?: number;
    vnpay_result?: Record<string, string>;
    vnpay_querydr?: QueryDrAnswer;
  },
): { paid: boolean; valid: boolean } | undefined {
  const result = session.vnpay_result
    ? readVnpayResult(client, session.vnpay_result)
    : session.vnpay_querydr
      ? readQueryDrAnswer(options, session.vnpay_querydr)
      : undefined;
  if (!result) return undefined;
  const valid =
    result.verified && result.txnRef === session.txn_ref && result.amountVnd === session.amount_vnd;
  return { paid: valid && result.paid, valid };
}

/** The session fields only this provider and VNPay's signed messages may set. */
const PROVIDER_FIELDS = new Set(['txn_ref', 'payment_url', 'amount_vnd', 'create_date']);

/** Each provider field in the shopper's data, mapped to undefined (so that it is dropped). */
export function clientProviderFields(
  data: Record<string, unknown> | undefined,
): Record<string, undefined> {
  return Object.fromEntries(
    Object.keys(data ?? {})
      .filter((key) => key.startsWith('vnpay_') || PROVIDER_FIELDS.has(key))
      .map((key) => [key, undefined]),
  );
}
