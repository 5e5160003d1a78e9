import { model } from '@medusajs/framework/utils';

/**
 * A commune officer (cán bộ xã, ADR 031): its `commune_officer` actor reads one commune's
 * figures and reports and changes nothing. Removal ends every session at once.
 */
export const CommuneOfficer = model.define('commune_officer', {
  id: model.id({ prefix: 'coff' }).primaryKey(),
  commune_code: model.text().index(),
  name: model.text(),
  email: model.text().nullable(),
  phone: model.text().nullable(),
  removed_at: model.dateTime().nullable(),
});
