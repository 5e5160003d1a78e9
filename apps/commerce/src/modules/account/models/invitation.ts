import { model } from '@medusajs/framework/utils';

/**
 * An invitation to become a cooperative's member or a commune's officer. Only the SHA-256 of its
 * token is kept; the token is shown once, to whoever invited. It expires, and is used once.
 */
export const Invitation = model.define('account_invitation', {
  id: model.id({ prefix: 'ainv' }).primaryKey(),
  kind: model.enum(['cooperative_member', 'commune_officer']),
  cooperative_id: model.text().index().nullable(),
  commune_code: model.text().index().nullable(),
  role: model.enum(['manager', 'staff', 'household']).nullable(),
  household_id: model.text().nullable(),
  /** Whom it is for: their name, and the email or phone (+84…) they will sign in with. */
  name: model.text(),
  email: model.text().nullable(),
  phone: model.text().nullable(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  revoked_at: model.dateTime().nullable(),
  invited_by_actor_type: model.text(),
  invited_by_id: model.text(),
});
