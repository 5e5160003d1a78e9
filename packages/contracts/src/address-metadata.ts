import { z } from 'zod';
import { lenientMetadataReader } from './_lenient-metadata.js';

// A shipping address's `metadata` in Medusa: the codes of the 2025 administrative units, which
// Medusa's address has no field for (its `province` and `city` are free text). The storefront
// writes them at checkout; its order page, and the pilot's figures by commune in apps/commerce,
// read them back.

/** The fields, each as it must be written. */
export const addressMetadataFields = {
  /** The province's two-digit code (34 provinces since 1 July 2025). */
  province_code: z.string().regex(/^\d{2}$/),
  /** The commune's five-digit code (xã, phường or đặc khu), a commune of that province. */
  commune_code: z.string().regex(/^\d{5}$/),
};

/** Address metadata as written: every field optional, each checked. */
export const addressMetadata = z.object(addressMetadataFields).partial();
export type AddressMetadata = z.infer<typeof addressMetadata>;

const readFields = lenientMetadataReader(addressMetadataFields);

/**
 * An address's metadata as readers take it: each code when it is well-formed, absent when it
 * is missing or malformed, other keys dropped.
 */
export function readAddressMetadata(metadata: unknown): AddressMetadata {
  return readFields(metadata) as AddressMetadata;
}
