// VNPay on the `vnpay` package, without Medusa: the payment URL, the checks of what VNPay sends
// back (IPN and return URL), and the answers VNPay expects. Amounts are whole VND; VNPay's own
// `vnp_Amount` is VND × 100, which the package applies when it builds the URL.
import { randomBytes } from 'node:crypto';
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
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 .,:\-_/()#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
}

/** An instant as VNPay writes it: `yyyyMMddHHmmss` in Vietnam's time (GMT+7), as a number. */
export function vietnamTime(instant: Date): number {
  const t = new Date(instant.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Number(
    `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}` +
      `${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`,
  );
}

/** Whole VND from Medusa's amount, or an error naming the amount. */
export function wholeVnd(amount: unknown): number {
  const value = Number(amount);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(
      `Số tiền VNPay phải là số nguyên VND dương, nhận ${String(amount)} / a VNPay amount must be a positive whole number of VND, got ${String(amount)}`,
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
