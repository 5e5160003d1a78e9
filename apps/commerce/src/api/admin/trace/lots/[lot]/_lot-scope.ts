import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { readProductMetadata } from '@nguongoc/contracts';
import { type Lot, normalizeShortCode } from '@nguongoc/trace-core';
import { callerOf } from '#api/_scope/caller';
import { mayTouch, productsOf } from '#api/_scope/cooperative-scope';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';

/**
 * A lot and its cooperative's ledger, if the caller may touch that cooperative (a household
 * member: a lot of one of their household's products); else 404.
 */
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
  const caller = await callerOf(req);
  if (!lot || !owner?.trace_origin || !mayTouch(caller, owner)) throw notFound;
  if (caller.kind === 'member' && caller.member.role === 'household') {
    const products = await productsOf(req, owner.id);
    const own = products.some(
      (product) => readProductMetadata(product.metadata).trace_product_id === lot.productId,
    );
    if (!own) throw notFound;
  }
  return { lot, origin: owner.trace_origin };
}
