import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { MeAnswer } from '@nguongoc/contracts';
import { ACCOUNT_MODULE } from '#modules/account/index';
import type AccountModuleService from '#modules/account/service';

/** GET /commune/me: the officer signed in and their commune. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const [officer] = await req.scope
    .resolve<AccountModuleService>(ACCOUNT_MODULE)
    .listCommuneOfficers({ id: req.auth_context.actor_id });
  res.json({ actor_type: 'commune_officer', officer: officer! } satisfies MeAnswer);
}
