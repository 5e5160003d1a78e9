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
  /** A unit's serial (GS1 AI 21) when the QR carries one; the lot's code otherwise. */
  serial: z.string().min(1).max(200).optional(),
  /** Two-digit province code of the 2025 units, from the storefront's geolocation, if known. */
  province: z
    .string()
    .regex(/^\d{2}$/, { message: 'mã tỉnh gồm 2 chữ số / a 2-digit province code' })
    .optional(),
});
export type ScanBody = z.infer<typeof scanBody>;

/** What the trace page tells the consumer about a code's scans. */
export const scanVerdict = z.object({
  serial: z.string(),
  scans: z.number().int().nonnegative(),
  provinces: z.array(z.string()),
  suspicious: z.boolean(),
  reasons: z.array(bilingualText),
});
export type ScanVerdict = z.infer<typeof scanVerdict>;

export const scanAnswer = z.object({ verdict: scanVerdict });
export type ScanAnswer = z.infer<typeof scanAnswer>;
