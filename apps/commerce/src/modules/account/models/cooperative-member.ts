import { model } from '@medusajs/framework/utils';

/**
 * A person who works for one cooperative (ADR 031): its `cooperative_member` actor. The role
 * says what they may do there; a household member also belongs to one producing household.
 * Removal keeps the row (the audit trail names it) and ends every session at once.
 */
export const CooperativeMember = model.define('cooperative_member', {
  id: model.id({ prefix: 'cmem' }).primaryKey(),
  cooperative_id: model.text().index(),
  role: model.enum(['manager', 'staff', 'household']),
  /** For a household member: the household (hộ sản xuất) whose products they record. */
  household_id: model.text().nullable(),
  name: model.text(),
  email: model.text().nullable(),
  phone: model.text().nullable(),
  removed_at: model.dateTime().nullable(),
});
