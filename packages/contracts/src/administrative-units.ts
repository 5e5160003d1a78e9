import { z } from 'zod';

// GET /admin/administrative-units: the 2025 provinces, or one province's communes, for the
// admin's address forms. Names in both languages, short (`Nghệ An`) and full (`Tỉnh Nghệ An`).

export const administrativeUnit = z.object({
  code: z.string(),
  name: z.string(),
  name_en: z.string(),
  full_name: z.string(),
  full_name_en: z.string(),
});
export type AdministrativeUnit = z.infer<typeof administrativeUnit>;

/** GET /admin/administrative-units */
export const provincesAnswer = z.object({ provinces: z.array(administrativeUnit) });
export type ProvincesAnswer = z.infer<typeof provincesAnswer>;

/** GET /admin/administrative-units?province=40 */
export const communesAnswer = z.object({ communes: z.array(administrativeUnit) });
export type CommunesAnswer = z.infer<typeof communesAnswer>;
