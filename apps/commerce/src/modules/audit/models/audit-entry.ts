import { model } from '@medusajs/framework/utils';

/**
 * One write by one account (ADR 031): who (actor type and ID), what (method and path), which
 * record, when, from where, and the answer's status. Append-only: the database refuses to change
 * or delete a row (see the migration).
 */
export const AuditEntry = model
  .define('audit_entry', {
    id: model.id({ prefix: 'aud' }).primaryKey(),
    actor_type: model.text(),
    actor_id: model.text(),
    /** The cooperative the write touched, when known: its manager reads these. */
    cooperative_id: model.text().nullable(),
    method: model.text(),
    path: model.text(),
    /** The record written: the path's ID, or the one the answer created. */
    record_id: model.text().nullable(),
    status: model.number(),
    ip: model.text().nullable(),
  })
  .indexes([{ on: ['cooperative_id', 'created_at'] }, { on: ['created_at'] }]);
