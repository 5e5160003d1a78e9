import { model } from '@medusajs/framework/utils';

/** NguonGoc's category key (e.g. `trai-cay/cam`) → the exchange's category, set by a person. */
export const CategoryMapping = model
  .define('channel_category_mapping', {
    id: model.id({ prefix: 'chcat' }).primaryKey(),
    /** postmart, voso or 37nghean: text, as `37nghean` cannot be a GraphQL enum value. */
    exchange: model.text(),
    category_key: model.text(),
    exchange_category_id: model.text(),
  })
  .indexes([{ on: ['exchange', 'category_key'], unique: true }]);
