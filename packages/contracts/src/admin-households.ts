import { z } from 'zod';
import { channelAccount } from './admin-channels.js';

// A cooperative's producing households (hộ sản xuất), which the pilot counts:
// /admin/cooperatives/:id/households. The head's name and phone are personal data, read only by
// the cooperative's staff and the commune's officers in the admin.

/** A household as stored. */
export const adminHousehold = z.looseObject({
  id: z.string(),
  cooperative_id: z.string(),
  /** The head of the household (chủ hộ). */
  head_name: z.string(),
  phone: z.string().nullable(),
  commune_code: z.string(),
  province_code: z.string(),
});
export type AdminHousehold = z.infer<typeof adminHousehold>;

/** GET /admin/cooperatives/:id/households: each with its own shops on the exchanges. */
export const householdsAnswer = z.object({
  households: z.array(adminHousehold.extend({ accounts: z.array(channelAccount) })),
});
export type HouseholdsAnswer = z.infer<typeof householdsAnswer>;

/** POST /admin/cooperatives/:id/households */
export const householdAnswer = z.object({ household: adminHousehold });
export type HouseholdAnswer = z.infer<typeof householdAnswer>;
