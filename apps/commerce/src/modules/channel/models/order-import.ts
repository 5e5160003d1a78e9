import { model } from '@medusajs/framework/utils';

/** One uploaded order export: what was read, kept, new, changed, and every refused row. */
export const OrderImport = model.define('channel_order_import', {
  id: model.id({ prefix: 'chimp' }).primaryKey(),
  cooperative_id: model.text().index(),
  /** postmart, voso or 37nghean: text, as `37nghean` cannot be a GraphQL enum value. */
  exchange: model.text(),
  file_name: model.text(),
  /** SHA-256 of the file's bytes. */
  file_hash: model.text(),
  rows_read: model.number(),
  rows_kept: model.number(),
  lines_created: model.number(),
  lines_updated: model.number(),
  lines_unchanged: model.number(),
  /** The import's problems (file, row, column, code, message), errors and warnings. */
  problems: model.json(),
});
