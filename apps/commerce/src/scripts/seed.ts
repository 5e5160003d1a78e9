// `npm run seed`: Vietnam as a region (VND, tax-inclusive prices, VAT), a stock location with
// standard and express delivery, a publishable key for the storefront, three cooperatives with
// their trace ledgers, and twelve OCOP-style products with a traced lot each. Idempotent: what
// exists (found by handle or name) is kept, so it can run on every start; only a product's trace
// record gets a new version where the seed data changed (as when GTINs came), and a variant
// without a barcode gets the product's GTIN.
import type { ExecArgs, IProductModuleService } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import {
  createApiKeysWorkflow,
  createProductCategoriesWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from '@medusajs/medusa/core-flows';
import { type Product, buildFieldEvent } from '@nguongoc/trace-core';
import { fieldWork, lot as sampleLot } from '@nguongoc/trace-core/sample-lot';
import { organisationRecord } from '../workflows/cooperative/organisation-record';
import { createTracedProductWorkflow } from '../workflows/product/create-traced-product';
import {
  type TracedProductInput,
  ledgerProductOf,
} from '../workflows/product/traced-product-input';
import { COOPERATIVE_MODULE } from '../modules/cooperative';
import type CooperativeModuleService from '../modules/cooperative/service';
import { TRACE_MODULE } from '../modules/trace';
import type TraceModuleService from '../modules/trace/service';
import { CATEGORIES, COOPERATIVES, type SeedCooperative, type SeedProduct } from './seed-data';
import { seasonOf } from './seed-seasons';
import { SEED_SEASON_ID, type SeedPlaces, seedPlaces } from './seed-places';

export const SALES_CHANNEL = 'Cửa hàng NguonGoc';
export const REGION = 'Việt Nam';
export const PUBLISHABLE_KEY_TITLE = 'Storefront NguonGoc';

export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const link = container.resolve(ContainerRegistrationKeys.LINK);
  const storeModule = container.resolve(Modules.STORE);
  const salesChannels = container.resolve(Modules.SALES_CHANNEL);
  const regions = container.resolve(Modules.REGION);
  const fulfillment = container.resolve(Modules.FULFILLMENT);
  const stockLocations = container.resolve(Modules.STOCK_LOCATION);
  const products = container.resolve(Modules.PRODUCT);
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const trace = container.resolve<TraceModuleService>(TRACE_MODULE);

  logger.info('Seed: cửa hàng, kênh bán / store and sales channel');
  const [store] = await storeModule.listStores();
  let [channel] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL });
  // Medusa's migrations make a "Default Sales Channel" (and a key for it): it becomes ours.
  const [medusaDefault] = channel
    ? []
    : await salesChannels.listSalesChannels({ name: 'Default Sales Channel' });
  if (medusaDefault) {
    channel = await salesChannels.updateSalesChannels(medusaDefault.id, {
      name: SALES_CHANNEL,
      description: 'Cửa hàng của xã',
    });
  }
  if (!channel) {
    ({
      result: [channel],
    } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL, description: 'Cửa hàng của xã' }] },
    }));
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store!.id },
      update: {
        name: 'NguonGoc',
        supported_currencies: [{ currency_code: 'vnd', is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: channel!.id,
      },
    },
  });

  logger.info('Seed: vùng Việt Nam, thuế / region Vietnam, tax');
  let [region] = await regions.listRegions({ name: REGION });
  if (!region) {
    ({
      result: [region],
    } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION,
            currency_code: 'vnd',
            countries: ['vn'],
            automatic_taxes: true,
            is_tax_inclusive: true,
            payment_providers: ['pp_system_default', 'pp_vnpay_vnpay'],
          },
        ],
      },
    }));
    // VAT on processed food and farm produce sold by a cooperative: 5% (Luật Thuế GTGT 2024).
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: 'vn',
          provider_id: 'tp_system',
          default_tax_rate: { name: 'Thuế GTGT 5% / VAT 5%', code: 'VAT5', rate: 5 },
        },
      ],
    });
  }

  logger.info('Seed: kho và giao hàng / stock location and delivery');
  let [location] = await stockLocations.listStockLocations({ name: 'Kho hàng xã Nghĩa Đàn' });
  if (!location) {
    ({
      result: [location],
    } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: 'Kho hàng xã Nghĩa Đàn',
            address: {
              address_1: 'Xóm 3, xã Nghĩa Đàn',
              city: 'Nghệ An',
              country_code: 'VN',
              metadata: { commune_code: '16941' },
            },
          },
        ],
      },
    }));
    await updateStoresWorkflow(container).run({
      input: { selector: { id: store!.id }, update: { default_location_id: location!.id } },
    });
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location!.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: 'manual_manual' },
    });
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location!.id, add: [channel!.id] },
    });
  }
  let [profile] = await fulfillment.listShippingProfiles({ type: 'default' });
  if (!profile) {
    ({
      result: [profile],
    } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: 'Hàng thường / Standard goods', type: 'default' }] },
    }));
  }
  const [existingSet] = await fulfillment.listFulfillmentSets({ name: 'Giao hàng toàn quốc' });
  if (!existingSet) {
    const set = await fulfillment.createFulfillmentSets({
      name: 'Giao hàng toàn quốc',
      type: 'shipping',
      service_zones: [{ name: 'Việt Nam', geo_zones: [{ country_code: 'vn', type: 'country' }] }],
    });
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location!.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    });
    const option = (code: string, name: string, description: string, amount: number) => ({
      name,
      price_type: 'flat' as const,
      provider_id: 'manual_manual',
      service_zone_id: set.service_zones[0]!.id,
      shipping_profile_id: profile!.id,
      type: { label: name, description, code },
      prices: [
        { currency_code: 'vnd', amount },
        { region_id: region!.id, amount },
      ],
      rules: [
        { attribute: 'enabled_in_store', value: 'true', operator: 'eq' as const },
        { attribute: 'is_return', value: 'false', operator: 'eq' as const },
      ],
    });
    await createShippingOptionsWorkflow(container).run({
      input: [
        option(
          'standard',
          'Giao tiêu chuẩn (Vietnam Post, Viettel Post)',
          '3–5 ngày / 3–5 days',
          30000,
        ),
        option('express', 'Giao nhanh', '1–2 ngày / 1–2 days', 50000),
      ],
    });
  }

  logger.info('Seed: khoá API cho storefront / publishable API key');
  const { data: keys } = await query.graph({
    entity: 'api_key',
    fields: ['id', 'token'],
    filters: { type: 'publishable', title: PUBLISHABLE_KEY_TITLE },
  });
  let key: { id: string; token: string } | undefined = keys[0];
  if (!key) {
    ({
      result: [key],
    } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: 'publishable', created_by: '' }] },
    }));
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key!.id, add: [channel!.id] },
    });
  }

  logger.info('Seed: danh mục / categories');
  const categoryIds = new Map<string, string>();
  for (const category of CATEGORIES) {
    let [row] = await products.listProductCategories({ handle: category.handle });
    if (!row) {
      ({
        result: [row],
      } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ ...category, is_active: true }] },
      }));
    }
    categoryIds.set(category.handle, row!.id);
  }

  for (const seedCooperative of COOPERATIVES) {
    logger.info(`Seed: ${seedCooperative.name}`);
    const cooperative = await ensureCooperative(
      cooperatives,
      seedCooperative,
      trace.ledgerOf(seedCooperative.handle),
    );
    const origin = cooperative.trace_origin!;
    await trace.registerOrganisation(origin, organisationRecord(cooperative));
    // Its farm, planting areas (with their codes) and a household, by the workspace's workflows.
    const place = await seedPlaces(
      container,
      { ...cooperative, trace_origin: origin },
      seedCooperative,
    );
    for (const item of seedCooperative.products) {
      const [existing] = await products.listProducts({ handle: item.handle });
      if (existing) {
        // Kept; its ledger record gets a new version only if it differs (a database seeded
        // before the GTINs gets them).
        await trace.putRecord(origin, ledgerProductOf(seedLedgerFacts(item, cooperative.handle)));
        if (item.gtin) await ensureBarcode(products, existing.id, item.gtin);
        continue;
      }
      // The workspace's workflow (issue #23): product, link, stock and ledger record in one.
      await createTracedProductWorkflow(container).run({
        input: tracedProductInput(item, cooperative.id, place.plantingAreas),
      });
      const traceProduct = (await trace.store.getRecord('product', item.handle))!;
      await seedLot(trace, origin, traceProduct, place, item);
    }
  }
  logger.info(`Seed: xong / done. Publishable key: ${key!.token}`);
}

