import { z } from '@medusajs/framework/zod';

// Request bodies of NguonGoc's own routes. Medusa answers a body that fails these with 400 and
// the path of each bad field.

const vi = (text: string) => ({ message: text });

export const ScanSchema = z.object({
  /** A unit's serial (GS1 AI 21) when the QR carries one; the lot's code otherwise. */
  serial: z.string().min(1).max(200).optional(),
  /** Two-digit province code of the 2025 units, from the storefront's geolocation, if known. */
  province: z
    .string()
    .regex(/^\d{2}$/, vi('mã tỉnh gồm 2 chữ số / a 2-digit province code'))
    .optional(),
});
export type ScanBody = z.infer<typeof ScanSchema>;

const cooperativeFields = {
  handle: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      vi('chữ thường, số và gạch nối / lower case, digits and hyphens'),
    ),
  name: z.string().min(3).max(200),
  tax_code: z.string(),
  registration_number: z.string().min(1).max(50),
  commune_code: z.string(),
  address: z.string().min(3).max(300),
  contact_name: z.string().min(2).max(100),
  phone: z.string(),
  email: z.string().email().nullish(),
  bank_name: z.string().max(200).nullish(),
  bank_account_number: z
    .string()
    .regex(/^\d{6,20}$/, vi('6 đến 20 chữ số / 6 to 20 digits'))
    .nullish(),
  bank_account_holder: z.string().max(200).nullish(),
  description: z.string().max(5000).nullish(),
};
export const CreateCooperativeSchema = z.object(cooperativeFields);
export type CreateCooperativeBody = z.infer<typeof CreateCooperativeSchema>;
export const UpdateCooperativeSchema = z.object(cooperativeFields).partial().omit({ handle: true });
export type UpdateCooperativeBody = z.infer<typeof UpdateCooperativeSchema>;

export const CreateLotSchema = z.object({
  /** The lot number printed on the label (GS1 AI 10: 1–20 characters, no diacritics). */
  code: z.string().min(1).max(20),
  location_id: z.string().min(1).max(64).optional(),
});
export type CreateLotBody = z.infer<typeof CreateLotSchema>;

export const FieldWorkSchema = z.object({
  kind: z.enum([
    'sowing',
    'fertilising',
    'spraying',
    'harvest',
    'processing',
    'packing',
    'certification',
    'shipping',
  ]),
  /** Local time in Vietnam, `YYYY-MM-DDTHH:mm`. */
  time: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, vi('dạng YYYY-MM-DDTHH:mm / as YYYY-MM-DDTHH:mm')),
  location_id: z.string().min(1).max(64),
  quantity: z.number().positive().optional(),
  note: z.string().max(500).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type FieldWorkBody = z.infer<typeof FieldWorkSchema>;

const exchange = z.enum(['postmart', 'voso', '37nghean']);

export const ChannelExportSchema = z.object({
  /** Only the listings whose payload changed since their last export. */
  changed_only: z.boolean().default(false),
});
export type ChannelExportBody = z.infer<typeof ChannelExportSchema>;

export const OrderImportSchema = z.object({
  file_name: z
    .string()
    .regex(/\.(xlsx|csv)$/i, vi('tệp .xlsx hoặc .csv / an .xlsx or .csv file'))
    .max(200),
  /** The file's bytes, base64. */
  data_base64: z.string().min(1),
});
export type OrderImportBody = z.infer<typeof OrderImportSchema>;

/** A page on an exchange: https only, or null to clear it. */
const httpsUrl = z
  .string()
  .url()
  .regex(/^https:\/\//, vi('địa chỉ https:// / an https:// address'))
  .nullish();

export const ChannelListingSchema = z.object({
  status: z.enum(['live', 'paused', 'exported']).optional(),
  external_url: httpsUrl,
});
export type ChannelListingBody = z.infer<typeof ChannelListingSchema>;

export const ChannelAccountSchema = z.object({
  shop_name: z.string().trim().min(1).max(200),
  shop_url: httpsUrl,
  /** A member household's own shop; absent for the cooperative's. */
  household_id: z.string().min(1).max(100).optional(),
});
export type ChannelAccountBody = z.infer<typeof ChannelAccountSchema>;

export const HouseholdSchema = z.object({
  head_name: z.string().trim().min(2).max(100),
  /** Checked, with the commune, as a cooperative's (CooperativeModuleService). */
  phone: z.string().nullish(),
  commune_code: z.string(),
});
export type HouseholdBody = z.infer<typeof HouseholdSchema>;

export const CategoryMappingSchema = z.object({
  exchange,
  category_key: z.string().min(1).max(100),
  exchange_category_id: z.string().min(1).max(100),
});
export type CategoryMappingBody = z.infer<typeof CategoryMappingSchema>;
