import { RECORD_ID, normalizeGtin } from '@nguongoc/trace-core';
import { NET_UNITS, type NetUnit, isNetUnit } from '@nguongoc/vn-locale';
import { z } from 'zod';
import { field, listOf, positive, text, traceChecked, wholeNumber } from './_body-fields.js';
import { memberProductsAnswer } from './accounts.js';

// A cooperative's own products from the workspace (issue #23, ADR 037): the body that creates one
// and makes it traceable in the same step, the body that changes one, and what is read back.
// Every field is a `custom` check with one message in both languages (_body-fields.ts); a missing
// required field is a custom issue too, so it is named in Vietnamese as well.

/** The largest image a product takes, and how many (the upload route's limits). */
export const PRODUCT_IMAGE_MAX_BYTES = 5 * 2 ** 20;
export const PRODUCT_IMAGE_MAX_FILES = 8;
/** The image types taken, by what their first bytes say. */
export const PRODUCT_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

const SKU = /^[A-Za-z0-9._-]{1,40}$/;

/** A real calendar day, `YYYY-MM-DD`. */
function isDay(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A GTIN-8, -12, -13 or -14 whose check digit is right, kept as typed (the barcode under the
 * bars); trace-core's own bilingual explanation when it is not.
 */
const gtin = traceChecked(
  'gtin',
  normalizeGtin,
  'GTIN là một chuỗi chữ số',
  'a GTIN is a string of digits',
);

const variantFields = {
  title: text('variants[].title', 100),
  sku: field<string>(
    'variants[].sku',
    (value) => typeof value === 'string' && SKU.test(value),
    'chữ không dấu, số, . _ - (1 đến 40 ký tự)',
    'letters without diacritics, digits, . _ - (1 to 40 characters)',
  ),
  price_vnd: wholeNumber('variants[].price_vnd', 1, 1_000_000_000),
  stock: wholeNumber('variants[].stock', 0, 1_000_000_000),
};

/** One variant of a new product: its title, SKU, price in đồng, stock, and GTIN if it has one. */
export const coopProductVariantBody = z.strictObject({ ...variantFields, gtin: gtin.optional() });
export type CoopProductVariantBody = z.infer<typeof coopProductVariantBody>;

const variants = listOf(
  'variants',
  coopProductVariantBody,
  1,
  20,
  'từ 1 đến 20 phân loại',
  '1 to 20 variants',
).refine((list) => new Set(list.map((variant) => variant.sku)).size === list.length, {
  message: 'variants: mỗi phân loại một SKU riêng / each variant needs its own SKU',
});

const imageUrl = (value: unknown) =>
  typeof value === 'string' &&
  value.length <= 2000 &&
  URL.canParse(value) &&
  ['http:', 'https:'].includes(new URL(value).protocol);

const images = field<string[]>(
  'images',
  (value) =>
    Array.isArray(value) && value.length <= PRODUCT_IMAGE_MAX_FILES && value.every(imageUrl),
  `tối đa ${PRODUCT_IMAGE_MAX_FILES} địa chỉ ảnh do POST /coop/uploads trả về`,
  `at most ${PRODUCT_IMAGE_MAX_FILES} image URLs, as POST /coop/uploads answers them`,
);

/** OCOP (Mỗi xã một sản phẩm): the stars, the decision that granted them, its last day. */
export const coopOcopBody = z.strictObject({
  stars: field<3 | 4 | 5>(
    'ocop.stars',
    (value) => [3, 4, 5].includes(value as number),
    '3, 4 hoặc 5 sao',
    '3, 4 or 5 stars',
  ),
  decision_number: text('ocop.decision_number', 100),
  expires_on: field<string>(
    'ocop.expires_on',
    isDay,
    'ngày dạng YYYY-MM-DD',
    'a day as YYYY-MM-DD',
  ),
});
export type CoopOcopBody = z.infer<typeof coopOcopBody>;

const ocop = field<object>(
  'ocop',
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'sao, số quyết định và ngày hết hạn',
  'stars, decision number and expiry day',
).pipe(coopOcopBody);

const boxCm = z.object({
  length: positive('box_cm.length', 500),
  width: positive('box_cm.width', 500),
  height: positive('box_cm.height', 500),
});

/** The fields every product has beside its variants; all but the titles and net content optional. */
const productFields = {
  title: text('title', 200),
  title_en: text('title_en', 200),
  description: text('description', 5000).optional(),
  description_en: text('description_en', 5000).optional(),
  category_handle: field<string>(
    'category_handle',
    (value) =>
      typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 100,
    'mã danh mục (chữ thường, số, gạch nối)',
    'a category handle (lower case, digits, hyphens)',
  ).optional(),
  images: images.optional(),
  net_quantity: positive('net_quantity', 1_000_000),
  net_unit: field<NetUnit>(
    'net_unit',
    isNetUnit,
    `một trong ${NET_UNITS.join(', ')}`,
    `one of ${NET_UNITS.join(', ')}`,
  ),
  /** The packed weight and box, which the exchanges' shipping needs. */
  weight_grams: wholeNumber('weight_grams', 1, 1_000_000).optional(),
  box_cm: boxCm.optional(),
  ocop: ocop.optional(),
  planting_area_id: field<string>(
    'planting_area_id',
    (value) => typeof value === 'string' && RECORD_ID.test(value),
    'mã vùng trồng trong sổ truy xuất',
    'the ID of a planting area in the trace ledger',
  ).optional(),
  household_id: text('household_id', 100).optional(),
  brand: text('brand', 200).optional(),
  shelf_life_days: wholeNumber('shelf_life_days', 1, 3650).optional(),
  storage: text('storage', 300).optional(),
  origin: text('origin', 300).optional(),
};

/**
 * POST /coop/products: a new product, made traceable in the same step (ADR 037). Its handle
 * comes from the Vietnamese title without diacritics; its ledger ID is that handle; neither is
 * the caller's to set.
 */
export const coopProductBody = z.object({ ...productFields, variants });
export type CoopProductBody = z.infer<typeof coopProductBody>;

/** A change of an existing variant: its title, price and stock (its SKU and GTIN stay). */
export const coopVariantUpdateBody = z.strictObject({
  id: text('variants[].id', 100),
  title: variantFields.title.optional(),
  price_vnd: variantFields.price_vnd.optional(),
  stock: variantFields.stock.optional(),
});

function unknownVariantKeys(keys: string[], existing: boolean): string {
  const list = keys.join(', ');
  return existing
    ? `variants[]: không sửa được ${list} của phân loại đã có (SKU và GTIN giữ nguyên sau khi tạo) / ${list} of an existing variant cannot be changed (SKU and GTIN stay once created)`
    : `variants[]: phân loại mới không có trường ${list} / a new variant has no field ${list}`;
}

/**
 * One entry of a change's `variants`: with `id`, a change of that variant (coopVariantUpdateBody);
 * without, a new variant, taken as a new product's are (coopProductVariantBody: title, SKU,
 * price, stock, GTIN). Either schema's own bilingual messages, naming the field.
 */
const variantChange = field<Record<string, unknown>>(
  'variants[]',
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'một phân loại (có id: sửa; không id: thêm mới)',
  'a variant (with id: a change; without: a new one)',
).transform((value, context) => {
  const result =
    'id' in value
      ? coopVariantUpdateBody.safeParse(value)
      : coopProductVariantBody.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const message =
      issue.code === 'unrecognized_keys'
        ? unknownVariantKeys(issue.keys, 'id' in value)
        : issue.message;
    context.addIssue({ code: 'custom', message, path: issue.path });
  }
  return z.NEVER;
});

