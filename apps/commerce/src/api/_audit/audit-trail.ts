import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { AUDIT_MODULE } from '#modules/audit/index';
import type AuditModuleService from '#modules/audit/service';
import { knownCaller } from '../_scope/caller';
import { cooperativeOfPath } from './audit-cooperative';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The ID of what an answer created or changed: its first top-level object's `id`. */
function answeredId(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  for (const value of Object.values(body)) {
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { id?: unknown }).id === 'string'
    ) {
      return (value as { id: string }).id;
    }
  }
  return null;
}

/**
 * Appends one audit entry per write by a signed-in account (ADR 031): every POST and DELETE on
 * `/admin` (Medusa's own routes too), `/coop`, `/commune` and `/invitations` that succeeded (a
 * refused request wrote nothing; Medusa's log and the login throttle see those).
 * Recorded after the answer, so a write is never slowed or failed by its record; a record that
 * cannot be written is logged.
 */
export function auditTrail(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (READS.has(req.method)) return next();
  let answered: string | null = null;
  const json = res.json.bind(res);
  res.json = ((body: unknown) => {
    answered = answeredId(body);
    return json(body);
  }) as typeof res.json;
  res.on('finish', () => {
    const { auth_context } = req as AuthenticatedMedusaRequest;
    if (!auth_context || res.statusCode >= 400) return;
    const record = async () => {
      const caller = knownCaller(req);
      const path = req.originalUrl.split('?')[0]!;
      const params = Object.values(req.params ?? {}).filter(
        (v): v is string => typeof v === 'string',
      );
      await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).createAuditEntries({
        actor_type: auth_context.actor_type,
        actor_id: auth_context.actor_id || `auth_identity:${auth_context.auth_identity_id}`,
        cooperative_id:
          caller?.kind === 'member'
            ? caller.member.cooperative_id
            : await cooperativeOfPath(req.scope, path).catch(() => null),
        method: req.method,
        path,
        // What a creation made (201), else the record the path names.
        record_id: res.statusCode === 201 && answered ? answered : (params.at(-1) ?? answered),
        status: res.statusCode,
        ip: req.ip ?? null,
      });
    };
    record().catch((error: unknown) =>
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`audit trail: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
  next();
}
