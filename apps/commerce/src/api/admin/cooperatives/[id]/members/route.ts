import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { MembersAnswer } from '@nguongoc/contracts';
import { openInvitations } from '#api/_accounts/invitations';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { ACCOUNT_MODULE } from '#modules/account/index';
import type AccountModuleService from '#modules/account/service';

/**
 * GET /admin/cooperatives/:id/members (the operator) and GET /coop/members (the cooperative's
 * manager): its members, removed ones included, and its open invitations.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const members = await req.scope
    .resolve<AccountModuleService>(ACCOUNT_MODULE)
    .listCooperativeMembers({ cooperative_id: cooperative.id }, { order: { name: 'ASC' } });
  res.json({
    members,
    invitations: await openInvitations(req, { cooperative_id: cooperative.id }),
  } satisfies MembersAnswer);
}
