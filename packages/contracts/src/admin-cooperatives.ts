import { z } from 'zod';
import { bilingualText } from './_fields.js';
import { exchangeId } from './exchanges.js';

const vi = (text: string) => ({ message: text });

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

/** POST /admin/cooperatives */
export const createCooperativeBody = z.object(cooperativeFields);
export type CreateCooperativeBody = z.infer<typeof createCooperativeBody>;

/** POST /admin/cooperatives/:id (the handle never changes: it names the trace ledger). */
export const updateCooperativeBody = z.object(cooperativeFields).partial().omit({ handle: true });
export type UpdateCooperativeBody = z.infer<typeof updateCooperativeBody>;

/** A cooperative as the admin reads it. */
export const adminCooperative = z.looseObject({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  tax_code: z.string(),
  registration_number: z.string(),
  commune_code: z.string(),
  province_code: z.string(),
  commune_label: bilingualText,
  address: z.string(),
  contact_name: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  trace_origin: z.string().nullable(),
});
export type AdminCooperative = z.infer<typeof adminCooperative>;

/** POST /admin/cooperatives/:id/households */
export const householdBody = z.object({
  head_name: z.string().trim().min(2).max(100),
  /** Checked, with the commune, as a cooperative's (CooperativeModuleService). */
  phone: z.string().nullish(),
  commune_code: z.string(),
});
export type HouseholdBody = z.infer<typeof householdBody>;

/** POST /admin/channel-category-mappings */
export const categoryMappingBody = z.object({
  exchange: exchangeId,
  category_key: z.string().min(1).max(100),
  exchange_category_id: z.string().min(1).max(100),
});
export type CategoryMappingBody = z.infer<typeof categoryMappingBody>;

/** GET /admin/cooperatives: those this user may see, each with its commune's name. */
export const adminCooperativesAnswer = z.object({ cooperatives: z.array(adminCooperative) });
export type AdminCooperativesAnswer = z.infer<typeof adminCooperativesAnswer>;

/** GET and POST /admin/cooperatives/:id, POST /admin/cooperatives: the cooperative as stored. */
export const adminCooperativeAnswer = z.object({
  cooperative: adminCooperative.omit({ commune_label: true }),
});
export type AdminCooperativeAnswer = z.infer<typeof adminCooperativeAnswer>;
