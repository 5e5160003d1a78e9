import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { MeAnswer } from '@nguongoc/contracts';
import { callerOf } from '#api/_scope/caller';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { ACCOUNT_MODULE } from '#modules/account/index';
import type AccountModuleService from '#modules/account/service';

/** GET /coop/me: the member signed in, their role and their cooperative. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const caller = await callerOf(req);
  const [member] = await req.scope
    .resolve<AccountModuleService>(ACCOUNT_MODULE)
    .listCooperativeMembers({ id: caller.actor_id });
  const cooperative = await cooperativeFor(req, undefined);
  res.json({
    actor_type: 'cooperative_member',
    member: member!,
    cooperative: { id: cooperative.id, name: cooperative.name },
  } satisfies MeAnswer);
}
