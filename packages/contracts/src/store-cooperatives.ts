import { z } from 'zod';
import { bilingualText } from './_fields.js';
import { storeProductFacts } from './product-facts.js';

/**
 * A cooperative (hợp tác xã, HTX) as the public store API shows it: who it is and where
 * (commune and province, both languages), and which of its products this storefront sells.
 * Never its contact person, phone, email, bank account, street address or trace ledger.
 */
export const storeCooperative = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  commune_code: z.string(),
  province_code: z.string(),
  commune: bilingualText,
  province: bilingualText,
  product_ids: z.array(z.string()),
  /**
   * The ledger facts (OCOP, planting area) of each of `product_ids`, by product ID (ADR 039):
   * in the answers of GET /store/cooperatives and /store/cooperatives/:handle.
   */
  product_facts: z.record(z.string(), storeProductFacts).optional(),
});
export type StoreCooperative = z.infer<typeof storeCooperative>;

/** GET /store/cooperatives[?province=40] */
export const storeCooperativesAnswer = z.object({ cooperatives: z.array(storeCooperative) });
export type StoreCooperativesAnswer = z.infer<typeof storeCooperativesAnswer>;

/** GET /store/cooperatives/:handle */
export const storeCooperativeAnswer = z.object({ cooperative: storeCooperative });
export type StoreCooperativeAnswer = z.infer<typeof storeCooperativeAnswer>;

/** A traced lot as the store lists it: what its trace page will show, in short. */
export const storeLot = z.object({
  /** The lot's short code (its record ID), the `<code>` of `/t/<code>`. */
  id: z.string(),
  /** The lot number printed on the label. */
  code: z.string(),
  trace_path: z.string(),
  event_count: z.number().int().nonnegative(),
  /** The earliest and latest `eventTime` of its events, as recorded (e.g. `…+07:00`). */
  first_event_at: z.string().nullable(),
  last_event_at: z.string().nullable(),
  /** Each kind of work once, in ledger order: field work (`harvest`…) or the CBV business step. */
  kinds: z.array(z.string()),
});
export type StoreLot = z.infer<typeof storeLot>;

/** GET /store/products/:id/origin: who made a product and its traced lots, newest first. */
export const storeProductOriginAnswer = z.object({
  cooperative: storeCooperative.nullable(),
  lots: z.array(storeLot),
  /** The product's OCOP rating and planting area, from its cooperative's ledger (ADR 039). */
  facts: storeProductFacts,
});
export type StoreProductOriginAnswer = z.infer<typeof storeProductOriginAnswer>;
