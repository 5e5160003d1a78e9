import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { PilotScope } from '@nguongoc/pilot-report';
import { type Commune, findCommune } from '@nguongoc/vn-admin-units';
import { callerOf } from '#api/_scope/caller';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';

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
 * The figures this caller may read, narrowed by `?commune_code=`: a cooperative's member their
 * own cooperative's, a commune officer their commune's, the operator any commune, or all.
 * Asking for another commune than one's own answers 404, as if it did not exist.
 */
export async function pilotScope(
  req: AuthenticatedMedusaRequest,
  asked: string | undefined,
): Promise<PilotScope> {
  if (asked !== undefined) communeOf(asked);
  const caller = await callerOf(req);
  const notYours = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không tìm thấy số liệu của xã ${asked} / no figures for commune ${asked}`,
  );
  if (caller.kind === 'member') {
    const [cooperative] = await req.scope
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listCooperatives({ id: caller.member.cooperative_id });
    if (!cooperative || (asked !== undefined && asked !== cooperative.commune_code)) throw notYours;
    return { commune_code: cooperative.commune_code, cooperative_id: cooperative.id };
  }
  if (caller.kind === 'officer') {
    const own = caller.officer.commune_code;
    if (asked !== undefined && asked !== own) throw notYours;
    return { commune_code: own, cooperative_id: null };
  }
  return { commune_code: asked ?? null, cooperative_id: null };
}
