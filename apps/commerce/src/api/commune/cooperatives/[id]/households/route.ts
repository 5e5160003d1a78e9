import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { CommuneHouseholdsAnswer } from '@nguongoc/contracts';
import { communeLabel } from '@nguongoc/vn-admin-units';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';

/**
 * GET /commune/cooperatives/:id/households: the producing households of a cooperative of the
 * officer's commune (their commune from their account, ADR 031), for the drill-down to name them:
 * the head's name, published like the cooperative's (ADR 038), and the household's commune. The
 * phone and the exchange accounts stay with the cooperative and the operator. A cooperative of
 * another commune answers 404, as if it did not exist.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const households = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listHouseholds({ cooperative_id: cooperative.id }, { order: { head_name: 'ASC' } });
  res.json({
    households: households.map((household) => ({
      id: household.id,
      cooperative_id: household.cooperative_id,
      head_name: household.head_name,
      commune_code: household.commune_code,
      province_code: household.province_code,
      commune_label: {
        vi: communeLabel(household.commune_code, 'vi') ?? household.commune_code,
        en: communeLabel(household.commune_code, 'en') ?? household.commune_code,
      },
    })),
  } satisfies CommuneHouseholdsAnswer);
}
