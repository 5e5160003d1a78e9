import type { LotBundleVerification } from '@nguongoc/trace-core';
import { z } from 'zod';
import { lotBundle } from './store-trace.js';

const vi = (text: string) => ({ message: text });

/** A lot of a product, with the links of its trace page and its labels. */
export const adminLot = z.object({
  type: z.literal('lot'),
  id: z.string(),
  code: z.string(),
  productId: z.string(),
  organisationId: z.string(),
  locationId: z.string().optional(),
  trace_url: z.string(),
  labels_url: z.string(),
});
export type AdminLot = z.infer<typeof adminLot>;

/**
 * A place of the cooperative's ledger where field work can be recorded. Readers get its ID and
 * name only; a plain object (not a loose one) so that trace-core's `Location` is one as it is.
 */
export const adminLocation = z.object({ id: z.string(), name: z.string() });
export type AdminLocation = z.infer<typeof adminLocation>;

/** GET /admin/products/:id/lots: the product's lots, newest first, and the cooperative's places. */
export const productLotsAnswer = z.object({
  lots: z.array(adminLot),
  locations: z.array(adminLocation),
});
export type ProductLotsAnswer = z.infer<typeof productLotsAnswer>;

/** POST /admin/products/:id/lots */
export const createLotBody = z.object({
  /** The lot number printed on the label (GS1 AI 10: 1–20 characters, no diacritics). */
  code: z.string().min(1).max(20),
  /** A place of the cooperative's ledger (/coop/places) where it was grown or made. */
  location_id: z.string().min(1).max(64).optional(),
  /**
   * The household that grew it: its ID as /coop/households lists it, or its ledger organisation
   * ID (`<cooperative handle>.hh.<ULID>`); a household of the lot's cooperative.
   */
  household_id: z.string().min(1).max(64).optional(),
  /** A season (`seasons[].id`) of the place `location_id` names; needs `location_id`. */
  season_id: z.string().min(1).max(64).optional(),
});
export type CreateLotBody = z.infer<typeof createLotBody>;

const storyStep = z.object({
  eventId: z.string(),
  time: z.string(),
  title: z.string(),
  details: z.array(z.string()),
});

/**
 * GET /admin/trace/lots/:lot: the bundle, its story in both languages (the steps, which is what
 * readers show; trace-core's `LotStory` is one as it is), and its verification.
 */
export const lotDetailAnswer = z.object({
  bundle: lotBundle,
  story: z.object({
    vi: z.object({ steps: z.array(storyStep) }),
    en: z.object({ steps: z.array(storyStep) }),
  }),
  verification: z.custom<LotBundleVerification>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { ok?: unknown }).ok === 'boolean' &&
      Array.isArray((value as { failures?: unknown }).failures),
  ),
});
export type LotDetailAnswer = z.infer<typeof lotDetailAnswer>;
export type StoryStep = z.infer<typeof storyStep>;

export const FIELD_WORK_KINDS = [
  'sowing',
  'fertilising',
  'spraying',
  'harvest',
  'processing',
  'packing',
  'certification',
  'shipping',
] as const;

/** POST /admin/trace/lots/:lot/events: field work as staff type it. */
export const fieldWorkBody = z.object({
  kind: z.enum(FIELD_WORK_KINDS),
  /** Local time in Vietnam, `YYYY-MM-DDTHH:mm`. */
  time: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, vi('dạng YYYY-MM-DDTHH:mm / as YYYY-MM-DDTHH:mm')),
  location_id: z.string().min(1).max(64),
  quantity: z.number().positive().optional(),
  note: z.string().max(500).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type FieldWorkBody = z.infer<typeof fieldWorkBody>;

/** POST /admin/products/:id/lots: the lot opened (its links are in the product's list). */
export const createdLotAnswer = z.object({
  lot: adminLot.omit({ trace_url: true, labels_url: true }),
});
export type CreatedLotAnswer = z.infer<typeof createdLotAnswer>;

/** POST /admin/trace/lots/:lot/events: the event, or the same one again (`duplicate`). */
export const fieldWorkAnswer = z.object({
  event: z.object({ eventId: z.string(), leafIndex: z.number(), duplicate: z.boolean() }),
});
export type FieldWorkAnswer = z.infer<typeof fieldWorkAnswer>;
