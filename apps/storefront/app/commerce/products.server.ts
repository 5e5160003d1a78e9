// Products from the store API, turned into what the pages show. The catalogue is small (a dozen
// to a few hundred products), so lists are fetched whole and filtered by the storefront.
import type { HttpTypes } from '@medusajs/types';
import {
  type BilingualText,
  type StoreCooperative,
  type StoreLot,
  type StoreProductFacts,
  readAnswer,
  readProductMetadata,
  storeProductOriginAnswer,
} from '@nguongoc/contracts';
import { shownStars } from '../lib/ocop';
import { cooperativeRef } from './cooperatives.server';
import { medusa } from './medusa.server';
import { regionId } from './region.server';
import type { LotSummary, ProductDetail, ProductSummary } from './types';

const FIELDS =
  'id,handle,title,description,thumbnail,metadata,*images,*categories,*variants,*variants.calculated_price';
const PAGE = 100;
/** Past this many products, the catalogue needs the backend's own filters (see the README). */
const MOST = 1000;

/** "Trái cây / Fruit": the seed names categories in both languages. */
export function bilingualName(name: string): BilingualText {
  const [vi = name, en] = name.split(' / ');
  return { vi: vi.trim(), en: (en ?? vi).trim() };
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function variantPrice(variant: HttpTypes.StoreProductVariant | undefined): number | null {
  const amount = variant?.calculated_price?.calculated_amount;
  return typeof amount === 'number' ? amount : null;
}

function lowestPrice(product: HttpTypes.StoreProduct): number | null {
  const prices = (product.variants ?? [])
    .map(variantPrice)
    .filter((price): price is number => price !== null);
  return prices.length > 0 ? Math.min(...prices) : null;
}

function summary(
  product: HttpTypes.StoreProduct,
  cooperatives: readonly StoreCooperative[],
): ProductSummary {
  const { title_en } = readProductMetadata(product.metadata);
  const cooperative = cooperatives.find((c) => c.product_ids.includes(product.id));
  // The stars are the ledger's, as the cooperative's answer carries them (ADR 039).
  const facts = cooperative?.product_facts?.[product.id];
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    titleEn: text(title_en),
    thumbnail: product.thumbnail ?? product.images?.[0]?.url ?? null,
    price: lowestPrice(product),
    ocopStars: shownStars(facts?.ocop),
    categories: (product.categories ?? []).map((category) => ({
      handle: category.handle,
      name: bilingualName(category.name),
    })),
    cooperative: cooperative ? cooperativeRef(cooperative) : null,
  };
}

function detail(
  product: HttpTypes.StoreProduct,
  cooperatives: readonly StoreCooperative[],
): ProductDetail {
  const { origin } = readProductMetadata(product.metadata);
  const facts = cooperatives.find((c) => c.product_ids.includes(product.id))?.product_facts?.[
    product.id
  ];
  return {
    ...summary(product, cooperatives),
    description: text(product.description),
    images: (product.images ?? []).map((image) => image.url).filter(Boolean),
    ocop: facts?.ocop ?? null,
    origin: text(origin),
    plantingArea: facts?.planting_area ?? null,
    variants: (product.variants ?? []).map((variant) => ({
      id: variant.id,
      title: variant.title ?? '',
      price: variantPrice(variant),
    })),
  };
}

/** Every published product, as cards. */
export async function listProducts(
  cooperatives: readonly StoreCooperative[],
): Promise<ProductSummary[]> {
  const region_id = await regionId();
  const products: HttpTypes.StoreProduct[] = [];
  for (let offset = 0; offset < MOST; offset += PAGE) {
    const page = await medusa().store.product.list({
      region_id,
      fields: FIELDS,
      limit: PAGE,
      offset,
    });
    products.push(...page.products);
    if (page.products.length < PAGE || products.length >= page.count) break;
  }
  return products.map((product) => summary(product, cooperatives));
}

/** The products with these IDs (a cooperative's). */
export async function productsById(
  ids: readonly string[],
  cooperatives: readonly StoreCooperative[],
): Promise<ProductSummary[]> {
  if (ids.length === 0) return [];
  const { products } = await medusa().store.product.list({
    region_id: await regionId(),
    id: [...ids],
    fields: FIELDS,
    limit: ids.length,
  });
  return products.map((product) => summary(product, cooperatives));
}

/** One product by its handle, or null. */
export async function productByHandle(
  handle: string,
  cooperatives: readonly StoreCooperative[],
): Promise<ProductDetail | null> {
  const { products } = await medusa().store.product.list({
    region_id: await regionId(),
    handle,
    fields: FIELDS,
    limit: 1,
  });
  const product = products[0];
  return product ? detail(product, cooperatives) : null;
}

function lotSummary(lot: StoreLot): LotSummary {
  return {
    id: lot.id,
    code: lot.code,
    eventCount: lot.event_count,
    firstEventAt: lot.first_event_at,
    lastEventAt: lot.last_event_at,
    kinds: lot.kinds,
  };
}

/** A product with the OCOP rating and planting area of its cooperative's ledger (ADR 039). */
export function withFacts(product: ProductDetail, facts: StoreProductFacts): ProductDetail {
  return {
    ...product,
    ocopStars: shownStars(facts.ocop),
    ocop: facts.ocop,
    plantingArea: facts.planting_area,
  };
}

/**
 * The product's cooperative, its newest traced lot and its ledger facts
 * (`GET /store/products/:id/origin`).
 * @throws ContractError when the answer breaks its contract.
 */
export async function productOrigin(productId: string): Promise<{
  cooperative: StoreCooperative | null;
  newestLot: LotSummary | null;
  facts: StoreProductFacts;
}> {
  const answer = await medusa().client.fetch<unknown>(
    `/store/products/${encodeURIComponent(productId)}/origin`,
  );
  const origin = readAnswer(storeProductOriginAnswer, answer, 'GET /store/products/:id/origin');
  const newest = origin.lots[0];
  return {
    cooperative: origin.cooperative,
    newestLot: newest ? lotSummary(newest) : null,
    facts: origin.facts,
  };
}

/** Highest OCOP stars first, then by Vietnamese title. */
export function byStars(a: ProductSummary, b: ProductSummary): number {
  return (b.ocopStars ?? 0) - (a.ocopStars ?? 0) || a.title.localeCompare(b.title, 'vi');
}