const variantIds = field<string[]>(
  'remove_variant_ids',
  (value) =>
    Array.isArray(value) &&
    value.length <= 20 &&
    value.every((id) => typeof id === 'string' && id.length >= 1 && id.length <= 100),
  'tối đa 20 mã phân loại',
  'at most 20 variant IDs',
);

/**
 * POST /coop/products/:id: what changes; a field sent as `null` is cleared (the optional ones).
 * The ledger gets a new version of the product's record only when what it holds changed.
 *
 * Variants: an entry of `variants` with `id` changes that variant; one without `id` adds a
 * variant (its SKU and GTIN free in the whole store, its title a new value of the product's
 * option); `remove_variant_ids` removes variants (soft-deleted as Medusa's admin does: orders
 * keep what they bought). A product keeps at least one variant, and the variant whose SKU its
 * ledger record names (its main trade item) stays; a variant with goods reserved for an order
 * not yet shipped cannot be removed.
 */
export const coopProductUpdateBody = z.object({
  title: productFields.title.optional(),
  title_en: productFields.title_en.optional(),
  description: text('description', 5000).nullable().optional(),
  description_en: text('description_en', 5000).nullable().optional(),
  category_handle: productFields.category_handle.unwrap().nullable().optional(),
  images: productFields.images,
  net_quantity: productFields.net_quantity.optional(),
  net_unit: productFields.net_unit.optional(),
  weight_grams: productFields.weight_grams.unwrap().nullable().optional(),
  box_cm: boxCm.nullable().optional(),
  ocop: ocop.nullable().optional(),
  planting_area_id: productFields.planting_area_id.unwrap().nullable().optional(),
  household_id: productFields.household_id.unwrap().nullable().optional(),
  brand: productFields.brand.unwrap().nullable().optional(),
  shelf_life_days: productFields.shelf_life_days.unwrap().nullable().optional(),
  storage: productFields.storage.unwrap().nullable().optional(),
  origin: productFields.origin.unwrap().nullable().optional(),
  variants: listOf('variants', variantChange, 0, 20, 'tối đa 20 phân loại', 'at most 20 variants')
    .refine(
      (list) => {
        const skus = list.flatMap((entry) => ('sku' in entry ? [entry.sku] : []));
        return new Set(skus).size === skus.length;
      },
      { message: 'variants: mỗi phân loại một SKU riêng / each variant needs its own SKU' },
    )
    .optional(),
  remove_variant_ids: variantIds.optional(),
});
export type CoopProductUpdateBody = z.infer<typeof coopProductUpdateBody>;

