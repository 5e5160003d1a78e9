import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { AdministrativeUnit, CommunesAnswer, ProvincesAnswer } from '@nguongoc/contracts';
import { type Commune, type Province, findProvince, provinces } from '@nguongoc/vn-admin-units';

/**
 * GET /admin/administrative-units: the 34 provinces of the 2025 units; with `?province=40`, that
 * province's communes and wards. Address forms pick a province, then a commune.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const code = req.query.province;
  if (code === undefined) {
    res.json({ provinces: provinces().map(unitView) } satisfies ProvincesAnswer);
    return;
  }
  const province = typeof code === 'string' ? findProvince(code) : undefined;
  if (!province) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không có tỉnh mã ${String(code)} (mã gồm 2 chữ số, ví dụ 40) / no province ${String(code)} (a 2-digit code, e.g. 40)`,
    );
  }
  res.json({ communes: province.communes.map(unitView) } satisfies CommunesAnswer);
}

/** A province or commune as the admin API writes names (snake case, both languages). */
function unitView({
  code,
  name,
  nameEn,
  fullName,
  fullNameEn,
}: Commune | Province): AdministrativeUnit {
  return { code, name, name_en: nameEn, full_name: fullName, full_name_en: fullNameEn };
}
