// A cooperative's products from the workspace: reading them, and turning the product form (plain
// HTML, multipart for its photos) into the backend's bodies (packages/contracts coop-products).
// The photos go to POST /coop/uploads first; their URLs are then set on the product in the same
// submit. Whatever the backend refuses comes back with every typed value (and the photos already
// stored) so nothing good is lost.
import {
  type CoopPlacesAnswer,
  type CoopProduct,
  type CoopProductAnswer,
  type CoopProductBody,
  type CoopProductUpdateBody,
  type CoopProductsAnswer,
  type CoopUploadsAnswer,
  type HouseholdsAnswer,
  PRODUCT_IMAGE_MAX_BYTES,
  PRODUCT_IMAGE_MAX_FILES,
} from '@nguongoc/contracts';
import { ocopStatus } from '@nguongoc/trace-core';
import { vietnamToday } from '@nguongoc/vn-locale';
import { BackendError, backendJson, orNotFound } from './backend.server';
import type { SignedIn } from './session.server';

/** What the form holds, as typed: one string per field name (images: the stored URLs kept). */
export interface ProductDraft {
  fields: Record<string, string>;
  images: string[];
  variantCount: number;
}

/** The fields of a variant row `i` in the form: `variant_<i>_<name>` (`remove`: its checkbox). */
export const VARIANT_FIELDS = ['id', 'title', 'sku', 'price', 'stock', 'gtin', 'remove'] as const;
export const variantName = (index: number, name: (typeof VARIANT_FIELDS)[number]) =>
  `variant_${index}_${name}`;

/** At most this many variant rows (the contract's limit). */
export const MAX_VARIANTS = 20;

const PLAIN_FIELDS = [
  'title',
  'title_en',
  'description',
  'description_en',
  'category_handle',
  'brand',
  'shelf_life_days',
  'storage',
  'origin',
  'net_quantity',
  'net_unit',
  'weight_grams',
  'box_length',
  'box_width',
  'box_height',
  'ocop_stars',
  'ocop_decision_number',
  'ocop_expires_on',
  'planting_area_id',
  'household_id',
] as const;

/** The draft of an empty form: one variant, net content in grams. */
export function emptyDraft(): ProductDraft {
  return {
    fields: { net_unit: 'GRM', [variantName(0, 'stock')]: '0' },
    images: [],
    variantCount: 1,
  };
}

const asText = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** The draft of the edit form: the product as stored, and a blank row to add one variant. */
export function draftOf(product: CoopProduct): ProductDraft {
  const ocop = product.trace_record?.ocop;
  const fields: Record<string, string> = {
    title: product.title,
    title_en: asText(product.title_en),
    description: asText(product.description),
    description_en: asText(product.description_en),
    category_handle: asText(product.category?.handle),
    brand: asText(product.brand),
    shelf_life_days: asText(product.shelf_life_days),
    storage: asText(product.storage),
    origin: asText(product.origin),
    net_quantity: asText(product.net_quantity),
    net_unit: asText(product.net_unit) || 'GRM',
    weight_grams: asText(product.weight_grams),
    box_length: asText(product.box_cm?.length),
    box_width: asText(product.box_cm?.width),
    box_height: asText(product.box_cm?.height),
    ocop_stars: asText(ocop?.stars),
    ocop_decision_number: asText(ocop?.decisionNumber),
    ocop_expires_on: asText(ocop?.expiresOn),
    planting_area_id: asText(product.planting_area_id),
    household_id: asText(product.household_id),
  };
  product.variants.forEach((variant, index) => {
    fields[variantName(index, 'id')] = variant.id;
    fields[variantName(index, 'title')] = variant.title;
    fields[variantName(index, 'sku')] = asText(variant.sku);
    fields[variantName(index, 'price')] = asText(variant.price_vnd);
    fields[variantName(index, 'stock')] = asText(variant.stock);
    fields[variantName(index, 'gtin')] = asText(variant.gtin);
  });
  return {
    fields,
    images: product.images.map((image) => image.url),
    variantCount: Math.min(MAX_VARIANTS, product.variants.length + 1),
  };
}

/** The form as typed: its fields, the kept photo URLs, the new photo files. */
export function readForm(form: FormData): { draft: ProductDraft; files: File[]; intent: string } {
  const fields: Record<string, string> = {};
  for (const name of PLAIN_FIELDS) fields[name] = String(form.get(name) ?? '').trim();
  const count = Math.min(
    MAX_VARIANTS,
    Math.max(1, Number.parseInt(String(form.get('variant_count') ?? '1'), 10) || 1),
  );
  for (let index = 0; index < count; index++) {
    for (const name of VARIANT_FIELDS) {
      const key = variantName(index, name);
      fields[key] = String(form.get(key) ?? '').trim();
    }
  }
  const images = form
    .getAll('images')
    .filter((value): value is string => typeof value === 'string');
  const files = form
    .getAll('files')
    .filter((value): value is File => typeof value === 'object' && value.size > 0);
  return {
    draft: { fields, images, variantCount: count },
    files,
    intent: String(form.get('intent') ?? 'save'),
  };
}