/** The product's record in its cooperative's ledger (trace-core's `Product`), as stored. */
export const ledgerProduct = z.looseObject({
  type: z.literal('product'),
  id: z.string(),
  organisationId: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  sku: z.string(),
  gtin: z.string().optional(),
  unit: z.string(),
  ocop: z
    .object({ stars: z.number(), decisionNumber: z.string(), expiresOn: z.string() })
    .optional(),
});
export type LedgerProduct = z.infer<typeof ledgerProduct>;

export const coopProductVariant = z.object({
  id: z.string(),
  title: z.string(),
  sku: z.string().nullable(),
  gtin: z.string().nullable(),
  price_vnd: z.number().nullable(),
  stock: z.number(),
});

/** A cooperative's product as the workspace reads and edits it. */
export const coopProduct = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  title_en: z.string().nullable(),
  description: z.string().nullable(),
  description_en: z.string().nullable(),
  status: z.string(),
  thumbnail: z.string().nullable(),
  category: z.object({ handle: z.string(), name: z.string() }).nullable(),
  images: z.array(z.object({ id: z.string(), url: z.string() })),
  variants: z.array(coopProductVariant),
  net_quantity: z.number().nullable(),
  net_unit: z.string().nullable(),
  weight_grams: z.number().nullable(),
  box_cm: z.object({ length: z.number(), width: z.number(), height: z.number() }).nullable(),
  brand: z.string().nullable(),
  shelf_life_days: z.number().nullable(),
  storage: z.string().nullable(),
  origin: z.string().nullable(),
  planting_area_id: z.string().nullable(),
  household_id: z.string().nullable(),
  /** `metadata.trace_product_id`: null for a product no workflow has made traceable. */
  trace_product_id: z.string().nullable(),
  /** The current version of its ledger record (OCOP is read from here), if it has one. */
  trace_record: ledgerProduct.nullable(),
});
export type CoopProduct = z.infer<typeof coopProduct>;

/** GET /coop/products/:id, and the answer of POST /coop/products (201) and POST …/:id. */
export const coopProductAnswer = z.object({ product: coopProduct });
export type CoopProductAnswer = z.infer<typeof coopProductAnswer>;

/** GET /coop/products: each product with its first image and whether it is traceable. */
export const coopProductsAnswer = z.object({
  products: z.array(
    memberProductsAnswer.shape.products.element.extend({
      thumbnail: z.string().nullable(),
      traced: z.boolean(),
    }),
  ),
});
export type CoopProductsAnswer = z.infer<typeof coopProductsAnswer>;

/** POST /coop/uploads (multipart, field `files`): the stored images, to send as `images`. */
export const coopUploadsAnswer = z.object({
  files: z.array(z.object({ id: z.string(), url: z.string() })),
});
export type CoopUploadsAnswer = z.infer<typeof coopUploadsAnswer>;
