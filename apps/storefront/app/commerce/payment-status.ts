// What an order's payment status tells the shopper, truthfully: a VNPay order is paid only once
// the backend has captured the payment (VNPay's IPN, or the reconciliation job, did it); cash on
// delivery is paid when the cooperative records the cash.
import type { PlainMessageKey } from '../i18n';

export interface OrderPayment {
  /** `pp_system_default` (cash on delivery), `pp_vnpay_vnpay`, or null if none is known. */
  providerId: string | null;
  /** Medusa's order `payment_status`: not_paid, awaiting, authorized, captured, refunded, … */
  paymentStatus: string | null;
}

export function paymentStatusMessage({ providerId, paymentStatus }: OrderPayment): PlainMessageKey {
  const status = paymentStatus ?? 'not_paid';
  if (status === 'refunded' || status === 'partially_refunded') return 'order.status.refunded';
  if (status === 'canceled') return 'order.status.canceled';
  const captured = status === 'captured';
  if (providerId === 'pp_system_default') {
    return captured ? 'order.status.codPaid' : 'order.status.cod';
  }
  if (providerId === 'pp_vnpay_vnpay') {
    return captured ? 'order.status.paid' : 'order.status.vnpayPending';
  }
  return captured ? 'order.status.paid' : 'order.status.notPaid';
}
