import { describe, expect, it } from 'vitest';
import {
  COUNTED_ORDERS,
  COUNTED_ORDERS_NOTE,
  type PilotIndicators,
  type SalesTotals,
  instantsOf,
  localToday,
  reportFromIndicators,
  reportPeriod,
  storefrontOrderPaid,
} from '../src/index.js';

const totals = (amount_vnd: number, lines = 1, corrected_lines = 0): SalesTotals => ({
  orders: lines,
  lines,
  corrected_lines,
  quantity: lines,
  amount_vnd,
  gross_quantity: lines,
  gross_amount_vnd: amount_vnd,
});

/** Two cooperatives of one commune: three households, two of them with a shop on VoSo. */
const figures: PilotIndicators = {
  scope: {
    commune_code: '15865',
    cooperative_id: null,
    commune_name: 'Xã Hoằng Hoá',
    province_name: 'Tỉnh Thanh Hoá',
  },
  period: { from: '2025-12-15', to: '2026-03-14', granularity: 'quarter' },
  generated_at: '2026-03-15T01:00:00.000Z',
  catalogue: {
    cooperatives: 2,
    households: 3,
    by_exchange: [
      { exchange: 'postmart', cooperatives: 1, households: 0, live_products: 2 },
      { exchange: 'voso', cooperatives: 2, households: 2, live_products: 3 },
      { exchange: '37nghean', cooperatives: 0, households: 0, live_products: 0 },
    ],
    on_exchanges: { cooperatives: 2, households: 2 },
    products: { total: 4, traceable: 3, ocop: 1 },
  },
  sales: {
    totals: { ...totals(1_234_567, 5, 2), households: 2, cooperatives: 1 },
    series: [],
    by_channel: [
      { channel: 'storefront', ...totals(234_567, 2) },
      { channel: 'voso', ...totals(1_000_000, 3, 2) },
    ],
    by_cooperative: [{ cooperative_id: 'coop_1', ...totals(1_234_567, 5, 2) }],
    by_product: [
      { product_id: 'prod_1', cooperative_id: 'coop_1', ...totals(1_000_000, 3) },
      { product_id: 'prod_gone', cooperative_id: 'coop_1', ...totals(234_567, 2) },
    ],
    ocop: totals(1_000_000, 3),
    traceable: totals(234_567, 2),
    scans: { total: 42, series: [] },
    awaiting_payment: { orders: 2, quantity: 3, amount_vnd: 270_000 },
  },
  names: { cooperatives: { coop_1: 'HTX Nông sản Hoằng Hoá' }, products: { prod_1: 'Nem chua' } },
};

describe('reportFromIndicators: the report rows and where each figure comes from', () => {
  const { due_by } = reportPeriod('quarter', 2026, 1);
  const report = reportFromIndicators(figures, 'quarter', 2026, 1, due_by);
  const indicator = (code: string) => report.indicators.find((row) => row.code === code);

  it('keeps the period, the scope and the time the figures were read', () => {
    expect(report).toMatchObject({
      kind: 'quarter',
      year: 2026,
      quarter: 1,
      period: { from: '2025-12-15', to: '2026-03-14' },
      due_by: '2026-03-15',
      scope: { commune_code: '15865', commune_name: 'Xã Hoằng Hoá' },
      generated_at: '2026-03-15T01:00:00.000Z',
    });
    expect(report.indicators).toHaveLength(16);
  });

  it('gives shares as percentages to one decimal, with their counts as the source', () => {
    expect(indicator('households_on_exchanges_share')).toMatchObject({
      value: 66.7,
      unit: 'percent',
      source_vi: '2/3 hộ',
      source_en: '2/3 households',
    });
    expect(indicator('traceable_products_share')?.value).toBe(75);
  });

  it('counts the exchanges apart from the storefront, and names each channel', () => {
    expect(indicator('exchange_sales_amount')).toMatchObject({
      value: 1_000_000,
      unit: 'vnd',
      source_vi: '1 sàn có đơn',
    });
    expect(indicator('sales_amount')?.source_vi).toBe(
      '5 dòng đơn, 2 dòng huỷ/trả/hoàn tiền không tính; đặt 1.234.567\u00a0₫',
    );
    expect(indicator('cooperatives_on_exchanges')?.source_en).toBe(
      'PostMart.vn (Vietnam Post): 1 coop., 0 households; VoSo.vn (Viettel Post): 2 coop., ' +
        '2 households; 37nghean.com (Nghệ An): 0 coop., 0 households',
    );
    expect(report.by_channel.map((row) => row.name)).toEqual([
      'Cửa hàng NguonGoc / NguonGoc store',
      'VoSo.vn (Viettel Post)',
    ]);
  });

  it('names a product that has gone by its ID', () => {
    expect(report.by_product.map((row) => [row.key, row.name])).toEqual([
      ['prod_1', 'Nem chua'],
      ['prod_gone', 'prod_gone'],
    ]);
  });

  it('shows unpaid cash-on-delivery orders as a row of their own, in no other figure', () => {
    expect(indicator('awaiting_payment_amount')).toEqual({
      code: 'awaiting_payment_amount',
      label_vi: 'Đơn COD chưa thanh toán (không tính vào doanh thu)',
      label_en: 'COD orders awaiting payment (not in sales)',
      value: 270_000,
      unit: 'vnd',
      source_vi: '2 đơn COD chưa ghi nhận thu tiền, không tính ở các chỉ tiêu khác',
      source_en: '2 COD orders with no cash recorded, in no other indicator',
    });
    // The sales and orders are the paid ones only, as the backend read them.
    expect(indicator('sales_amount')?.value).toBe(1_234_567);
    expect(indicator('orders')?.value).toBe(5);
  });

  it('has no quarter in a yearly report', () => {
    const yearly = reportFromIndicators(figures, 'year', 2026, undefined, '2026-12-15');
    expect('quarter' in yearly).toBe(false);
  });
});

