import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { AuditEntriesAnswer } from '@nguongoc/contracts';
import { callerOf } from '#api/_scope/caller';
import { AUDIT_MODULE } from '#modules/audit/index';
import type AuditModuleService from '#modules/audit/service';

const PAGE = 100;

/**
 * GET /admin/audit-entries?cooperative_id=&actor_id=&offset= (the operator: every write) and
 * GET /coop/audit-entries?actor_id=&offset= (a cooperative's manager: their cooperative's),
 * newest first, 100 a page, with the total.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const caller = await callerOf(req);
  const text = (key: string) =>
    typeof req.query[key] === 'string' && req.query[key] !== '' ? req.query[key] : undefined;
  const cooperative_id =
    caller.kind === 'member' ? caller.member.cooperative_id : text('cooperative_id');
  const actor_id = text('actor_id');
  const offset = Math.max(0, Math.trunc(Number(text('offset') ?? 0)) || 0);
  const [entries, count] = await req.scope
    .resolve<AuditModuleService>(AUDIT_MODULE)
    .listAndCountAuditEntries(
      { ...(cooperative_id ? { cooperative_id } : {}), ...(actor_id ? { actor_id } : {}) },
      { order: { created_at: 'DESC' }, skip: offset, take: PAGE },
    );
  res.json({ entries, count, offset, limit: PAGE } satisfies AuditEntriesAnswer);
}
