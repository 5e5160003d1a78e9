import { model } from '@medusajs/framework/utils';

/**
 * A seller account on one exchange (sàn thương mại điện tử): the cooperative's own (no
 * `household_id`), or that of one of its member households.
 */
export const ChannelAccount = model
  .define('channel_account', {
    id: model.id({ prefix: 'chacc' }).primaryKey(),
    cooperative_id: model.text().index(),
    household_id: model.text().index().nullable(),
    /** postmart, voso or 37nghean: text, as `37nghean` cannot be a GraphQL enum value. */
    exchange: model.text(),
    /** The shop's name on the exchange, as buyers see it. */
    shop_name: model.text(),
    shop_url: model.text().nullable(),
  })
  .indexes([
    { on: ['cooperative_id', 'exchange'], unique: true, where: 'household_id IS NULL' },
    { on: ['household_id', 'exchange'], unique: true, where: 'household_id IS NOT NULL' },
  ]);