describe('which orders count (ADR 033)', () => {
  it('states the rule in Vietnamese, then English, naming unpaid COD orders', () => {
    expect(COUNTED_ORDERS.vi).toContain(
      'thanh toán khi nhận hàng (COD) khi hợp tác xã ghi nhận đã thu tiền',
    );
    expect(COUNTED_ORDERS.vi).toContain('Đơn COD chưa thu tiền không tính vào số đơn và doanh thu');
    expect(COUNTED_ORDERS.en).toContain(
      'cash on delivery (COD) when the cooperative records the cash received',
    );
    expect(COUNTED_ORDERS.en).toContain(
      'Unpaid COD orders are not in the orders and sales figures',
    );
    expect(COUNTED_ORDERS_NOTE).toBe(`${COUNTED_ORDERS.vi} / ${COUNTED_ORDERS.en}`);
  });

  it('counts a storefront order once a payment is captured, or when nothing is left to pay', () => {
    const cod = { captured_at: null, canceled_at: null };
    expect(storefrontOrderPaid([cod])).toBe(false);
    expect(storefrontOrderPaid([{ ...cod, captured_at: '2026-03-02T03:00:00Z' }])).toBe(true);
    // A cancelled payment is not one to wait for; a new one in its place is.
    expect(storefrontOrderPaid([{ ...cod, canceled_at: new Date() }, cod])).toBe(false);
    expect(storefrontOrderPaid([{ ...cod, canceled_at: new Date() }])).toBe(true);
    expect(storefrontOrderPaid([])).toBe(true);
  });
});

describe('local days: Vietnam is UTC+7 all year', () => {
  it('turns the date at 17:00 UTC', () => {
    expect(localToday(new Date('2026-03-14T16:59:59.999Z'))).toBe('2026-03-14');
    expect(localToday(new Date('2026-03-14T17:00:00.000Z'))).toBe('2026-03-15');
    expect(localToday(new Date('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
  });

  it('bounds local days by the instants of their midnights', () => {
    expect(instantsOf('2026-03-01', '2026-03-14')).toEqual({
      from: new Date('2026-02-28T17:00:00.000Z'),
      before: new Date('2026-03-14T17:00:00.000Z'),
    });
    expect(instantsOf('2026-12-31', '2026-12-31').before).toEqual(
      new Date('2026-12-31T17:00:00.000Z'),
    );
  });

  it('refuses what is not a calendar day, naming the bound', () => {
    // Before vn-locale these gave 2 March, and an Invalid Date that a query would have matched nothing with.
    expect(() => instantsOf('2026-02-30', '2026-03-14')).toThrow(RangeError);
    expect(() => instantsOf('2026-03-01', '2026-03-14T06:00')).toThrow(
      /^to: expected a YYYY-MM-DD day/,
    );
    expect(() => instantsOf('1/3/2026', '2026-03-14')).toThrow(/^from: /);
  });
});
