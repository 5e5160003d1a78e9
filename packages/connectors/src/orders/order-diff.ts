import type { NormalisedOrder } from '../types.js';

/** What an import adds to what is already kept. */
export interface OrderDiff {
  /** Orders whose key is not kept yet. */
  added: NormalisedOrder[];
  /** Orders kept with another content hash (a status moved on, a line changed). */
  changed: NormalisedOrder[];
  /** Keys of orders kept exactly as imported: importing them again creates nothing. */
  unchanged: string[];
}

/**
 * Compares imported orders with the ones already stored, by their stable key and content hash.
 * `existing` maps order key → content hash; a set of keys alone can tell only what is new.
 */
export function diffOrders(
  existing: ReadonlyMap<string, string> | ReadonlySet<string>,
  imported: readonly NormalisedOrder[],
): OrderDiff {
  const diff: OrderDiff = { added: [], changed: [], unchanged: [] };
  for (const order of imported) {
    if (!existing.has(order.key)) diff.added.push(order);
    else if (existing instanceof Map && existing.get(order.key) !== order.contentHash)
      diff.changed.push(order);
    else diff.unchanged.push(order.key);
  }
  return diff;
}
