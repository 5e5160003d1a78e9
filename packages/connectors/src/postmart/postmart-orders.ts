import type { OrderFormat } from '../orders/order-format.js';

/** PostMart's order export (XLSX), as NguonGoc believes it is laid out; never checked live. */
export const POSTMART_ORDERS: OrderFormat = {
  source: 'https://postmart.vn (Kênh người bán: Quản lý đơn hàng, Xuất Excel)',
  checked: null,
  headers: {
    orderId: ['Mã đơn PostMart'],
    placedAt: ['Thời gian tạo đơn'],
    sku: ['Mã SKU nhà cung cấp'],
    quantity: ['Số lượng mua'],
    unitPrice: ['Giá bán'],
    amount: ['Thành tiền (VNĐ)'],
    province: ['Tỉnh/Thành phố nhận'],
    commune: ['Phường/Xã nhận'],
    status: ['Trạng thái đơn'],
  },
  statuses: {
    'Chờ xác nhận': 'pending',
    'Đã xác nhận': 'confirmed',
    'Chờ lấy hàng': 'confirmed',
    'Đang giao': 'shipping',
    'Đã giao': 'delivered',
    'Giao thành công': 'delivered',
    'Đã hủy': 'cancelled',
    'Hoàn hàng': 'returned',
  },
};