async function ensureCooperative(
  service: CooperativeModuleService,
  { products: _products, ...input }: SeedCooperative,
  origin: string,
) {
  const [existing] = await service.listCooperatives({ handle: input.handle });
  if (existing) return existing;
  return service.createCooperatives({
    ...service.validateCooperative(input),
    trace_origin: origin,
  });
}

/** Gives a product's variants the GTIN as their barcode, where they have none. */
async function ensureBarcode(
  products: IProductModuleService,
  productId: string,
  gtin: string,
): Promise<void> {
  const variants = await products.listProductVariants({ product_id: productId });
  for (const variant of variants.filter((v) => !v.barcode)) {
    await products.updateProductVariants(variant.id, { barcode: gtin });
  }
}

/** A seed product as the workspace's workflow takes it: the same handle, SKU, GTIN and stock. */
function tracedProductInput(
  item: SeedProduct,
  cooperativeId: string,
  plantingAreas: Map<string, { id: string }>,
): TracedProductInput {
  const area = item.plantingArea ? plantingAreas.get(item.plantingArea) : undefined;
  return {
    cooperative_id: cooperativeId,
    handle: item.handle,
    title: item.title,
    title_en: item.titleEn,
    description: item.description,
    category_handle: item.category,
    variants: [
      {
        title: 'Tiêu chuẩn',
        sku: item.sku,
        price_vnd: item.price,
        stock: item.stock,
        ...(item.gtin ? { gtin: item.gtin } : {}),
      },
    ],
    net_unit: item.unit,
    weight_grams: item.weightGrams,
    ocop: {
      stars: item.ocopStars,
      decision_number: item.ocopDecision,
      expires_on: item.ocopExpiresOn,
    },
    origin: item.origin,
    ...(area ? { planting_area_id: area.id } : {}),
    ...(item.sellerFacts
      ? {
          net_quantity: item.sellerFacts.net,
          box_cm: item.sellerFacts.boxCm,
          brand: item.sellerFacts.attributes.brand,
          shelf_life: item.sellerFacts.attributes.shelfLife,
          storage: item.sellerFacts.attributes.storage,
        }
      : {}),
  };
}

