import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { readProductMetadata } from '@nguongoc/contracts';
import { COOPERATIVE_MODULE } from '../cooperative';
import type CooperativeModuleService from '../cooperative/service';
import { TRACE_MODULE } from '../trace';
import { ledgerFacts, ledgerRef } from '../trace/product-facts';
import type TraceModuleService from '../trace/service';

// Read from the container, not by the sales module's service: the facts come from the product,
// cooperative and trace modules, and a module does not resolve another. The sales lines' writers
// and the pilot's catalogue figures call it.

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

/**
 * The facts of the given products that a cooperative sells (others are left out). The producer is
 * `metadata.household_id`, a household of the same cooperative; OCOP is the stars of the ledger
 * product record `metadata.trace_product_id` while its rating holds (ADR 039); traceable means the trace ledger holds a lot of `metadata.trace_product_id`.
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
  const products = data.flatMap(({ id, metadata, cooperative }) =>
    cooperative
      ? [{ id, raw: metadata, metadata: readProductMetadata(metadata), cooperative }]
      : [],
  );
  const householdIds = products.flatMap(({ metadata }) =>
    metadata.household_id ? [metadata.household_id] : [],
  );
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
  const origins = [...new Set(products.map((p) => p.cooperative.trace_origin))].filter(
    (origin): origin is string => Boolean(origin),
  );
  const traced = new Map(
    await Promise.all(
      origins.map(async (origin) => [origin, await trace.newestLots(origin)] as const),
    ),
  );
  const stars = new Map<string, number>();
  await Promise.all(
    origins.map(async (origin) => {
      const own = products.filter((product) => product.cooperative.trace_origin === origin);
      const facts = await ledgerFacts(
        trace,
        origin,
        own.map((product) => ledgerRef(product.raw)),
      );
      own.forEach((product, i) => {
        const ocop = facts[i]?.ocop;
        if (ocop && ocop.status !== 'expired') stars.set(product.id, ocop.stars);
      });
    }),
  );
  for (const { id, metadata, cooperative } of products) {
    const household = metadata.household_id ? households.get(metadata.household_id) : undefined;
    const ownHousehold = household?.cooperative_id === cooperative.id ? household : undefined;
    const traceProductId = metadata.trace_product_id;
    facts.set(id, {
      cooperative_id: cooperative.id,
      household_id: ownHousehold?.id ?? null,
      commune_code: ownHousehold?.commune_code ?? cooperative.commune_code,
      province_code: ownHousehold?.province_code ?? cooperative.province_code,
      ocop_stars: stars.get(id) ?? null,
      traceable:
        traceProductId !== undefined &&
        (traced.get(cooperative.trace_origin ?? '')?.has(traceProductId) ?? false),
    });
  }
  return facts;
}
