import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { type CoopProduct, readProductMetadata } from '@nguongoc/contracts';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';
import { shelfLifeDays } from '#workflows/product/traced-product-input';

const FIELDS = [
  'id',
  'handle',
  'title',
  'description',
  'status',
  'thumbnail',
  'metadata',
  'weight',
  'length',
  'width',
  'height',
  'images.id',
  'images.url',
  'categories.handle',
  'categories.name',
  'variants.id',
  'variants.title',
  'variants.sku',
  'variants.barcode',
  'variants.prices.amount',
  'variants.prices.currency_code',
  'variants.inventory_items.inventory.location_levels.stocked_quantity',
  'cooperative.handle',
];

/**
 * A cooperative's product as the workspace reads it (GET /coop/products/:id): Medusa's fields,
 * each variant's price in đồng and stock, the metadata's facts, and the current version of its
 * ledger record, from which OCOP is read (ADR 037). The caller's access is checked before.
 */
export async function coopProductOf(
  container: MedusaContainer,
  productId: string,
): Promise<CoopProduct> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const {
    data: [product],
  } = await query.graph({ entity: 'product', fields: FIELDS, filters: { id: productId } });
  if (!product) throw new Error(`product ${productId} vanished`);
  const metadata = readProductMetadata(product.metadata);
  const attributes = metadata.channel_attributes ?? {};
  const traceId = metadata.trace_product_id ?? null;
  const record = traceId
    ? await container.resolve<TraceModuleService>(TRACE_MODULE).store.getRecord('product', traceId)
    : undefined;
  const ownRecord = record && record.organisationId === product.cooperative?.handle ? record : null;
  const category = product.categories?.find(Boolean);
  const box =
    product.length && product.width && product.height
      ? { length: product.length, width: product.width, height: product.height }
      : null;
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: metadata.title_en ?? null,
    description: product.description ?? null,
    description_en: metadata.description_en ?? null,
    status: product.status,
    thumbnail: product.thumbnail ?? null,
    category: category ? { handle: category.handle, name: category.name } : null,
    images: (product.images ?? []).flatMap((image) =>
      image ? [{ id: image.id, url: image.url }] : [],
    ),
    variants: (product.variants ?? []).flatMap((variant) =>
      variant
        ? [
            {
              id: variant.id,
              title: variant.title,
              sku: variant.sku ?? null,
              gtin: variant.barcode ?? null,
              price_vnd:
                (
                  variant as { prices?: ({ amount: number; currency_code: string } | null)[] }
                ).prices?.find((price) => price?.currency_code === 'vnd')?.amount ?? null,
              stock: (variant.inventory_items ?? []).reduce(
                (sum, item) =>
                  sum +
                  (item?.inventory?.location_levels ?? []).reduce(
                    (levels, level) => levels + (level?.stocked_quantity ?? 0),
                    0,
                  ),
                0,
              ),
            },
          ]
        : [],
    ),
    net_quantity: metadata.net_quantity ?? null,
    net_unit: metadata.net_unit ?? null,
    weight_grams: product.weight ?? null,
    box_cm: box,
    brand: attributes.brand ?? null,
    shelf_life_days: shelfLifeDays(attributes.shelfLife),
    storage: attributes.storage ?? null,
    origin: metadata.origin ?? null,
    planting_area_id: metadata.planting_area_id ?? null,
    household_id: metadata.household_id ?? null,
    trace_product_id: traceId,
    trace_record: ownRecord ? { ...ownRecord } : null,
  };
}