/** What a seed product's ledger record holds (as the workflow records it). */
function seedLedgerFacts(item: SeedProduct, organisationId: string) {
  return {
    id: item.handle,
    organisationId,
    title: item.title,
    title_en: item.titleEn,
    sku: item.sku,
    gtin: item.gtin,
    unit: item.unit,
    ocop: {
      stars: item.ocopStars,
      decision_number: item.ocopDecision,
      expires_on: item.ocopExpiresOn,
    },
  };
}

/**
 * One traced lot per product, with a season of 5 to 8 events. The 5 kg oranges get the sample lot of trace-core (its short code
 * 3KX9T2M7QAH and its season of field work), so that /t/3KX9T2M7QAH always tells a full story.
 */
async function seedLot(
  trace: TraceModuleService,
  origin: string,
  product: Product,
  places: SeedPlaces,
  item: SeedProduct,
): Promise<void> {
  // A product with a planting area was grown there, by the cooperative's household, in the 2026
  // season (issue #23); the others on the cooperative's farm.
  const area = item.plantingArea ? places.plantingAreas.get(item.plantingArea) : undefined;
  if (item.handle === sampleLot.productId) {
    // The sample orchard is the planting area seedPlaces registered (same ID, code and position).
    const grown = area && { householdId: places.household.id, seasonId: SEED_SEASON_ID };
    await trace.store.addRecord(origin, { ...sampleLot, ...grown });
    const packing = fieldWork.find((w) => w.kind === 'packing')!.location;
    await trace.putRecord(origin, packing);
    for (const work of fieldWork) {
      await trace.store.appendEvent(origin, buildFieldEvent({ ...work, product }), sampleLot.id);
    }
  } else {
    const place = area ?? places.farm;
    const lot = await trace.createLot(origin, {
      productId: product.id,
      code: `${item.sku}-2611`,
      organisationId: product.organisationId,
      locationId: place.id,
      ...(area && { household: places.household, seasonId: SEED_SEASON_ID }),
    });
    for (const work of seasonOf(item, product, lot, place)) {
      await trace.store.appendEvent(origin, buildFieldEvent(work), lot.id);
    }
  }
  await trace.store.signCheckpoint(origin);
}
