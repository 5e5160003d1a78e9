import { model } from '@medusajs/framework/utils';

/**
 * One line of one order, from any channel: the storefront's own orders and the orders imported
 * from the exchanges. `key` is stable per line (`storefront:<order>:<line item>`,
 * `voso:<external order>:<sku>`), so a line is written once however often its order is seen;
 * a later status (cancelled, returned) updates it in place. What the line was when sold (the
 * producer, its commune, OCOP, traceability) is kept on it, so a figure for a past quarter does
 * not move when a product changes later. A trigger keeps the half-monthly totals
 * `sales_half_month` (ADR 018).
 */
export const SalesLine = model.define('sales_line', {
  id: model.id({ prefix: 'sline' }).primaryKey(),
  key: model.text().unique(),
  /** `storefront`, `postmart`, `voso` or `37nghean`. */
  channel: model.text().index(),
  /** The order's ID in its channel. */
  order_ref: model.text(),
  cooperative_id: model.text().index(),
  /** The producing household (member of the cooperative), when the product names one. */
  household_id: model.text().nullable(),
  /** Where the goods were produced: the household's commune, else the cooperative's. */
  commune_code: model.text().index().nullable(),
  province_code: model.text().nullable(),
  product_id: model.text().nullable(),
  sku: model.text(),
  quantity: model.number(),
  /** Whole đồng, as ordered. */
  amount_vnd: model.bigNumber(),
  /** What still counts after cancellation, returns and refunds (0 for a cancelled line). */
  net_quantity: model.number().default(0),
  net_amount_vnd: model.bigNumber().default(0),
  /** The product's OCOP stars when it was sold (null: not OCOP). */
  ocop_stars: model.number().nullable(),
  /** Whether the product had a traced lot when it was sold. */
  traceable: model.boolean().default(false),
  /** One line per order and cooperative carries the order, so orders are counted once. */
  order_head: model.boolean().default(false),
  buyer_province_code: model.text().nullable(),
  buyer_commune_code: model.text().index().nullable(),
  ordered_at: model.dateTime().index(),
  /**
   * pending, confirmed, shipping, delivered, cancelled, returned (storefront: placed, cancelled,
   * returned, and awaiting_payment until a cash-on-delivery order's cash is recorded: ADR 033).
   */
  status: model.text(),
  /** Hash of the order as last seen: an unchanged order is not written again. */
  content_hash: model.text().nullable(),
});
