import { z } from 'zod';

// A product's facts read from its cooperative's trace ledger (issue #23, ADR 039): its OCOP rating
// (the ledger product record's `ocop`) and the planting area it grows in (a `location` of kind
// `planting-area`). The store answers carry them so that the shop never reads them from product
// metadata, where they could disagree with the ledger.

/** `valid`; `expiring` within 30 days of its last day; `expired` after it (Vietnam's day). */
export const storeOcopStatus = z.enum(['valid', 'expiring', 'expired']);

/** An OCOP rating as the ledger holds it, with its status today. Expired: never shown as stars. */
export const storeOcop = z.object({
  stars: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  /** The number of the decision that granted the stars (`2189/QĐ-UBND`). */
  decision_number: z.string(),
  /** The last day the rating holds, `YYYY-MM-DD`. */
  expires_on: z.string(),
  status: storeOcopStatus,
});
export type StoreOcop = z.infer<typeof storeOcop>;

/** The planting area (vùng trồng) as the ledger holds it: its record ID, code and name. */
export const storePlantingArea = z.object({
  id: z.string(),
  /** Mã số vùng trồng, issued by the plant protection authority. */
  code: z.string(),
  name: z.string(),
});
export type StorePlantingArea = z.infer<typeof storePlantingArea>;

/** What the ledger says of one product; null where it says nothing. */
export const storeProductFacts = z.object({
  ocop: storeOcop.nullable(),
  planting_area: storePlantingArea.nullable(),
});
export type StoreProductFacts = z.infer<typeof storeProductFacts>;
