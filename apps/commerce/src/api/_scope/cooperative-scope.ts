import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError, Modules } from '@medusajs/framework/utils';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';

/**
 * Whom an admin user works for, from the Medusa user's metadata: one cooperative's staff
 * (`cooperative_id`), a commune officer (`commune_code`: that commune's cooperatives), or
 * neither: the commune administrator, who sees every cooperative.
 */
export async function userScope(
  req: AuthenticatedMedusaRequest,
): Promise<{ cooperative_id: string | null; commune_code: string | null }> {
  const user = await req.scope.resolve(Modules.USER).retrieveUser(req.auth_context.actor_id);
  const text = (key: string) => {
    const value = user.metadata?.[key];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return { cooperative_id: text('cooperative_id'), commune_code: text('commune_code') };
}

/** The cooperative an admin user works for (`metadata.cooperative_id`), else null. */
export async function cooperativeScope(req: AuthenticatedMedusaRequest): Promise<string | null> {
  return (await userScope(req)).cooperative_id;
}

/** Whether a user of `scope` may touch `cooperative`. */
export function mayTouch(
  scope: { cooperative_id: string | null; commune_code: string | null },
  cooperative: { id: string; commune_code: string },
): boolean {
  if (scope.cooperative_id) return scope.cooperative_id === cooperative.id;
  return !scope.commune_code || scope.commune_code === cooperative.commune_code;
}

/** The cooperative, if this user may touch it; otherwise 404, as if it did not exist. */
export async function cooperativeFor(req: AuthenticatedMedusaRequest, id: string) {
  const scope = await userScope(req);
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const [cooperative] = await service.listCooperatives({ id });
  if (!cooperative || !mayTouch(scope, cooperative)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy hợp tác xã ${id} / cooperative ${id} not found`,
    );
  }
  return cooperative;
}

/** A product with its cooperative, if this user may touch that cooperative; otherwise 404. */
export async function productFor(req: AuthenticatedMedusaRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: ['id', 'title', 'handle', 'metadata', 'cooperative.*'],
    filters: { id: productId },
  });
  const product = data[0];
  const scope = await userScope(req);
  if (!product || !product.cooperative || !mayTouch(scope, product.cooperative)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy sản phẩm ${productId} của hợp tác xã / product ${productId} of a cooperative not found`,
    );
  }
  return { ...product, cooperative: product.cooperative };
}
