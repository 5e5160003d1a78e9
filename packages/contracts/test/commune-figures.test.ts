import { describe, expect, it } from 'vitest';
import { ContractError, readCommuneFigures } from '../src/index.js';

const figures = () => ({
  commune: { code: '16941', name: 'Xã Nghĩa Đàn', province_code: '40', province_name: 'Nghệ An' },
  year: 2026,
  generated_at: '2026-12-07T03:00:00.000Z',
  licence: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  registration: {
    cooperatives: 1,
    households: 3,
    by_exchange: [{ exchange: 'voso', cooperatives: 1, households: 2 }],
  },
  products: { total: 4, traceable: 4, ocop: 3 },
  totals: {
    orders: 5,
    quantity: 7,
    amount_vnd: 1_250_000,
    ocop_amount_vnd: 900_000,
    traceable_amount_vnd: 1_250_000,
  },
  counted_orders: {
    vi: 'Đơn COD chưa thu tiền không tính vào số đơn và doanh thu.',
    en: 'Unpaid COD orders are not in the orders and sales figures.',
  },
  awaiting_payment: { orders: 1, quantity: 2, amount_vnd: 140_000 },
  months: [
    { month: '2026-01', channel: 'storefront', orders: 3, quantity: 4, amount_vnd: 750_000 },
    { month: '2026-02', channel: 'voso', orders: 2, quantity: 3, amount_vnd: 500_000 },
  ],
  scans: [{ month: '2026-01', scans: 12 }],
});
const expected = { code: '16941', year: 2026 };

describe('readCommuneFigures', () => {
  it('copies out only the contract’s fields', () => {
    const answer = figures() as Record<string, unknown>;
    (answer.totals as Record<string, unknown>).buyer = 'Nguyễn Văn A';
    (answer.months as Record<string, unknown>[])[0]!.household = 'Hộ ông Ba';
    answer.orders = [{ id: 'order_1' }];
    expect(readCommuneFigures(answer, expected)).toEqual(figures());
  });

  it('names the field that breaks the contract', () => {
    const broken = (change: (answer: ReturnType<typeof figures>) => void) => {
      const answer = figures();
      change(answer);
      return () => readCommuneFigures(answer, expected);
    };
    expect(broken((f) => (f.months[1]!.month = '2025-03'))).toThrow(
      /^months\[1\]\.month: "2025-03" does not match/,
    );
    expect(broken((f) => (f.totals.orders = -1))).toThrow(
      'totals.orders: expected a whole number ≥ 0, got -1',
    );
    expect(broken((f) => (f.totals.quantity = 1.5))).toThrow(
      'totals.quantity: expected a whole number, got 1.5',
    );
    expect(broken((f) => (f.licence.url = 'http://example.vn'))).toThrow(
      'licence.url: expected an https URL',
    );
    expect(broken((f) => (f.registration.by_exchange[0]!.exchange = 'shopee'))).toThrow(
      'registration.by_exchange[0].exchange: "shopee" is not one of postmart, voso, 37nghean',
    );
    expect(broken((f) => (f.year = 2025))).toThrow('year: asked for 2026, got 2025');
    expect(broken((f) => (f.commune.code = '16942'))).toThrow(
      'commune.code: asked for 16941, got 16942',
    );
    expect(broken((f) => f.months.push(f.months[0]!))).toThrow(
      'months[2]: 2026-01 storefront appears twice',
    );
    expect(() => readCommuneFigures(null, expected)).toThrow(ContractError);
  });

  it('requires the rule of which orders count, and the unpaid COD orders apart (ADR 033)', () => {
    const without = figures() as Record<string, unknown>;
    delete without.counted_orders;
    expect(() => readCommuneFigures(without, expected)).toThrow(/^counted_orders/);
    const answer = figures();
    answer.awaiting_payment.orders = -1;
    expect(() => readCommuneFigures(answer, expected)).toThrow(
      'awaiting_payment.orders: expected a whole number ≥ 0, got -1',
    );
  });

  it('accepts a month whose returns outweigh its sales, and any recent year when none was asked', () => {
    const answer = figures();
    answer.months[0]!.amount_vnd = -50_000;
    expect(readCommuneFigures(answer, { code: '16941', year: null }).months[0]!.amount_vnd).toBe(
      -50_000,
    );
  });
});
