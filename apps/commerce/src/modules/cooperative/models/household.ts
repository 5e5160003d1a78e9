import { model } from '@medusajs/framework/utils';

/**
 * A producing household (hộ sản xuất) that sells through a cooperative: the pilot counts them.
 * The head's name and phone are personal data: they are never published, only counted.
 */
export const Household = model.define('household', {
  id: model.id({ prefix: 'hh' }).primaryKey(),
  cooperative_id: model.text().index(),
  /** The head of the household (chủ hộ). */
  head_name: model.text(),
  phone: model.text().nullable(),
  commune_code: model.text().index(),
  province_code: model.text().index(),
});
