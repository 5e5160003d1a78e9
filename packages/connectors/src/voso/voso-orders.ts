import type { OrderFormat } from '../orders/order-format.js';

/** VoSo's order export (CSV or XLSX), as NguonGoc believes it is laid out; never checked live. */
export const VOSO_ORDERS: OrderFormat = {
  source: 'https://voso.vn (Trung tâm người bán: Đơn hàng, Xuất file)',
  checked: null,
  headers: {
    orderId: ['Mã ĐH', 'Mã đơn hàng VoSo'],
    placedAt: ['Ngày tạo'],
    sku: ['Mã SKU sản phẩm'],
    quantity: ['Số lượng SP'],
    unitPrice: ['Giá sản phẩm'],
    amount: ['Tổng tiền sản phẩm'],
    province: ['Tỉnh/Thành nhận'],
    commune: ['Phường/Xã nhận'],
    status: ['Trạng thái ĐH'],
  },
  statuses: {
    Mới: 'pending',
    'Chờ xác nhận': 'pending',
    'Chờ lấy hàng': 'confirmed',
    'Đang vận chuyển': 'shipping',
    'Thành công': 'delivered',
    Hủy: 'cancelled',
    'Chuyển hoàn': 'returned',
  },
};
