import { describe, expect, it } from 'vitest';
import { storefrontNet } from '../src/index.js';

const item = (quantity: number, amount_vnd: number, returned_quantity = 0) => ({
  quantity,
  amount_vnd,
  returned_quantity,
});

describe('what still counts of a storefront order', () => {
  it('counts everything of an order kept whole', () => {
    expect(storefrontNet([item(2, 500_000), item(1, 65_000)], 0, false)).toEqual([
      { quantity: 2, amount_vnd: 500_000 },
      { quantity: 1, amount_vnd: 65_000 },
    ]);
  });

  it('counts nothing of a cancelled order, whatever was refunded', () => {
    expect(storefrontNet([item(2, 500_000)], 500_000, true)).toEqual([
      { quantity: 0, amount_vnd: 0 },
    ]);
  });

  it('takes a return off at its share, and its refund only once', () => {
    // One of three boxes back, refunded 100.000 ₫: the refund pays for the return.
    expect(storefrontNet([item(3, 300_000, 1), item(1, 65_000)], 100_000, false)).toEqual([
      { quantity: 2, amount_vnd: 200_000 },
      { quantity: 1, amount_vnd: 65_000 },
    ]);
  });

  it('takes a refund beyond the returned goods off the kept amounts, in proportion, to the đồng', () => {
    // 10.001 ₫ refunded without a return over 200.000 and 100.000: 6.667 and 3.333, and the
    // đồng left by rounding off the larger: 6.668 + 3.333.
    const net = storefrontNet([item(2, 200_000), item(1, 100_000)], 10_001, false);
    expect(net).toEqual([
      { quantity: 2, amount_vnd: 193_332 },
      { quantity: 1, amount_vnd: 96_667 },
    ]);
    expect(net.reduce((sum, line) => sum + line.amount_vnd, 0)).toBe(300_000 - 10_001);
  });

  it('never counts below nothing when more is refunded than was paid', () => {
    expect(storefrontNet([item(1, 50_000)], 80_000, false)).toEqual([
      { quantity: 1, amount_vnd: 0 },
    ]);
  });

  it('rounds a partial return of an odd amount to whole đồng', () => {
    expect(storefrontNet([item(3, 100_000, 1)], 0, false)).toEqual([
      { quantity: 2, amount_vnd: 66_667 },
    ]);
  });
});
