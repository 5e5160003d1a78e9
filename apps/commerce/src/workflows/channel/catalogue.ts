import type { MedusaContainer, RemoteQueryEntryPoints } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import type { CatalogueProduct, ListingImage, RuleFinding } from '@nguongoc/connectors';
import { readProductMetadata } from '@nguongoc/contracts';
import { isNetUnit } from '@nguongoc/vn-locale';
import { localFileBaseUrl } from '../../environment';
import { TRACE_MODULE } from '../../modules/trace';
import {
  type LedgerFacts,
  ledgerFacts,
  ledgerRef,
  ocopExpiredMessage,
} from '../../modules/trace/product-facts';
import type TraceModuleService from '../../modules/trace/service';
import {
  type FileReader,
  ImageFetchError,
  fetchPublicImage,
  ownFileKey,
  readOwnFile,
} from './public-image-fetch';

// A cooperative's Medusa products as `@nguongoc/connectors` takes them: the one record every
// exchange is fed from. What Medusa does not hold is left empty, for the exchange's rules to
// name (never filled with a guess). The OCOP rating and the planting-area code are the trace
// ledger's (ADR 039): a rating past its last day is left out and refuses the product.

type GraphVariant = RemoteQueryEntryPoints['product_variant'];

/**
 * A product as Medusa's generated type has it, but for `variants.prices`: the variant–price-set
 * link reaches the prices by that alias, which the generated types do not list.
 */
type GraphProduct = Omit<RemoteQueryEntryPoints['product'], 'variants'> & {
  variants: (GraphVariant & { prices?: { amount: number; currency_code: string }[] | null })[];
};

export interface CatalogueEntry {
  productId: string;
  product: CatalogueProduct;
  /** What could not be read from Medusa (an image that did not download), as findings. */
  findings: RuleFinding[];
}

const FIELDS = [
  'id',
  'title',
  'description',
  'weight',
  'length',
  'width',
  'height',
  'metadata',
  'images.url',
  'categories.handle',
  'variants.sku',
  'variants.weight',
  'variants.prices.amount',
  'variants.prices.currency_code',
  'variants.inventory_items.inventory.location_levels.stocked_quantity',
  'variants.inventory_items.inventory.location_levels.reserved_quantity',
  'cooperative.id',
  'cooperative.name',
  'cooperative.commune_code',
  'cooperative.trace_origin',
];

/** The products of `cooperativeId` (all of them, or those in `productIds`) as catalogue entries. */
export async function cooperativeCatalogue(
  container: MedusaContainer,
  cooperativeId: string,
  options: { productIds?: string[]; readImages?: boolean } = {},
): Promise<CatalogueEntry[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: FIELDS,
    filters: options.productIds ? { id: options.productIds } : {},
  });
  const products: GraphProduct[] = data.filter(
    (product) => product.cooperative?.id === cooperativeId,
  );
  const trace = container.resolve<TraceModuleService>(TRACE_MODULE);
  const files = container.resolve<FileReader>(Modules.FILE);
  const download = (url: string) => downloadImage(url, files);
  // One cooperative, one ledger: its products, places and lots are read once for all products.
  const origin = products[0]?.cooperative?.trace_origin;
  const [facts, newestLots] = await Promise.all([
    ledgerFacts(
      trace,
      origin,
      products.map((product) => ledgerRef(product.metadata)),
    ),
    origin ? trace.newestLots(origin) : new Map<string, string>(),
  ]);
  return Promise.all(
    products.map((product, i) =>
      catalogueEntry(
        product,
        facts[i]!,
        newestLots,
        trace,
        (options.readImages ?? true) ? download : undefined,
      ),
    ),
  );
}

