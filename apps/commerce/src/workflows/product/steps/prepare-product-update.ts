import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import type { UpsertProductDTO } from '@medusajs/framework/types';
import {
  type CoopProductUpdateBody,
  productMetadata,
  readProductMetadata,
} from '@nguongoc/contracts';
import type { Product } from '@nguongoc/trace-core';
import { type NetUnit, isNetUnit } from '@nguongoc/vn-locale';
import { TRACE_MODULE } from '../../../modules/trace';
import type TraceModuleService from '../../../modules/trace/service';
import {
  categoryId,
  checkHousehold,
  checkPlantingArea,
  checkedRecord,
  invalid,
  tracedCooperative,
} from '../product-checks';
import { ledgerProductOf, productMetadataOf, shelfLifeText } from '../traced-product-input';
import { type VariantChanges, variantChanges } from '../variant-changes';
import type { StockChange } from './update-stock-levels';

export interface ProductUpdateInput {
  product_id: string;
  cooperative_id: string;
  update: CoopProductUpdateBody;
}

export interface PreparedProductUpdate {
  product: UpsertProductDTO & { id: string };
  variants: { id: string; title?: string; prices?: { amount: number; currency_code: string }[] }[];
  stock: StockChange[];
  /** The variants added and removed, and the new ones' stock at `location_id`. */
  added: VariantChanges['added'];
  added_stock: Record<string, number>;
  option_values: VariantChanges['option_values'];
  removed: string[];
  location_id: string;
  origin: string;
  record: Product;
}

const REWRITTEN = new Set([
  'title_en',
  'description_en',
  'origin',
  'planting_area',
  'planting_area_id',
  'household_id',
  'trace_product_id',
  'net_quantity',
  'net_unit',
  'channel_attributes',
  'ocop_stars',
  'ocop_decision',
  'ocop_expires_on',
]);

/** The value the update sends for `key` (`null`: cleared), else what the product had. */
function changed<T, K extends keyof CoopProductUpdateBody>(
  update: CoopProductUpdateBody,
  key: K,
  current: T | undefined,
): CoopProductUpdateBody[K] | T | undefined {
  return key in update ? update[key] : current;
}

/**
 * Checks a change of a cooperative's product and works out what each later step writes: Medusa's
 * fields, the metadata (the contract's keys, `trace_product_id` kept or given), the variants'
 * prices and stock, the variants added and removed (variant-changes.ts), and the ledger record's
 * next version. Writes nothing.
 */
