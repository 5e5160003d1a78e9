import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { OfficersAnswer } from '@nguongoc/contracts';
import { openInvitations } from '#api/_accounts/invitations';
import { communeOf } from '#api/admin/pilot/_scope';
import { ACCOUNT_MODULE } from '#modules/account/index';
import type AccountModuleService from '#modules/account/service';

/** GET /admin/communes/:code/officers: the commune's officers and open invitations. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const commune = communeOf(req.params.code!);
  const officers = await req.scope
    .resolve<AccountModuleService>(ACCOUNT_MODULE)
    .listCommuneOfficers({ commune_code: commune.code }, { order: { name: 'ASC' } });
  res.json({
    officers,
    invitations: await openInvitations(req, { commune_code: commune.code }),
  } satisfies OfficersAnswer);
}
