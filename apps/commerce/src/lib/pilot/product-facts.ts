import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { COOPERATIVE_MODULE } from '../../modules/cooperative';
import type CooperativeModuleService from '../../modules/cooperative/service';
import { TRACE_MODULE } from '../../modules/trace';
import type TraceModuleService from '../../modules/trace/service';
import { ocopStars } from '../ocop';

/** What the pilot's figures need to know of a product when one of its lines is sold. */
export interface ProductFacts {
  cooperative_id: string;
  household_id: string | null;
  /** Where it is produced: the household's commune if it names one, else the cooperative's. */
  commune_code: string;
  province_code: string;
  ocop_stars: number | null;
  /** It has at least one traced lot. */
  traceable: boolean;
}

interface GraphProduct {
  id: string;
  metadata: Record<string, unknown> | null;
  cooperative?: {
    id: string;
    commune_code: string;
    province_code: string;
    trace_origin: string | null;
  } | null;
}

/**
 * The facts of the given products that a cooperative sells (others are left out). The producer is
 * `metadata.household_id`, a household of the same cooperative; OCOP is `metadata.ocop_stars`
 * (3 to 5); traceable means the trace ledger holds a lot of `metadata.trace_product_id`.
 */
export async function productFacts(
  container: MedusaContainer,
  productIds: string[],
): Promise<Map<string, ProductFacts>> {
  const facts = new Map<string, ProductFacts>();
  if (productIds.length === 0) return facts;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: [
      'id',
      'metadata',
      'cooperative.id',
      'cooperative.commune_code',
      'cooperative.province_code',
      'cooperative.trace_origin',
    ],
    filters: { id: [...new Set(productIds)] },
  });
  const products = (data as unknown as GraphProduct[]).filter((product) => product.cooperative);
  const householdIds = products
    .map((product) => product.metadata?.household_id)
    .filter((id): id is string => typeof id === 'string' && id !== '');
  const households = new Map(
    householdIds.length === 0
      ? []
      : (
          await container
            .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
            .listHouseholds({ id: householdIds })
        ).map((household) => [household.id, household]),
  );
  // One read of each ledger's lots, not one per product.
  const trace = container.resolve<TraceModuleService>(TRACE_MODULE);
  const origins = [...new Set(products.map((p) => p.cooperative!.trace_origin))].filter(
    (origin): origin is string => Boolean(origin),
  );
  const traced = new Map(
    await Promise.all(
      origins.map(async (origin) => [origin, await trace.tracedProducts(origin)] as const),
    ),
  );
  for (const product of products) {
    const cooperative = product.cooperative!;
    const metadata = product.metadata ?? {};
    const household = households.get(String(metadata.household_id));
    const ownHousehold = household?.cooperative_id === cooperative.id ? household : undefined;
    const traceProductId = metadata.trace_product_id;
    facts.set(product.id, {
      cooperative_id: cooperative.id,
      household_id: ownHousehold?.id ?? null,
      commune_code: ownHousehold?.commune_code ?? cooperative.commune_code,
      province_code: ownHousehold?.province_code ?? cooperative.province_code,
      ocop_stars: ocopStars(metadata),
      traceable:
        typeof traceProductId === 'string' &&
        (traced.get(cooperative.trace_origin ?? '')?.has(traceProductId) ?? false),
    });
  }
  return facts;
}
