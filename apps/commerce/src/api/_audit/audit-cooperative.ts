import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { normalizeShortCode } from '@nguongoc/trace-core';
import { CHANNEL_MODULE } from '#modules/channel/index';
import type ChannelModuleService from '#modules/channel/service';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';

/**
 * The cooperative an operator's write touched, read from its path: a cooperative's own routes,
 * a product, a channel listing or a lot; null for anything else (Medusa's orders, users, keys…),
 * or if the record is gone. A member's writes need none of this: their cooperative is theirs.
 */
export async function cooperativeOfPath(
  scope: MedusaContainer,
  path: string,
): Promise<string | null> {
  const [, kind, id] =
    /^\/admin\/(cooperatives|products|channel-listings|trace\/lots)\/([^/]+)/.exec(path) ?? [];
  if (!kind || !id) return null;
  if (kind === 'cooperatives') return id;
  if (kind === 'products') {
    const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: 'product',
      fields: ['id', 'cooperative.id'],
      filters: { id },
    });
    return data[0]?.cooperative?.id ?? null;
  }
  if (kind === 'channel-listings') {
    const [listing] = await scope
      .resolve<ChannelModuleService>(CHANNEL_MODULE)
      .listChannelListings({ id });
    return listing?.cooperative_id ?? null;
  }
  const lot = await scope
    .resolve<TraceModuleService>(TRACE_MODULE)
    .store.getRecord('lot', normalizeShortCode(id));
  if (!lot) return null;
  const [owner] = await scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperatives({ handle: lot.organisationId });
  return owner?.id ?? null;
}