export const prepareProductUpdateStep = createStep(
  'prepare-traced-product-update',
  async ({ product_id, cooperative_id, update }: ProductUpdateInput, { container }) => {
    const cooperative = await tracedCooperative(container, cooperative_id);
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const trace = container.resolve<TraceModuleService>(TRACE_MODULE);
    const {
      data: [product],
    } = await query.graph({
      entity: 'product',
      fields: [
        'id',
        'handle',
        'title',
        'metadata',
        'options.id',
        'options.title',
        'options.values.value',
        'variants.id',
        'variants.sku',
        'variants.barcode',
        'variants.title',
        'variants.options.value',
        'variants.inventory_items.inventory_item_id',
        'variants.inventory_items.inventory.location_levels.reserved_quantity',
      ],
      filters: { id: product_id },
    });
    if (!product)
      throw invalid({ vi: `Không có sản phẩm ${product_id}`, en: `no product ${product_id}` });
    const metadata = readProductMetadata(product.metadata);
    const attributes = metadata.channel_attributes ?? {};
    if (update.household_id) await checkHousehold(container, cooperative.id, update.household_id);
    if (update.planting_area_id) {
      await checkPlantingArea(container, cooperative.trace_origin, update.planting_area_id);
    }

    // The ledger ID: the one the product has, else its handle (an untraced product becomes one).
    const traceId = metadata.trace_product_id ?? product.handle;
    const current = await trace.store.getRecord('product', traceId);
    if (current && current.organisationId !== cooperative.handle) {
      throw invalid({
        vi: `Mã ${traceId} đã thuộc sổ truy xuất khác`,
        en: `ID ${traceId} already belongs to another trace ledger`,
      });
    }
    const unit = update.net_unit ?? current?.unit ?? metadata.net_unit;
    if (!unit || !isNetUnit(unit)) {
      throw invalid({
        vi: 'net_unit: cần đơn vị của khối lượng tịnh',
        en: 'net_unit: the net unit is needed',
      });
    }
    const changes = await variantChanges(
      container,
      product.id,
      (product.variants ?? []).flatMap((variant) => (variant ? [variant] : [])),
      (product.options ?? []).flatMap((option) => (option ? [option] : [])),
      update,
      current?.sku,
    );
    const first = changes.first;
    const sku = current?.sku ?? first?.sku;
    if (!sku) throw invalid({ vi: 'Sản phẩm chưa có SKU', en: 'the product has no SKU' });
    const title = update.title ?? product.title;
    const titleEn = update.title_en ?? metadata.title_en ?? title;
    const shelfLifeDays = update.shelf_life_days;
    const facts = {
      title_en: titleEn,
      description_en: changed(update, 'description_en', metadata.description_en),
      net_quantity: update.net_quantity ?? metadata.net_quantity,
      net_unit: unit as NetUnit,
      origin: changed(update, 'origin', metadata.origin),
      planting_area_id: changed(update, 'planting_area_id', metadata.planting_area_id),
      household_id: changed(update, 'household_id', metadata.household_id),
      brand: changed(update, 'brand', attributes.brand),
      shelf_life:
        'shelf_life_days' in update
          ? shelfLifeDays
            ? shelfLifeText(shelfLifeDays)
            : null
          : attributes.shelfLife,
      storage: changed(update, 'storage', attributes.storage),
    };
    // The keys written from the facts are written anew (a cleared one goes); OCOP is the ledger's
    // alone (ADR 037); any other key (the exchanges' category, …) is kept as it was.
    const written = productMetadata.parse(productMetadataOf(facts, traceId, attributes));
    const cleared = Object.fromEntries(Object.keys(product.metadata ?? {}).map((key) => [key, '']));
    const kept = Object.fromEntries(
      Object.entries(product.metadata ?? {}).filter(([key]) => !REWRITTEN.has(key)),
    );

    const record = checkedRecord(
      ledgerProductOf({
        id: traceId,
        organisationId: cooperative.handle,
        title,
        title_en: titleEn,
        sku,
        gtin: current?.gtin ?? first?.gtin,
        unit: unit as NetUnit,
        ocop:
          'ocop' in update
            ? update.ocop
            : current?.ocop && {
                stars: current.ocop.stars,
                decision_number: current.ocop.decisionNumber,
                expires_on: current.ocop.expiresOn,
              },
      }),
    );

    const productUpdate: PreparedProductUpdate['product'] = {
      id: product.id,
      // Medusa merges metadata: an empty value is how a key is removed.
      metadata: { ...cleared, ...kept, ...written },
      ...(update.title ? { title: update.title } : {}),
      ...('description' in update ? { description: update.description ?? null } : {}),
      ...('weight_grams' in update ? { weight: update.weight_grams ?? null } : {}),
      ...('box_cm' in update
        ? {
            length: update.box_cm?.length ?? null,
            width: update.box_cm?.width ?? null,
            height: update.box_cm?.height ?? null,
          }
        : {}),
      ...(update.images
        ? {
            images: update.images.map((url) => ({ url })),
            thumbnail: update.images[0] ?? null,
          }
        : {}),
      ...('category_handle' in update
        ? {
            category_ids: update.category_handle
              ? [await categoryId(container, update.category_handle)]
              : [],
          }
        : {}),
    };

    const [store] = await container.resolve(Modules.STORE).listStores();
    if (changes.added.length > 0 && !store?.default_location_id) {
      throw invalid({
        vi: 'Cửa hàng chưa có kho mặc định cho tồn kho phân loại mới (chạy npm run seed)',
        en: 'the store has no default stock location for the new variants’ stock (run npm run seed)',
      });
    }
    const variants = (update.variants ?? []).flatMap((change) => {
      if (!('id' in change)) return [];
      const variant = product.variants?.find((v) => v?.id === change.id);
      if (!variant) {
        throw invalid({
          vi: `variants: ${change.id} không phải phân loại của sản phẩm này`,
          en: `variants: ${change.id} is not a variant of this product`,
        });
      }
      return [{ change, variant }];
    });
    const stock = variants.flatMap(({ change, variant }) =>
      change.stock === undefined || !store?.default_location_id
        ? []
        : (variant.inventory_items ?? []).flatMap((entry) =>
            entry
              ? [
                  {
                    inventory_item_id: entry.inventory_item_id,
                    location_id: store.default_location_id!,
                    stocked_quantity: change.stock!,
                  },
                ]
              : [],
          ),
    );
    return new StepResponse({
      product: productUpdate,
      variants: variants
        .filter(({ change }) => change.title !== undefined || change.price_vnd !== undefined)
        .map(({ change }) => ({
          id: change.id,
          ...(change.title !== undefined ? { title: change.title } : {}),
          ...(change.price_vnd !== undefined
            ? { prices: [{ amount: change.price_vnd, currency_code: 'vnd' }] }
            : {}),
        })),
      stock,
      added: changes.added,
      added_stock: changes.added_stock,
      option_values: changes.option_values,
      removed: changes.removed,
      location_id: store?.default_location_id ?? '',
      origin: cooperative.trace_origin,
      record,
    } satisfies PreparedProductUpdate);
  },
);
