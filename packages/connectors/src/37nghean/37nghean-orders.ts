import type { OrderFormat } from '../orders/order-format.js';

/** 37nghean's order export (XLSX), as NguonGoc believes it is laid out; never checked live. */
export const NGHEAN37_ORDERS: OrderFormat = {
  source: 'https://37nghean.com (Gian hàng: Quản lý đơn hàng, Xuất Excel)',
  checked: null,
  headers: {
    orderId: ['Số đơn hàng'],
    placedAt: ['Ngày đặt'],
    sku: ['Mã hàng'],
    quantity: ['Số lượng đặt'],
    unitPrice: ['Đơn giá (đ)'],
    amount: ['Thành tiền (đ)'],
    province: ['Tỉnh/Thành phố người nhận'],
    commune: ['Xã/Phường người nhận'],
    status: ['Tình trạng đơn'],
  },
  statuses: {
    'Đơn mới': 'pending',
    'Đã duyệt': 'confirmed',
    'Đang giao hàng': 'shipping',
    'Hoàn thành': 'delivered',
    'Đã hủy': 'cancelled',
    'Trả lại': 'returned',
  },
};
