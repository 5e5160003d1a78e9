// VNPay's signature, written from its documentation rather than taken from the `vnpay` package:
// the vnp_* parameters except the hash, sorted by name, form-encoded, HMAC-SHA512 with the
// merchant's secret, in hex. Tests sign IPNs with it and check the package's URLs against it.
import { createHmac } from 'node:crypto';

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
