import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { InvitationAnswer, OfficerInvitationBody } from '@nguongoc/contracts';
import { invite } from '#api/_accounts/invitations';
import { communeOf } from '#api/admin/pilot/_scope';

/**
 * POST /admin/communes/:code/invitations: the operator invites an officer of a commune (a 2025
 * code). Answers the invitation and its token, shown this once.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<OfficerInvitationBody>,
  res: MedusaResponse,
): Promise<void> {
  const commune = communeOf(req.params.code!);
  const answer = await invite(
    req,
    { kind: 'commune_officer', commune_code: commune.code },
    req.validatedBody,
  );
  res.status(201).json(answer satisfies InvitationAnswer);
}
