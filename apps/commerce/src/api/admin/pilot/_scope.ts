import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { PilotScope } from '@nguongoc/pilot-report';
import { type Commune, findCommune } from '@nguongoc/vn-admin-units';
import { userScope } from '../../_scope/cooperative-scope';
import { COOPERATIVE_MODULE } from '../../../modules/cooperative';
import type CooperativeModuleService from '../../../modules/cooperative/service';

/** The commune of a 2025 code, or 400 naming the code. */
export function communeOf(code: string): Commune {
  const commune = findCommune(code);
  if (!commune) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `commune_code: không có xã mã "${code}" trong danh mục 2025 / no commune "${code}" in the 2025 units`,
    );
  }
  return commune;
}

/**
 * The figures this admin user may read, narrowed by `?commune_code=`. A cooperative's staff
 * (`metadata.cooperative_id`) read their own cooperative's; a commune officer
 * (`metadata.commune_code`) their commune's; the commune administrator (neither) any commune,
 * or all. Asking for another commune than one's own answers 404, as if it did not exist.
 */
export async function pilotScope(
  req: AuthenticatedMedusaRequest,
  asked: string | undefined,
): Promise<PilotScope> {
  if (asked !== undefined) communeOf(asked);
  const user = await userScope(req);
  const notYours = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không tìm thấy số liệu của xã ${asked} / no figures for commune ${asked}`,
  );
  if (user.cooperative_id) {
    const [cooperative] = await req.scope
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listCooperatives({ id: user.cooperative_id });
    if (!cooperative || (asked !== undefined && asked !== cooperative.commune_code)) throw notYours;
    return { commune_code: cooperative.commune_code, cooperative_id: cooperative.id };
  }
  if (user.commune_code) {
    if (asked !== undefined && asked !== user.commune_code) throw notYours;
    return { commune_code: user.commune_code, cooperative_id: null };
  }
  return { commune_code: asked ?? null, cooperative_id: null };
}
