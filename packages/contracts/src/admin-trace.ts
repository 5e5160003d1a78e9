import { type LotBundleVerification, normalizeShortCode } from '@nguongoc/trace-core';
import { z } from 'zod';
import { listOf, positive, traceChecked } from './_body-fields.js';
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

/** The most input lots one processing step names. */
export const MAX_INPUT_LOTS = 20;

/** A lot's short code (the `/t/<code>` of its label), with trace-core's reason when it is not. */
const inputLotCode = traceChecked(
  'inputs[].lot',
  normalizeShortCode,
  'mã truy xuất của một lô',
  "a lot's trace code",
);

/** One lot a processing step used: its short code and, if known, how much (in its unit). */
export const inputLotBody = z.object(
  {
    lot: inputLotCode,
    quantity: positive('inputs[].quantity', 1_000_000_000).optional(),
  },
  { message: 'inputs[]: một lô nguyên liệu { lot, quantity } / an input lot { lot, quantity }' },
);
export type InputLotBody = z.infer<typeof inputLotBody>;

/**
 * POST /admin/trace/lots/:lot/events: field work as staff type it. Processing may name the lots
 * it used (`inputs`, other lots of the same cooperative: the backend checks that, and that the
 * lot does not name itself).
 */
export const fieldWorkBody = z
  .object({
    kind: z.enum(FIELD_WORK_KINDS),
    /** Local time in Vietnam, `YYYY-MM-DDTHH:mm`. */
    time: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, vi('dạng YYYY-MM-DDTHH:mm / as YYYY-MM-DDTHH:mm')),
    location_id: z.string().min(1).max(64),
    quantity: z.number().positive().optional(),
    note: z.string().max(500).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    inputs: listOf(
      'inputs',
      inputLotBody,
      1,
      MAX_INPUT_LOTS,
      `từ 1 đến ${MAX_INPUT_LOTS} lô nguyên liệu`,
      `1 to ${MAX_INPUT_LOTS} input lots`,
    ).optional(),
  })
  .superRefine((body, context) => {
    if (body.inputs === undefined) return;
    if (body.kind !== 'processing') {
      context.addIssue({
        code: 'custom',
        path: ['inputs'],
        message:
          'inputs: chỉ công việc chế biến mới ghi lô nguyên liệu / only processing names input lots',
      });
      return;
    }
    const seen = new Set<string>();
    body.inputs.forEach((input, index) => {
      let code: string;
      try {
        code = normalizeShortCode(input.lot);
      } catch {
        return; // refused above, by the entry's own check
      }
      if (seen.has(code)) {
        context.addIssue({
          code: 'custom',
          path: ['inputs', index, 'lot'],
          message: `inputs[].lot: lô ${code} được chọn hai lần / lot ${code} is named twice`,
        });
      }
      seen.add(code);
    });
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
