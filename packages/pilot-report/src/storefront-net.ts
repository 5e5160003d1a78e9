/** One item of a storefront order, as the order module reports it. */
export interface OrderItemSold {
  quantity: number;
  /** What the buyer pays for the item, whole đồng. */
  amount_vnd: number;
  /** Units received back by a return. */
  returned_quantity: number;
}

/**
 * What still counts of each item of an order: nothing if the order is cancelled; else the units
 * not returned, at their share of the item's amount; then any refund beyond the returned goods'
 * value (a goodwill refund, a refund without a return) comes off the kept amounts in proportion,
 * the đồng left by rounding going to the largest. So a refund that pays for a return is not
 * taken off twice, and the sum of the net amounts is never below zero.
 */
export function storefrontNet(
  items: OrderItemSold[],
  refundedVnd: number,
  cancelled: boolean,
): { quantity: number; amount_vnd: number }[] {
  if (cancelled) return items.map(() => ({ quantity: 0, amount_vnd: 0 }));
  const kept = items.map((item) => {
    const quantity = Math.max(0, item.quantity - Math.min(item.returned_quantity, item.quantity));
    const amount_vnd =
      item.quantity === 0 ? 0 : Math.round((item.amount_vnd * quantity) / item.quantity);
    return { quantity, amount_vnd };
  });
  const returnedValue = items.reduce(
    (sum, item, i) => sum + item.amount_vnd - kept[i]!.amount_vnd,
    0,
  );
  const keptTotal = kept.reduce((sum, item) => sum + item.amount_vnd, 0);
  const extra = Math.min(keptTotal, Math.max(0, Math.round(refundedVnd) - returnedValue));
  if (extra === 0) return kept;
  const shares = kept.map((item) => Math.floor((extra * item.amount_vnd) / keptTotal));
  let left = extra - shares.reduce((sum, share) => sum + share, 0);
  const byAmount = kept.map((_, i) => i).sort((a, b) => kept[b]!.amount_vnd - kept[a]!.amount_vnd);
  for (const i of byAmount) {
    if (left === 0) break;
    if (shares[i]! < kept[i]!.amount_vnd) {
      shares[i]! += 1;
      left -= 1;
    }
  }
  return kept.map((item, i) => ({
    quantity: item.quantity,
    amount_vnd: item.amount_vnd - shares[i]!,
  }));
}
