import { model } from '@medusajs/framework/utils';

/**
 * One line of one order, from any channel: the storefront's own orders and the orders imported
 * from the exchanges. `key` is stable per line (`storefront:<order>:<line item>`,
 * `voso:<external order>:<sku>`), so a line is written once however often its order is seen;
 * a later status (cancelled, returned) updates it in place.
 */
export const SalesLine = model.define('sales_line', {
  id: model.id({ prefix: 'sline' }).primaryKey(),
  key: model.text().unique(),
  /** `storefront`, `postmart`, `voso` or `37nghean`. */
  channel: model.text().index(),
  /** The order's ID in its channel. */
  order_ref: model.text(),
  cooperative_id: model.text().index(),
  product_id: model.text().nullable(),
  sku: model.text(),
  quantity: model.number(),
  /** Whole đồng. */
  amount_vnd: model.bigNumber(),
  buyer_province_code: model.text().nullable(),
  buyer_commune_code: model.text().index().nullable(),
  ordered_at: model.dateTime().index(),
  /** pending, confirmed, shipping, delivered, cancelled, returned (storefront: placed, cancelled). */
  status: model.text(),
  /** Hash of the order as last seen: an unchanged order is not written again. */
  content_hash: model.text().nullable(),
});
