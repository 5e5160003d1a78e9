import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { MeAnswer } from '@nguongoc/contracts';
import { memberOf } from '#api/_scope/caller';
import { cooperativeFor } from '#api/_scope/cooperative-scope';

/** GET /coop/me: the member signed in, their role and their cooperative. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const member = await memberOf(req);
  const cooperative = await cooperativeFor(req, undefined);
  res.json({
    actor_type: 'cooperative_member',
    member,
    cooperative: { id: cooperative.id, name: cooperative.name },
  } satisfies MeAnswer);
}