async function catalogueEntry(
  product: GraphProduct,
  { ocop, plantingArea }: LedgerFacts,
  newestLots: ReadonlyMap<string, string>,
  trace: TraceModuleService,
  download: ((url: string) => Promise<Uint8Array>) | undefined,
): Promise<CatalogueEntry> {
  const metadata = readProductMetadata(product.metadata);
  const variant = product.variants[0];
  const findings: RuleFinding[] = [];
  const images = download ? await readImages(product.images ?? [], download, findings) : [];
  const cooperative = product.cooperative!;
  const lot = metadata.trace_product_id ? newestLots.get(metadata.trace_product_id) : undefined;
  if (!lot) {
    findings.push({
      severity: 'error',
      code: 'trace.no_lot',
      field: 'trace',
      message: {
        vi: 'Sản phẩm chưa có lô truy xuất: tạo lô trước khi đăng sàn',
        en: 'The product has no traced lot yet: create one before listing it',
      },
    });
  }
  if (ocop?.status === 'expired') {
    findings.push({
      severity: 'error',
      code: 'ocop.expired',
      field: 'ocop',
      message: ocopExpiredMessage(product.title, ocop),
    });
  }
  return {
    productId: product.id,
    findings,
    product: {
      sku: variant?.sku ?? '',
      name: product.title,
      ...(metadata.title_en ? { nameEn: metadata.title_en } : {}),
      description: product.description ?? '',
      category: metadata.channel_category ?? product.categories?.[0]?.handle ?? '',
      priceVnd: variant?.prices?.find((price) => price.currency_code === 'vnd')?.amount ?? 0,
      stock: stockOf(variant),
      net: {
        quantity: metadata.net_quantity ?? 0,
        unit: metadata.net_unit && isNetUnit(metadata.net_unit) ? metadata.net_unit : 'H87',
      },
      package: {
        weightGrams: variant?.weight ?? product.weight ?? 0,
        lengthCm: product.length ?? 0,
        widthCm: product.width ?? 0,
        heightCm: product.height ?? 0,
      },
      images,
      attributes: metadata.channel_attributes ?? {},
      ...(ocop && ocop.status !== 'expired'
        ? {
            ocop: {
              stars: ocop.stars,
              decisionNumber: ocop.decisionNumber,
              expiresOn: ocop.expiresOn,
            },
          }
        : {}),
      origin: {
        cooperativeName: cooperative.name,
        communeCode: cooperative.commune_code,
        ...(plantingArea ? { plantingAreaCode: plantingArea.code } : {}),
      },
      trace: { base: trace.storefrontUrl, shortCode: lot ?? '' },
    },
  };
}

async function readImages(
  sources: { url: string }[],
  download: (url: string) => Promise<Uint8Array>,
  findings: RuleFinding[],
): Promise<ListingImage[]> {
  const images: ListingImage[] = [];
  for (const [i, { url }] of sources.entries()) {
    try {
      images.push({ fileName: fileNameOf(url, i), data: await download(url) });
    } catch (error) {
      const reason =
        error instanceof ImageFetchError
          ? error.detail
          : { vi: 'lỗi không rõ', en: 'unknown error' };
      findings.push({
        severity: 'warning',
        code: 'image.unreadable',
        field: 'images',
        index: i,
        message: {
          vi: `Không tải được ảnh ${url}: ${reason.vi}`,
          en: `The image ${url} could not be downloaded: ${reason.en}`,
        },
      });
    }
  }
  return images;
}

function stockOf(variant: GraphVariant | undefined): number {
  let stock = 0;
  for (const item of variant?.inventory_items ?? []) {
    for (const level of item?.inventory?.location_levels ?? []) {
      if (level) stock += level.stocked_quantity - level.reserved_quantity;
    }
  }
  return Math.max(0, stock);
}

/**
 * An image uploaded through the File Module is read from it; any other URL is fetched only from
 * a public address, capped and with a deadline (`public-image-fetch.ts`: staff-typed URLs must
 * not make the backend read its own network).
 */
async function downloadImage(url: string, files: FileReader): Promise<Uint8Array> {
  const key = ownFileKey(url, localFileBaseUrl());
  return key ? readOwnFile(files, key) : fetchPublicImage(url);
}

function fileNameOf(url: string, index: number): string {
  const name = new URL(url, 'http://localhost').pathname.split('/').pop() ?? '';
  return /^[\w.-]{1,100}$/.test(name) ? name : `image-${index + 1}.jpg`;
}
