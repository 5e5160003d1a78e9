import type { CoopOcopBody, CoopProductBody, ProductMetadata } from '@nguongoc/contracts';
import { type Product, normalizeGtin } from '@nguongoc/trace-core';
import { type NetUnit, foldForSearch } from '@nguongoc/vn-locale';

/**
 * What createTracedProductWorkflow takes: the workspace's body (POST /coop/products) and the
 * cooperative of the member who sent it. The seed gives the same, plus what only it may set: its
 * fixed handles, a planting-area code typed before planting areas were ledger records, and no net
 * content where its products have none.
 */
export type TracedProductInput = Omit<CoopProductBody, 'net_quantity'> & {
  cooperative_id: string;
  net_quantity?: number;
  /** The seed's handle; the workspace's comes from the title. */
  handle?: string;
  /** The seed's shelf life as printed (`7 ngày ở 2–8 °C`); the workspace sends days. */
  shelf_life?: string;
};

/** The longest handle: the ledger's record IDs are at most 64 characters, suffix included. */
const HANDLE_LENGTH = 56;

/**
 * A handle from a Vietnamese title: no diacritics, lower case, words joined by hyphens
 * (`Cam Vinh hộp 5 kg` → `cam-vinh-hop-5-kg`), cut at a word to fit a ledger ID.
 */
export function handleFromTitle(title: string): string {
  const words = foldForSearch(title).split(' ').filter(Boolean);
  let handle = '';
  for (const word of words) {
    const next = handle ? `${handle}-${word}` : word;
    if (next.length > HANDLE_LENGTH) break;
    handle = next;
  }
  return handle || 'san-pham';
}

/** The shelf life as the exchanges' attribute (`12 ngày`), and back. */
export const shelfLifeText = (days: number) => `${days} ngày`;
export function shelfLifeDays(text: string | undefined): number | null {
  const match = /^(\d{1,4}) ngày$/.exec(text ?? '');
  return match ? Number(match[1]) : null;
}

/** The facts a product keeps beside Medusa's fields, as the contract writes them. */
export interface ProductFacts {
  title_en: string;
  description_en?: string | null | undefined;
  net_quantity?: number | undefined;
  net_unit: NetUnit;
  origin?: string | null | undefined;
  planting_area_id?: string | null | undefined;
  household_id?: string | null | undefined;
  brand?: string | null | undefined;
  shelf_life?: string | null | undefined;
  storage?: string | null | undefined;
}

/**
 * `metadata` written from the facts (the contract's keys; no OCOP: it lives in the ledger only,
 * ADR 037). `channel_attributes` keeps the exchanges' attribute names (brand, shelfLife,
 * storage) and any other attribute it already had.
 */
export function productMetadataOf(
  facts: ProductFacts,
  traceProductId: string,
  attributesBefore: Record<string, string> = {},
): ProductMetadata {
  const attributes: Record<string, string> = { ...attributesBefore };
  for (const [key, value] of [
    ['brand', facts.brand],
    ['shelfLife', facts.shelf_life],
    ['storage', facts.storage],
  ] as const) {
    if (value) attributes[key] = value;
    else delete attributes[key];
  }
  return {
    title_en: facts.title_en,
    ...(facts.description_en ? { description_en: facts.description_en } : {}),
    ...(facts.origin ? { origin: facts.origin } : {}),
    ...(facts.planting_area_id ? { planting_area_id: facts.planting_area_id } : {}),
    ...(facts.household_id ? { household_id: facts.household_id } : {}),
    trace_product_id: traceProductId,
    ...(facts.net_quantity !== undefined
      ? { net_quantity: facts.net_quantity, net_unit: facts.net_unit }
      : {}),
    ...(Object.keys(attributes).length > 0 ? { channel_attributes: attributes } : {}),
  };
}

/**
 * The product's record in its cooperative's ledger (trace-core `Product`): the handle as its ID,
 * the first variant's SKU and GTIN (the product's main trade item), the net unit as the unit of
 * what is recorded for it, and the OCOP rating.
 */
export function ledgerProductOf(input: {
  id: string;
  organisationId: string;
  title: string;
  title_en: string;
  sku: string;
  gtin?: string | null | undefined;
  unit: NetUnit;
  ocop?: CoopOcopBody | null | undefined;
}): Product {
  return {
    type: 'product',
    id: input.id,
    organisationId: input.organisationId,
    name: input.title,
    nameEn: input.title_en,
    sku: input.sku,
    ...(input.gtin ? { gtin: normalizeGtin(input.gtin) } : {}),
    unit: input.unit,
    ...(input.ocop
      ? {
          ocop: {
            stars: input.ocop.stars,
            decisionNumber: input.ocop.decision_number,
            expiresOn: input.ocop.expires_on,
          },
        }
      : {}),
  };
}
