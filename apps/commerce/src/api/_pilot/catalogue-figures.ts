import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { EXCHANGE_IDS } from '@nguongoc/connectors';
import type { CatalogueFigures, PilotScope } from '@nguongoc/pilot-report';
import { CHANNEL_MODULE } from '../../modules/channel';
import type ChannelModuleService from '../../modules/channel/service';
import { COOPERATIVE_MODULE } from '../../modules/cooperative';
import type CooperativeModuleService from '../../modules/cooperative/service';
import { productFacts } from '../../modules/sales/product-facts';

// Shared by the admin's pilot routes and the store's open commune figures, hence here and not
// beside either.

/**
 * The registration and catalogue indicators of a scope: its cooperatives (by their commune),
 * its households (by theirs), their seller accounts and live listings on each exchange, and the
 * cooperatives' published products with and without a traced lot or OCOP stars.
 */
export async function catalogueFigures(
  container: MedusaContainer,
  scope: PilotScope,
): Promise<CatalogueFigures> {
  const cooperativeService = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const channel = container.resolve<ChannelModuleService>(CHANNEL_MODULE);
  // A cooperative's own, else a commune's, else everything; `key` names the cooperative's ID.
  const within = (key: 'id' | 'cooperative_id') =>
    scope.cooperative_id
      ? { [key]: scope.cooperative_id }
      : scope.commune_code
        ? { commune_code: scope.commune_code }
        : {};
  const [cooperatives, households] = await Promise.all([
    cooperativeService.listCooperatives(within('id'), { select: ['id'] }),
    cooperativeService.listHouseholds(within('cooperative_id'), { select: ['id'] }),
  ]);
  const cooperativeIds = cooperatives.map((cooperative) => cooperative.id);
  const householdIds = households.map((household) => household.id);
  const [ownAccounts, householdAccounts, listings] = await Promise.all([
    cooperativeIds.length === 0
      ? []
      : channel.listChannelAccounts({ cooperative_id: cooperativeIds, household_id: null }),
    householdIds.length === 0 ? [] : channel.listChannelAccounts({ household_id: householdIds }),
    cooperativeIds.length === 0
      ? []
      : channel.listChannelListings({ cooperative_id: cooperativeIds, status: 'live' }),
  ]);

  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } =
    cooperativeIds.length === 0
      ? { data: [] }
      : await query.graph({
          entity: 'cooperative',
          fields: ['id', 'products.id', 'products.status'],
          filters: { id: cooperativeIds },
        });
  const productIds = data
    .flatMap((cooperative) => cooperative.products ?? [])
    .flatMap((product) => (product?.status === 'published' ? [product.id] : []));
  const facts = [...(await productFacts(container, productIds)).values()];

  const distinct = (values: string[]) => new Set(values).size;
  return {
    cooperatives: cooperativeIds.length,
    households: householdIds.length,
    by_exchange: EXCHANGE_IDS.map((exchange) => ({
      exchange,
      cooperatives: distinct(
        ownAccounts.filter((a) => a.exchange === exchange).map((a) => a.cooperative_id),
      ),
      households: distinct(
        householdAccounts.filter((a) => a.exchange === exchange).map((a) => a.household_id!),
      ),
      live_products: distinct(
        listings.filter((l) => l.exchange === exchange).map((l) => l.product_id),
      ),
    })),
    on_exchanges: {
      cooperatives: distinct(ownAccounts.map((a) => a.cooperative_id)),
      households: distinct(householdAccounts.map((a) => a.household_id!)),
    },
    products: {
      total: facts.length,
      traceable: facts.filter((fact) => fact.traceable).length,
      ocop: facts.filter((fact) => fact.ocop_stars !== null).length,
    },
  };
}
