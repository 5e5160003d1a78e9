import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError, Modules } from '@medusajs/framework/utils';
import { COOPERATIVE_MODULE } from '../modules/cooperative';
import type CooperativeModuleService from '../modules/cooperative/service';

/**
 * Which cooperative an admin user works for: `metadata.cooperative_id` on the Medusa user. A user
 * without it is the commune's administrator and sees every cooperative.
 */
export async function cooperativeScope(req: AuthenticatedMedusaRequest): Promise<string | null> {
  const users = req.scope.resolve(Modules.USER);
  const user = await users.retrieveUser(req.auth_context.actor_id);
  const id = user.metadata?.cooperative_id;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** The cooperative, if this user may touch it; otherwise 404, as if it did not exist. */
export async function cooperativeFor(req: AuthenticatedMedusaRequest, id: string) {
  const scope = await cooperativeScope(req);
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const [cooperative] = scope && scope !== id ? [] : await service.listCooperatives({ id });
  if (!cooperative) {
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
  const product = data[0] as
    | {
        id: string;
        title: string;
        handle: string;
        metadata: Record<string, unknown> | null;
        cooperative?: { id: string; handle: string; trace_origin: string | null } | null;
      }
    | undefined;
  const scope = await cooperativeScope(req);
  if (!product || !product.cooperative || (scope && scope !== product.cooperative.id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy sản phẩm ${productId} của hợp tác xã / product ${productId} of a cooperative not found`,
    );
  }
  return { ...product, cooperative: product.cooperative };
}
