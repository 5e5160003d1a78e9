import { foldForSearch } from '@nguongoc/vn-locale';
import type { OrderStatus } from '../types.js';

/** The fields NguonGoc reads from an order export. */
export const ORDER_FIELDS = [
  'orderId',
  'placedAt',
  'sku',
  'quantity',
  'unitPrice',
  'amount',
  'province',
  'commune',
  'status',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/** Fields without which no row can be read (and one of unitPrice or amount). */
export const REQUIRED_FIELDS: readonly OrderField[] = [
  'orderId',
  'placedAt',
  'sku',
  'quantity',
  'status',
];

/** How one exchange writes its order export: header names and status words. */
export interface OrderFormat {
  /** Header names per field, as the exchange writes them (matched without case or diacritics). */
  headers: Readonly<Record<OrderField, readonly string[]>>;
  /** Status words → NguonGoc status (matched without case or diacritics). */
  statuses: Readonly<Record<string, OrderStatus>>;
  /** Where the format comes from, and whether it was checked against a real export. */
  source: string;
  checked: string | null;
}

/** Header variants every exchange's export is likely to use, added to each format's own. */
export const COMMON_HEADERS: Readonly<Record<OrderField, readonly string[]>> = {
  orderId: ['Mã đơn hàng', 'Mã đơn', 'Order ID', 'Order number'],
  placedAt: ['Ngày đặt hàng', 'Thời gian đặt hàng', 'Ngày tạo đơn', 'Order date', 'Created at'],
  sku: ['Mã SKU', 'SKU', 'Mã sản phẩm', 'SKU người bán', 'Seller SKU'],
  quantity: ['Số lượng', 'SL', 'Quantity', 'Qty'],
  unitPrice: ['Đơn giá', 'Giá bán', 'Giá', 'Unit price', 'Price'],
  amount: ['Thành tiền', 'Tổng tiền hàng', 'Amount', 'Line total'],
  province: ['Tỉnh/Thành phố', 'Tỉnh/TP', 'Tỉnh', 'Tỉnh thành', 'Province'],
  commune: ['Phường/Xã', 'Xã/Phường', 'Xã', 'Phường', 'Commune', 'Ward'],
  status: ['Trạng thái', 'Trạng thái đơn hàng', 'Tình trạng', 'Status'],
};

/** Folded header → field, for one format. A header named for two fields is a mistake here. */
export function headerLookup(format: OrderFormat): Map<string, OrderField> {
  const lookup = new Map<string, OrderField>();
  for (const field of ORDER_FIELDS) {
    for (const header of [...format.headers[field], ...COMMON_HEADERS[field]]) {
      const folded = foldForSearch(header);
      const known = lookup.get(folded);
      if (known !== undefined && known !== field) {
        throw new Error(`header "${header}" names both ${known} and ${field}`);
      }
      lookup.set(folded, field);
    }
  }
  return lookup;
}

/** Folded status word → status. */
export function statusLookup(format: OrderFormat): Map<string, OrderStatus> {
  return new Map(
    Object.entries(format.statuses).map(([word, status]) => [foldForSearch(word), status]),
  );
}
