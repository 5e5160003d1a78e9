import { PRODUCT_FIELDS } from '@nguongoc/connectors/product-fields';
import { z } from 'zod';
import { instant } from './_fields.js';
import { exchangeId } from './exchanges.js';

// The admin's exchanges (sàn TMĐT) pages and their routes under
// /admin/cooperatives/:id/channels, /admin/channel-listings and /admin/channel-category-mappings.
// Stored rows keep their columns as text (`exchange`, `status`): their schemas say so, and the
// routes that build an answer from the connectors name the exchange by its ID.

const vi = (text: string) => ({ message: text });

/** A page on an exchange: https only, or null to clear it. */
const exchangePage = z
  .string()
  .url()
  .regex(/^https:\/\//, vi('địa chỉ https:// / an https:// address'))
  .nullish();

/**
 * The product fields a finding points to, `PRODUCT_FIELDS` of `@nguongoc/connectors` (one copy):
 * the workspace's product form has an anchor `#field-<key>` for each (`/products/:id/edit#field-brand`).
 * `origin` is the cooperative's commune (its profile), `trace` the product's lots.
 */
export const PRODUCT_FIELD_KEYS = PRODUCT_FIELDS;
export const productFieldKey = z.enum(PRODUCT_FIELD_KEYS);
export type ProductFieldKey = z.infer<typeof productFieldKey>;

/**
 * A rule of an exchange that a product fails (`error`: it cannot be exported) or a doubt about it
 * (`warning`: it can), in words a cooperative's office acts on.
 */
export const ruleFinding = z.object({
  severity: z.enum(['error', 'warning']),
  /** Stable code, e.g. `attribute.required`, `title.too_long`. */
  code: z.string(),
  /** The product field that fixes it, e.g. `brand`, `images`, `dimensions`. */
  field: productFieldKey,
  /** For an image finding: the image's position among the product's images, 0-based. */
  index: z.number().int().nonnegative().optional(),
  /** What is missing or wrong, then what to do: `Thiếu thương hiệu: nhập thương hiệu của sản phẩm`. */
  message: z.object({ vi: z.string(), en: z.string() }),
  /** The exchange rule it enforces (its source and date are in the rules). */
  rule: z.string().optional(),
});
export type RuleFinding = z.infer<typeof ruleFinding>;

/** A seller account on an exchange: the cooperative's own, or one of its households'. */
export const channelAccount = z.looseObject({
  id: z.string(),
  cooperative_id: z.string(),
  household_id: z.string().nullable(),
  exchange: z.string(),
  shop_name: z.string(),
  shop_url: z.string().nullable(),
});
export type ChannelAccount = z.infer<typeof channelAccount>;

/** What a listing can be: `draft` and `ready` before its first export. */
export const LISTING_STATUSES = ['draft', 'ready', 'exported', 'live', 'paused', 'error'] as const;

/** A product on an exchange: ready or not with each failing rule, its listing, and staleness. */
export const listingReadiness = z.object({
  product_id: z.string(),
  sku: z.string(),
  title: z.string(),
  exchange: exchangeId,
  /** No error-level finding ("Đạt quy định"); warnings do not block an export. */
  ready: z.boolean(),
  /** Errors first, then warnings. */
  findings: z.array(ruleFinding),
  /** The listing as recorded (draft until first exported). */
  status: z.enum(LISTING_STATUSES),
  listing_id: z.string().nullable(),
  external_url: z.string().nullable(),
  last_exported_at: instant.nullable(),
  /** Exported before, and what it would export now differs (price, stock, text, images). */
  stale: z.boolean(),
});
export type ListingReadiness = z.infer<typeof listingReadiness>;

/** GET /admin/cooperatives/:id/channels */
export const channelsAnswer = z.object({
  exchanges: z.array(
    z.object({
      id: exchangeId,
      name: z.string(),
      rules_version: z.string(),
      capabilities: z.object({
        validate: z.boolean(),
        render: z.boolean(),
        export: z.array(z.literal('xlsx')).readonly(),
        importOrders: z.array(z.enum(['xlsx', 'csv'])).readonly(),
        push: z.array(z.string()).readonly(),
      }),
    }),
  ),
  /** The cooperative's own accounts (not its households'). */
  accounts: z.array(channelAccount),
  listings: z.array(listingReadiness),
});
export type ChannelsAnswer = z.infer<typeof channelsAnswer>;

/** POST /admin/cooperatives/:id/channels/:exchange/account */
export const channelAccountBody = z.object({
  shop_name: z.string().trim().min(1).max(200),
  shop_url: exchangePage,
  /** A member household's own shop; absent for the cooperative's. */
  household_id: z.string().min(1).max(100).optional(),
});
export type ChannelAccountBody = z.infer<typeof channelAccountBody>;

export const channelAccountAnswer = z.object({ account: channelAccount });
export type ChannelAccountAnswer = z.infer<typeof channelAccountAnswer>;

/** POST /admin/channel-listings/:id: what the cooperative saw on the exchange. */
export const channelListingBody = z.object({
  status: z.enum(['live', 'paused', 'exported']).optional(),
  external_url: exchangePage,
});
export type ChannelListingBody = z.infer<typeof channelListingBody>;

export const channelListingAnswer = z.object({
  listing: z.looseObject({
    id: z.string(),
    product_id: z.string(),
    exchange: z.string(),
    status: z.enum(LISTING_STATUSES),
    external_url: z.string().nullable(),
  }),
});
export type ChannelListingAnswer = z.infer<typeof channelListingAnswer>;

/** POST /admin/cooperatives/:id/channels/:exchange/exports */
export const channelExportBody = z.object({
  /** Only the listings whose payload changed since their last export. */
  changed_only: z.boolean().default(false),
});
export type ChannelExportBody = z.infer<typeof channelExportBody>;

/** A file written through Medusa's File Module: its name to save it as, and where to get it. */
export const downloadFile = z.object({ name: z.string(), url: z.string() });
export type DownloadFile = z.infer<typeof downloadFile>;

/** The export's workbook and images archive as download links; what was refused, with why. */
export const channelExportAnswer = z.object({
  exchange: exchangeId,
  workbook: downloadFile,
  archive: downloadFile,
  /** The SKUs in the files. */
  exported: z.array(z.string()),
  /** The SKUs left out of a delta export, as nothing changed. */
  unchanged: z.array(z.string()),
  refused: z.array(z.object({ sku: z.string(), findings: z.array(ruleFinding) })),
});
export type ChannelExportAnswer = z.infer<typeof channelExportAnswer>;

/**
 * POST /admin/cooperatives/:id/channels/:exchange/order-imports takes the exchange's order export
 * as `multipart/form-data`, field `file`: an .xlsx or .csv file of at most this many bytes.
 */
export const ORDER_FILE_MAX_BYTES = 15 * 2 ** 20;

/** The uploaded file's name: .xlsx or .csv, at most 200 characters. */
export const orderFileName = z
  .string()
  .max(200)
  .regex(/\.(xlsx|csv)$/i);

/** A row or cell of an order export that was refused (error) or read with a doubt (warning). */
export const importProblem = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  /** 1-based spreadsheet row. */
  row: z.number(),
  /** The column's header as written in the file, or '' when the problem is the row. */
  column: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblem>;

/** What an order import read, kept, created, updated and left unchanged, and what it refused. */
export const orderImportSummary = z.object({
  id: z.string(),
  exchange: exchangeId,
  file_name: z.string(),
  rows_read: z.number(),
  rows_kept: z.number(),
  lines_created: z.number(),
  lines_updated: z.number(),
  lines_unchanged: z.number(),
  problems: z.array(importProblem),
});
export type OrderImportSummary = z.infer<typeof orderImportSummary>;

/** POST …/order-imports */
export const orderImportAnswer = z.object({ import: orderImportSummary });
export type OrderImportAnswer = z.infer<typeof orderImportAnswer>;

/** GET …/order-imports: the earlier imports, newest first. */
export const orderImportsAnswer = z.object({
  imports: z.array(orderImportSummary.extend({ created_at: instant })),
});
export type OrderImportsAnswer = z.infer<typeof orderImportsAnswer>;

/** GET /admin/channel-category-mappings and POST: NguonGoc category → an exchange's category. */
export const categoryMapping = z.looseObject({
  id: z.string(),
  exchange: z.string(),
  category_key: z.string(),
  exchange_category_id: z.string(),
});
/** A category a product can be in: NguonGoc's own keys, and the shop's categories by handle. */
export const mappableCategory = z.object({
  key: z.string(),
  /** "Trái cây / Fruit" for NguonGoc's keys; the shop category's own name. */
  name: z.string(),
  kind: z.enum(['nguongoc', 'shop']),
});
/** One exchange's category tree as paths, and what NguonGoc maps without a person's choice. */
export const exchangeCategories = z.object({
  id: exchangeId,
  name: z.string(),
  rules_version: z.string(),
  /** Every node of the tree: `{ id: 'pm-trai-cay', path: 'Nông sản > Trái cây' }`. */
  categories: z.array(z.object({ id: z.string(), path: z.string() })),
  /** The rules' own mapping of NguonGoc keys (a sub-key takes its parent's). */
  defaults: z.record(z.string(), z.string()),
  /** The catch-all a product without a mapping goes into, with a warning. */
  fallback: z.string(),
});
export const categoryMappingsAnswer = z.object({
  mappings: z.array(categoryMapping),
  categories: z.array(mappableCategory),
  exchanges: z.array(exchangeCategories),
});
export type CategoryMappingsAnswer = z.infer<typeof categoryMappingsAnswer>;
export const categoryMappingAnswer = z.object({ mapping: categoryMapping });
export type CategoryMappingAnswer = z.infer<typeof categoryMappingAnswer>;
