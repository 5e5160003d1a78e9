import type { LotBundle } from '@nguongoc/trace-core';
import { z } from 'zod';
import { bilingualText } from './_fields.js';

/**
 * A lot bundle crosses as JSON and is checked where it is used: trace-core's `verifyLotBundle`
 * checks every event, record and proof against the ledger's keys. Here only its outline.
 */
export const lotBundle = z.custom<LotBundle>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { events?: unknown }).events) &&
    typeof (value as { checkpoint?: unknown }).checkpoint === 'string',
  { error: 'expected a lot bundle (events and a signed checkpoint)' },
);

/** GET /store/trace/:code: the bundle the trace page verifies, with its ledger's verifier keys. */
export const storeTraceAnswer = z.object({
  bundle: lotBundle,
  verifier_keys: z.array(z.string()),
});
export type StoreTraceAnswer = z.infer<typeof storeTraceAnswer>;

/** GET /store/trace/gs1/:gtin/:lot: the short code of the lot a GS1 Digital Link names. */
export const storeGs1LotAnswer = z.object({ code: z.string() });
export type StoreGs1LotAnswer = z.infer<typeof storeGs1LotAnswer>;

/** POST /store/trace/:code/scans */
export const scanBody = z.object({
  /**
   * A unit's serial (GS1 AI 21, up to 20 characters) when the QR carries one: it must be one the
   * label printer printed for the lot (else 404). Absent: a scan of the lot's own code.
   */
  serial: z.string().min(1).max(20).optional(),
  /**
   * Two-digit province code of the 2025 units (one of the 34; others are a 400), sent only when
   * the buyer chose to share it: nothing finer than a province is ever sent or stored.
   */
  province: z
    .string()
    .regex(/^\d{2}$/, { message: 'mã tỉnh gồm 2 chữ số / a 2-digit province code' })
    .optional(),
});
export type ScanBody = z.infer<typeof scanBody>;

/**
 * POST /admin/trace/lots/:lot/serials: the unit serials `from`..`to` printed for a lot (written
 * zero-padded to `width` digits, 0 = none), as the label printer makes them: scans of those
 * serials are then accepted (issue #22).
 */
export const printedSerialsBody = z
  .object({
    from: z.number().int().min(0).max(999_999_999_999),
    to: z.number().int().min(0).max(999_999_999_999),
    width: z.number().int().min(0).max(12).default(0),
  })
  .refine((range) => range.from <= range.to, {
    message: 'số đầu phải ≤ số cuối / from must be ≤ to',
    path: ['to'],
  });
export type PrintedSerialsBody = z.infer<typeof printedSerialsBody>;

/** What the trace page tells the consumer about a code's scans. */
export const scanVerdict = z.object({
  /** The unit's serial, or the lot's code for a scan of the lot's own label. */
  serial: z.string(),
  /**
   * `unit`: judged by its count and by two provinces within hours. `lot`: a label printed on every
   * box of the lot, never judged (its count and provinces are information only).
   */
  level: z.enum(['lot', 'unit']),
  scans: z.number().int().nonnegative(),
  provinces: z.array(z.string()),
  suspicious: z.boolean(),
  reasons: z.array(bilingualText),
});
export type ScanVerdict = z.infer<typeof scanVerdict>;

export const scanAnswer = z.object({ verdict: scanVerdict });
export type ScanAnswer = z.infer<typeof scanAnswer>;
