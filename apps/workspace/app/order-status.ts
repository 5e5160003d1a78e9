// An order line's status (the sales ledger's word) in words a person reads.
import type { Message } from '@nguongoc/vn-locale';

const STATUSES: Record<string, Message> = {
  awaiting_payment: { vi: 'Chờ thu tiền khi nhận hàng', en: 'Awaiting cash on delivery' },
  placed: { vi: 'Đã đặt, đã thanh toán', en: 'Placed and paid' },
  pending: { vi: 'Chờ xác nhận', en: 'Pending' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  shipping: { vi: 'Đang giao', en: 'Shipping' },
  delivered: { vi: 'Đã giao', en: 'Delivered' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  returned: { vi: 'Đã trả lại', en: 'Returned' },
};

export function statusName(status: string): Message {
  return STATUSES[status] ?? { vi: status, en: status };
}
