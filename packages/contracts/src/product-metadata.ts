import { z } from 'zod';
import { isRecord, lenientMetadataReader } from './_lenient-metadata.js';

// A product's `metadata` in Medusa: the facts NguonGoc keeps on a product that Medusa's product
// model has no field for. Written by the seed (and later the workspace), read by the shop, the
// exchanges' catalogue, the pilot's figures and the lot routes. Every key is named here once.

/** A number, also as the text the admin's metadata editor writes (`"500"`). */
const numberOrText = <Schema extends z.ZodType<number>>(schema: Schema) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
    schema,
  );

const ocopStars = numberOrText(z.union([z.literal(3), z.literal(4), z.literal(5)]));

/** The fields, each as it must be written. */
export const productMetadataFields = {
  /** The product's title in English (the Vietnamese one is Medusa's `title`). */
  title_en: z.string().min(1).max(300),
  /** The description in English (the Vietnamese one is Medusa's `description`; issue #23). */
  description_en: z.string().min(1).max(5000),
  /**
   * @deprecated Read by nothing (ADR 039): the OCOP rating is the ledger product record's `ocop`
   * (`trace_product_id`). Kept parseable so that products written before it do not break.
   */
  ocop_stars: ocopStars,
  /** @deprecated As `ocop_stars`: the ledger's `ocop.decisionNumber` (ADR 039). */
  ocop_decision: z.string().min(1).max(100),
  /** @deprecated As `ocop_stars`: the ledger's `ocop.expiresOn` (ADR 039). */
  ocop_expires_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Where it is grown or made, as printed for buyers (`Xã Nghĩa Đàn, Nghệ An`). */
  origin: z.string().min(1).max(300),
  /**
   * @deprecated Read by nothing (ADR 039): the planting-area code is the `plantingAreaCode` of
   * the ledger location `planting_area_id`. Kept parseable so that old products do not break.
   */
  planting_area: z.string().min(1).max(50),
  /**
   * The ledger ID of the planting area (a `location` record of kind `planting-area`) it grows in:
   * its code is read from that record, never typed here (issue #23).
   */
  planting_area_id: z.string().min(1).max(100),
  /** The ID of the product's record in its cooperative's trace ledger. */
  trace_product_id: z.string().min(1).max(100),
  /** The member household that grows or makes it (a household of the same cooperative). */
  household_id: z.string().min(1).max(100),
  /** Net content, in `net_unit`s. */
  net_quantity: numberOrText(z.number().positive()),
  /** UN/ECE Recommendation 20 unit code of the net content (GRM, KGM, MLT, LTR, H87). */
  net_unit: z.string().regex(/^[A-Z0-9]{3}$/),
  /** A NguonGoc category key (`trai-cay/cam`) the exchanges use instead of its first category. */
  channel_category: z.string().min(1).max(100),
  /** What the exchanges' listing forms ask for beyond Medusa's fields (brand, shelf life, …). */
  channel_attributes: z.record(z.string(), z.string()),
};

/** Metadata as written: every field optional, each checked. */
export const productMetadata = z.object(productMetadataFields).partial();
export type ProductMetadata = z.infer<typeof productMetadata>;
export type ProductMetadataKey = keyof ProductMetadata;

const readFields = lenientMetadataReader(productMetadataFields);

/**
 * A product's metadata as readers take it: each known field when it is well-formed, absent
 * when it is missing or malformed (a product edited by hand in the admin must not break the
 * shop), other keys dropped. `channel_attributes` keeps only its text values.
 */
export function readProductMetadata(metadata: unknown): ProductMetadata {
  const given = isRecord(metadata) ? metadata : {};
  const attributes = given.channel_attributes;
  return readFields({
    ...given,
    channel_attributes: isRecord(attributes)
      ? Object.fromEntries(
          Object.entries(attributes).filter((entry) => typeof entry[1] === 'string'),
        )
      : undefined,
  }) as ProductMetadata;
}
