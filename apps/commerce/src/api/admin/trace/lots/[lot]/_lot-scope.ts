import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { type Lot, normalizeShortCode } from '@nguongoc/trace-core';
import { mayTouch, userScope } from '#api/_scope/cooperative-scope';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';

/** A lot and its cooperative's ledger, if this admin user may touch that cooperative; else 404. */
export async function lotFor(
  req: AuthenticatedMedusaRequest,
  code: string,
): Promise<{ lot: Lot; origin: string }> {
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const cooperatives = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không tìm thấy lô ${code} / lot ${code} not found`,
  );
  let id: string;
  try {
    id = normalizeShortCode(code);
  } catch {
    throw notFound;
  }
  const lot = await trace.store.getRecord('lot', id);
  const [owner] = lot ? await cooperatives.listCooperatives({ handle: lot.organisationId }) : [];
  const scope = await userScope(req);
  if (!lot || !owner?.trace_origin || !mayTouch(scope, owner)) throw notFound;
  return { lot, origin: owner.trace_origin };
}
