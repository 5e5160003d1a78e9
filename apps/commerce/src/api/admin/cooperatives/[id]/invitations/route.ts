import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { InvitationAnswer, MemberInvitationBody } from '@nguongoc/contracts';
import { invite } from '#api/_accounts/invitations';
import { checkGrant, householdOf } from '#api/_accounts/members';
import { cooperativeFor } from '#api/_scope/cooperative-scope';

/**
 * POST /admin/cooperatives/:id/invitations (the operator: any role, a manager first) and
 * POST /coop/invitations (the cooperative's manager: staff and household members): invites a
 * person to the cooperative. Answers the invitation and its token, shown this once.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<MemberInvitationBody>,
  res: MedusaResponse,
): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const body = req.validatedBody;
  await checkGrant(req, body.role);
  const household_id = await householdOf(req, cooperative.id, body.household_id);
  const answer = await invite(
    req,
    { kind: 'cooperative_member', cooperative_id: cooperative.id, role: body.role, household_id },
    body,
  );
  res.status(201).json(answer satisfies InvitationAnswer);
}
