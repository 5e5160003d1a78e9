import type { MedusaStoreRequest } from '@medusajs/framework/http';
import type { RemoteQueryEntryPoints } from '@medusajs/framework/types';
import type { StoreCooperative } from '@nguongoc/contracts';
import { findCommune, findProvince } from '@nguongoc/vn-admin-units';
import { TRACE_MODULE } from '#modules/trace/index';
import { ledgerFacts, ledgerRef, storeProductFacts } from '#modules/trace/product-facts';
import type TraceModuleService from '#modules/trace/service';

/** The fields of `query.graph` (entity `cooperative`) that {@link storeCooperative} reads. */
export const STORE_COOPERATIVE_FIELDS = [
  'id',
  'handle',
  'name',
  'description',
  'commune_code',
  'province_code',
  'products.id',
  'products.status',
  'products.sales_channels.id',
] as const;

/** With {@link STORE_COOPERATIVE_FIELDS}, what {@link withProductFacts} reads: the ledger. */
export const PRODUCT_FACTS_FIELDS = ['trace_origin', 'products.metadata'] as const;

/**
 * A cooperative as `query.graph` types it (Medusa's generated type): with
 * {@link STORE_COOPERATIVE_FIELDS}, the fields {@link storeCooperative} reads are there.
 */
export type CooperativeRow = RemoteQueryEntryPoints['cooperative'];

/** The sales channels of the request's publishable key (Medusa checks the key before routes). */
export function storeSalesChannels(req: MedusaStoreRequest): string[] {
  return req.publishable_key_context.sales_channel_ids;
}

/**
 * The public view of a cooperative (@nguongoc/contracts' `storeCooperative`: never its contact
 * person, phone, email, bank account, street address or trace ledger). Its products are those
 * this storefront sells: published, in one of the publishable key's sales channels (as
 * `/store/products` would list them).
 */
export function storeCooperative(row: CooperativeRow, salesChannels: string[]): StoreCooperative {
  const commune = findCommune(row.commune_code);
  const province = findProvince(row.province_code);
  return {
    id: row.id,
    handle: row.handle,
    name: row.name,
    description: row.description ?? null,
    commune_code: row.commune_code,
    province_code: row.province_code,
    commune: {
      vi: commune?.fullName ?? row.commune_code,
      en: commune?.fullNameEn ?? row.commune_code,
    },
    province: {
      vi: province?.name ?? row.province_code,
      en: province?.nameEn ?? row.province_code,
    },
    product_ids: (row.products ?? [])
      .filter(
        (product): product is NonNullable<typeof product> =>
          product?.status === 'published' &&
          (product.sales_channels ?? []).some(
            (channel) => !!channel && salesChannels.includes(channel.id),
          ),
      )
      .map((product) => product.id)
      .sort(),
  };
}

/**
 * The cooperative with the ledger facts (OCOP, planting area) of the products it lists, read from
 * its trace ledger once (ADR 039): the shop's cards take their stars from here.
 */
export async function withProductFacts(
  req: MedusaStoreRequest,
  row: CooperativeRow,
  cooperative: StoreCooperative,
): Promise<StoreCooperative> {
  const listed = new Set(cooperative.product_ids);
  const products = (row.products ?? []).filter(
    (product): product is NonNullable<typeof product> => !!product && listed.has(product.id),
  );
  const facts = await ledgerFacts(
    req.scope.resolve<TraceModuleService>(TRACE_MODULE),
    row.trace_origin,
    products.map((product) => ledgerRef(product.metadata)),
  );
  return {
    ...cooperative,
    product_facts: Object.fromEntries(
      products.map((product, i) => [product.id, storeProductFacts(facts[i])]),
    ),
  };
}