/**
 * A typed number as the body sends it: digits with the thousands dots or spaces Vietnamese type
 * (`50.000`) for whole numbers, a decimal comma or point otherwise. Anything else is sent as typed,
 * for the backend to refuse with its own message naming the field.
 */
function wholeOf(text: string): number | string {
  const digits = text.replace(/[.\s ]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : text;
}
function decimalOf(text: string): number | string {
  const plain = text.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

/** An optional field: its value, or `absent` (undefined on create, null on update) when empty. */
function optional<T>(text: string, convert: (text: string) => T, absent: null | undefined) {
  return text === '' ? absent : convert(text);
}

const same = (text: string) => text;

/** The fields create and update share, with `absent` for an emptied optional field. */
function productFields(draft: ProductDraft, absent: null | undefined) {
  const f = draft.fields;
  const box =
    f.box_length || f.box_width || f.box_height
      ? {
          length: decimalOf(f.box_length!),
          width: decimalOf(f.box_width!),
          height: decimalOf(f.box_height!),
        }
      : absent;
  const ocop =
    f.ocop_stars || f.ocop_decision_number || f.ocop_expires_on
      ? {
          stars: wholeOf(f.ocop_stars!),
          decision_number: f.ocop_decision_number,
          expires_on: f.ocop_expires_on,
        }
      : absent;
  return {
    title: f.title,
    title_en: f.title_en,
    description: optional(f.description!, same, absent),
    description_en: optional(f.description_en!, same, absent),
    category_handle: optional(f.category_handle!, same, absent),
    net_quantity: decimalOf(f.net_quantity!),
    net_unit: f.net_unit,
    weight_grams: optional(f.weight_grams!, wholeOf, absent),
    box_cm: box,
    ocop,
    planting_area_id: optional(f.planting_area_id!, same, absent),
    household_id: optional(f.household_id!, same, absent),
    brand: optional(f.brand!, same, absent),
    shelf_life_days: optional(f.shelf_life_days!, wholeOf, absent),
    storage: optional(f.storage!, same, absent),
    origin: optional(f.origin!, same, absent),
  };
}

/** A new variant from its row of the form, named after the product when its title is empty. */
function newVariant(value: (name: (typeof VARIANT_FIELDS)[number]) => string, draft: ProductDraft) {
  return {
    title: value('title') || draft.fields.title,
    sku: value('sku'),
    price_vnd: wholeOf(value('price')),
    stock: wholeOf(value('stock') || '0'),
    gtin: value('gtin') || undefined,
  };
}

/** The body of POST /coop/products (sent as typed: the backend validates it). */
export function createBody(draft: ProductDraft, images: string[]): CoopProductBody {
  const variants = [];
  for (let index = 0; index < draft.variantCount; index++) {
    const value = (name: (typeof VARIANT_FIELDS)[number]) =>
      draft.fields[variantName(index, name)] ?? '';
    // A row left wholly empty (after "add a variant") is not a variant.
    if (index > 0 && !value('title') && !value('sku') && !value('price')) continue;
    variants.push(newVariant(value, draft));
  }
  return {
    ...productFields(draft, undefined),
    images: images.length ? images : undefined,
    variants,
  } as unknown as CoopProductBody;
}

/**
 * The body of POST /coop/products/:id: every field, an emptied optional one as null; each stored
 * variant changed, or removed when its box is ticked; the blank row, when typed in, a new variant.
 */
export function updateBody(draft: ProductDraft, images: string[]): CoopProductUpdateBody {
  const variants = [];
  const removed = [];
  for (let index = 0; index < draft.variantCount; index++) {
    const value = (name: (typeof VARIANT_FIELDS)[number]) =>
      draft.fields[variantName(index, name)] ?? '';
    if (value('id') && value('remove')) {
      removed.push(value('id'));
    } else if (value('id')) {
      variants.push({
        id: value('id'),
        title: value('title'),
        price_vnd: wholeOf(value('price')),
        stock: wholeOf(value('stock') || '0'),
      });
    } else if (value('title') || value('sku') || value('price')) {
      variants.push(newVariant(value, draft));
    }
  }
  return {
    ...productFields(draft, null),
    images,
    variants,
    remove_variant_ids: removed,
  } as unknown as CoopProductUpdateBody;
}

const MIB = PRODUCT_IMAGE_MAX_BYTES / 2 ** 20;

/**
 * The new photos stored through POST /coop/uploads: their URLs. Refused here before sending when
 * too many or too large (the backend's own limits).
 * @throws BackendError with a bilingual message naming the limit.
 */
export async function uploadPhotos(
  request: Request,
  account: SignedIn,
  files: File[],
  kept: number,
): Promise<string[]> {
  if (files.length === 0) return [];
  if (files.length + kept > PRODUCT_IMAGE_MAX_FILES) {
    throw new BackendError(
      400,
      `Ảnh: tối đa ${PRODUCT_IMAGE_MAX_FILES} ảnh cho một sản phẩm / photos: at most ${PRODUCT_IMAGE_MAX_FILES} per product`,
    );
  }
  const large = files.find((file) => file.size > PRODUCT_IMAGE_MAX_BYTES);
  if (large) {
    throw new BackendError(
      400,
      `Ảnh "${large.name}" lớn hơn ${MIB} MiB / photo "${large.name}" is over ${MIB} MiB`,
    );
  }
  const body = new FormData();
  for (const file of files) body.append('files', file, file.name);
  const { files: stored } = await backendJson<CoopUploadsAnswer>(
    request,
    account,
    '/coop/uploads',
    {
      body,
    },
  );
  return stored.map((file) => file.url);
}

export async function readProduct(
  request: Request,
  account: SignedIn,
  id: string,
): Promise<CoopProduct> {
  const { product } = await backendJson<CoopProductAnswer>(
    request,
    account,
    `/coop/products/${encodeURIComponent(id)}`,
  );
  return product;
}

/**
 * The product, or a 404 page when the backend does not show it to this account (another
 * cooperative's, or none): the backend decides, the workspace only says so.
 */
export function readProductOr404(
  request: Request,
  account: SignedIn,
  id: string,
): Promise<CoopProduct> {
  return orNotFound(
    readProduct(request, account, id),
    'Không tìm thấy sản phẩm này trong hợp tác xã của bạn / no such product in your cooperative',
  );
}

/** The OCOP rating of a product from its ledger record, and its status today (in Vietnam). */
export function ocopOf(product: CoopProduct, today = vietnamToday()) {
  const ocop = product.trace_record?.ocop;
  return ocop ? { ...ocop, status: ocopStatus(ocop, today) } : undefined;
}

/** The list's rows: each product read whole (price, OCOP), a few at a time. */
export async function listProducts(request: Request, account: SignedIn) {
  const { products } = await backendJson<CoopProductsAnswer>(request, account, '/coop/products');
  const rows: { summary: (typeof products)[number]; product: CoopProduct | undefined }[] = [];
  for (let start = 0; start < products.length; start += 6) {
    const batch = products.slice(start, start + 6);
    rows.push(
      ...(await Promise.all(
        batch.map(async (summary) => ({
          summary,
          product: await readProduct(request, account, summary.id).catch((error: unknown) => {
            if (error instanceof BackendError) return undefined;
            throw error;
          }),
        })),
      )),
    );
  }
  return rows;
}

export interface Choice {
  value: string;
  label: string;
}

/** A shop category the form offers: its handle and its name in both languages. */
export interface CategoryChoice {
  value: string;
  name: { vi: string; en: string };
}

/** What `GET /coop/categories` answers. */
interface CategoriesAnswer {
  categories: { handle: string; name: { vi: string; en: string } }[];
}

/**
 * What the form's selects offer: the cooperative's households, its planting areas and the shop's
 * categories. The planting areas and the categories are `undefined` when the backend cannot list
 * them (the select is left out, the stored value kept).
 */
export async function formChoices(request: Request, account: SignedIn) {
  const [households, places, categories] = await Promise.all([
    backendJson<HouseholdsAnswer>(request, account, '/coop/households')
      .then((answer) => answer.households.map((h) => ({ value: h.id, label: h.head_name })))
      .catch((error: unknown) => {
        if (error instanceof BackendError) return [] as Choice[];
        throw error;
      }),
    backendJson<CoopPlacesAnswer>(request, account, '/coop/places')
      .then((answer) =>
        answer.places
          .filter((place) => place.kind === 'planting-area')
          .map((place) => ({
            value: place.id,
            label: place.planting_area_code
              ? `${place.name} (${place.planting_area_code})`
              : place.name,
          })),
      )
      .catch((error: unknown) => {
        if (error instanceof BackendError) return undefined;
        throw error;
      }),
    backendJson<CategoriesAnswer>(request, account, '/coop/categories')
      .then((answer) =>
        answer.categories.map((category): CategoryChoice => ({
          value: category.handle,
          name: category.name,
        })),
      )
      .catch((error: unknown) => {
        if (error instanceof BackendError) return undefined;
        throw error;
      }),
  ]);
  return { households, plantingAreas: places, categories };
}
