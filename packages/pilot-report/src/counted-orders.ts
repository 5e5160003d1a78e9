/**
 * Which orders the pilot's figures count (ADR 033), said once: the report's XLSX and PDF, the
 * commune's open data (page, CSV, JSON) and the dashboard print these words, and the commerce
 * backend decides with {@link storefrontOrderPaid} whether a storefront order counts yet.
 */

/** The rule, in Vietnamese and English, as every report and open-data output states it. */
export const COUNTED_ORDERS = {
  vi:
    'Đơn hàng được tính: đơn trên sàn TMĐT theo trạng thái sàn báo, trừ đơn huỷ và trả; đơn của ' +
    'cửa hàng NguonGoc khi đã thanh toán: VNPay khi người mua trả tiền, thanh toán khi nhận hàng ' +
    '(COD) khi hợp tác xã ghi nhận đã thu tiền. Đơn COD chưa thu tiền không tính vào số đơn và ' +
    'doanh thu; chúng được nêu riêng là “chưa thanh toán”.',
  en:
    'Orders counted: exchange orders as the exchange reports them, less cancellations and ' +
    'returns; NguonGoc store orders once paid: VNPay when the buyer pays, cash on delivery (COD) ' +
    'when the cooperative records the cash received. Unpaid COD orders are not in the orders and ' +
    'sales figures; they are shown apart as “awaiting payment”.',
} as const;

/** The rule as one note, Vietnamese first: what the XLSX and the PDF print under the indicators. */
export const COUNTED_ORDERS_NOTE = `${COUNTED_ORDERS.vi} / ${COUNTED_ORDERS.en}`;

/** The label of the separate figure of unpaid cash-on-delivery orders. */
export const AWAITING_PAYMENT_LABEL = {
  vi: 'Đơn COD chưa thanh toán (không tính vào doanh thu)',
  en: 'COD orders awaiting payment (not in sales)',
} as const;

/** A payment of a storefront order, as the payment module reports it. */
export interface OrderPayment {
  captured_at: string | Date | null | undefined;
  canceled_at: string | Date | null | undefined;
}

/**
 * Whether a storefront order's money is in, so that it counts: one of its payments is captured
 * (VNPay captures when the buyer pays; cash on delivery when the cash is recorded as received),
 * or it has nothing left to pay (no payment that is not cancelled). Else it is awaiting payment.
 */
export function storefrontOrderPaid(payments: readonly OrderPayment[]): boolean {
  const live = payments.filter((payment) => !payment.canceled_at);
  return live.length === 0 || live.some((payment) => Boolean(payment.captured_at));
}
