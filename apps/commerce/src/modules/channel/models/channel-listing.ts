import { model } from '@medusajs/framework/utils';

/**
 * A product on one exchange. `last_export_hash` is the payload hash of what was last exported:
 * a listing whose current payload hashes otherwise (a new price, stock, text) is stale, and the
 * next delta export carries it.
 */
export const ChannelListing = model
  .define('channel_listing', {
    id: model.id({ prefix: 'chlst' }).primaryKey(),
    cooperative_id: model.text().index(),
    product_id: model.text().index(),
    /** postmart, voso or 37nghean: text, as `37nghean` cannot be a GraphQL enum value. */
    exchange: model.text(),
    status: model.enum(['draft', 'ready', 'exported', 'live', 'paused', 'error']).default('draft'),
    /** The listing's page on the exchange, pasted by the cooperative once it is live. */
    external_url: model.text().nullable(),
    last_export_hash: model.text().nullable(),
    last_exported_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ['product_id', 'exchange'], unique: true }]);
