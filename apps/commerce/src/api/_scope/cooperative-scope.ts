import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { readProductMetadata } from '@nguongoc/contracts';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { type Caller, callerOf } from './caller';

/**
 * Whether `caller` may touch `cooperative`: the operator any, a member their own, an officer
 * (read-only routes) their commune's.
 */
export function mayTouch(caller: Caller, cooperative: { id: string; commune_code: string }) {
  if (caller.kind === 'member') return caller.member.cooperative_id === cooperative.id;
  if (caller.kind === 'officer') return caller.officer.commune_code === cooperative.commune_code;
  return true;
}

/**
 * Whether `caller` may touch a product of its cooperative: a household member only the products
 * of their household (`metadata.household_id`).
 */
function mayTouchProduct(caller: Caller, metadata: Record<string, unknown> | null | undefined) {
  if (caller.kind !== 'member' || caller.member.role !== 'household') return true;
  return readProductMetadata(metadata).household_id === caller.member.household_id;
}

const noCooperative = (id: string | undefined) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không tìm thấy hợp tác xã ${id ?? ''} / cooperative ${id ?? ''} not found`,
  );

/**
 * The cooperative a request is about, if its caller may touch it; otherwise 404, as if it did not
 * exist. A member's is their own (the `/coop` routes name none; a different `id` is not theirs);
 * the operator's is `id`, from the `/admin` route's path.
 */
export async function cooperativeFor(req: AuthenticatedMedusaRequest, id: string | undefined) {
  const caller = await callerOf(req);
  const wanted = caller.kind === 'member' ? (id ?? caller.member.cooperative_id) : id;
  if (!wanted) throw noCooperative(id);
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const [cooperative] = await service.listCooperatives({ id: wanted });
  if (!cooperative || !mayTouch(caller, cooperative)) throw noCooperative(id);
  return cooperative;
}

/** A product with its cooperative, if the caller may touch it; otherwise 404. */
export async function productFor(req: AuthenticatedMedusaRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: ['id', 'title', 'handle', 'metadata', 'cooperative.*'],
    filters: { id: productId },
  });
  const product = data[0];
  const caller = await callerOf(req);
  if (
    !product ||
    !product.cooperative ||
    !mayTouch(caller, product.cooperative) ||
    !mayTouchProduct(caller, product.metadata)
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy sản phẩm ${productId} của hợp tác xã / product ${productId} of a cooperative not found`,
    );
  }
  return { ...product, cooperative: product.cooperative };
}

/**
 * The products of a cooperative the caller may touch (a household member: their household's),
 * with their metadata.
 */
export async function productsOf(req: AuthenticatedMedusaRequest, cooperativeId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'cooperative',
    fields: ['id', 'products.id', 'products.title', 'products.handle', 'products.metadata'],
    filters: { id: cooperativeId },
  });
  const caller = await callerOf(req);
  return (data[0]?.products ?? []).filter(
    (product): product is NonNullable<typeof product> =>
      product !== null && mayTouchProduct(caller, product.metadata),
  );
}
