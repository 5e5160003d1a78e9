import { model } from '@medusajs/framework/utils';

/**
 * A cooperative (HTX) or OCOP producer that sells in the commune store. Its commune is a code of
 * the 2025 administrative units; its trace ledger is named by `trace_origin`.
 */
export const Cooperative = model.define('cooperative', {
  id: model.id({ prefix: 'coop' }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  /** Mã số thuế (MST): 10 digits, or 10 + "-" + 3 for a branch. */
  tax_code: model.text().unique(),
  /** Số đăng ký hợp tác xã. */
  registration_number: model.text(),
  commune_code: model.text().index(),
  province_code: model.text().index(),
  address: model.text(),
  contact_name: model.text(),
  phone: model.text(),
  email: model.text().nullable(),
  bank_name: model.text().nullable(),
  bank_account_number: model.text().nullable(),
  bank_account_holder: model.text().nullable(),
  description: model.text().nullable(),
  /** The origin of the cooperative's trace ledger (e.g. `nguongoc.vn/htx-cam-nghia-dan`). */
  trace_origin: model.text().unique().nullable(),
});
