import { Modules, ProductStatus } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import type { CreateProductWorkflowInputDTO, MedusaContainer } from '@medusajs/framework/types';
import { productMetadata } from '@nguongoc/contracts';
import type { Product } from '@nguongoc/trace-core';
import { TRACE_MODULE } from '../../../modules/trace';
import type TraceModuleService from '../../../modules/trace/service';
import {
  categoryId,
  checkGtinsFree,
  checkHousehold,
  checkPlantingArea,
  checkSkusFree,
  checkedRecord,
  invalid,
  tracedCooperative,
} from '../product-checks';
import {
  type TracedProductInput,
  handleFromTitle,
  ledgerProductOf,
  productMetadataOf,
  shelfLifeText,
} from '../traced-product-input';

export interface PreparedTracedProduct {
  product: CreateProductWorkflowInputDTO;
  cooperative_id: string;
  origin: string;
  location_id: string;
  stock: Record<string, number>;
  record: Product;
}

const OPTION = 'Quy cách';

/**
 * Checks a new traced product against the store and the cooperative and works out what each
 * later step writes: the free handle, the store's sales channel, stock location and shipping
 * profile, the metadata and the ledger record. Writes nothing, so it needs no compensation.
 */
export const prepareTracedProductStep = createStep(
  'prepare-traced-product',
  async (input: TracedProductInput, { container }) => {
    const cooperative = await tracedCooperative(container, input.cooperative_id);
    await checkHousehold(container, cooperative.id, input.household_id);
    await checkPlantingArea(container, cooperative.trace_origin, input.planting_area_id);
    await checkGtinsFree(
      container,
      input.variants.flatMap((variant) => (variant.gtin ? [variant.gtin] : [])),
    );
    const category = input.category_handle
      ? await categoryId(container, input.category_handle)
      : undefined;
    const { channelId, locationId, profileId } = await storeDefaults(container);
    await checkSkusFree(
      container,
      input.variants.map((variant) => variant.sku),
    );
    const handle = input.handle ?? (await freeHandle(container, handleFromTitle(input.title)));
    const [first] = input.variants;
    const record = checkedRecord(
      ledgerProductOf({
        id: handle,
        organisationId: cooperative.handle,
        title: input.title,
        title_en: input.title_en,
        sku: first!.sku,
        gtin: first!.gtin,
        unit: input.net_unit,
        ocop: input.ocop,
      }),
    );
    const metadata = productMetadata.parse(
      productMetadataOf(
        {
          ...input,
          description_en: input.description_en,
          shelf_life:
            input.shelf_life ??
            (input.shelf_life_days ? shelfLifeText(input.shelf_life_days) : undefined),
        },
        handle,
      ),
    );
    const product: CreateProductWorkflowInputDTO = {
      title: input.title,
      handle,
      status: ProductStatus.PUBLISHED,
      ...(input.description ? { description: input.description } : {}),
      ...(input.weight_grams ? { weight: input.weight_grams } : {}),
      ...(input.box_cm ?? {}),
      ...(input.images?.length
        ? { images: input.images.map((url) => ({ url })), thumbnail: input.images[0] }
        : {}),
      shipping_profile_id: profileId,
      ...(category ? { category_ids: [category] } : {}),
      sales_channels: [{ id: channelId }],
      metadata,
      options: [{ title: OPTION, values: input.variants.map((variant) => variant.title) }],
      variants: input.variants.map((variant) => ({
        title: variant.title,
        sku: variant.sku,
        options: { [OPTION]: variant.title },
        ...(variant.gtin ? { barcode: variant.gtin } : {}),
        manage_inventory: true,
        prices: [{ amount: variant.price_vnd, currency_code: 'vnd' }],
      })),
    };
    return new StepResponse({
      product,
      cooperative_id: cooperative.id,
      origin: cooperative.trace_origin,
      location_id: locationId,
      stock: Object.fromEntries(input.variants.map((variant) => [variant.sku, variant.stock])),
      record,
    } satisfies PreparedTracedProduct);
  },
);

/** The store's default sales channel and stock location, and the default shipping profile. */
async function storeDefaults(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores();
  const [profile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: 'default' });
  const channelId = store?.default_sales_channel_id;
  const locationId = store?.default_location_id;
  if (!channelId || !locationId || !profile) {
    throw invalid({
      vi: 'Cửa hàng chưa có kênh bán, kho hoặc hồ sơ giao hàng mặc định (chạy npm run seed)',
      en: 'the store has no default sales channel, stock location or shipping profile (run npm run seed)',
    });
  }
  return { channelId, locationId, profileId: profile.id };
}

/**
 * `base`, or `base-2`, `base-3`, … : the first that no product and no ledger record has, as the
 * handle is also the product's ID in the ledgers (IDs there are global).
 */
async function freeHandle(container: MedusaContainer, base: string): Promise<string> {
  const products = container.resolve(Modules.PRODUCT);
  const trace = container.resolve<TraceModuleService>(TRACE_MODULE);
  for (let n = 1; n <= 100; n++) {
    const handle = n === 1 ? base : `${base}-${n}`;
    const [product] = await products.listProducts({ handle }, { select: ['id'] });
    if (product) continue;
    if (await trace.store.getRecord('product', handle)) continue;
    return handle;
  }
  throw invalid({
    vi: `Đã có quá nhiều sản phẩm tên "${base}": hãy đặt tên khác`,
    en: `too many products are named "${base}": choose another title`,
  });
}
