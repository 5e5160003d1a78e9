import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { revoke } from '#api/_accounts/invitations';
import { cooperativeFor } from '#api/_scope/cooperative-scope';

/**
 * DELETE /admin/cooperatives/:id/invitations/:invitation_id (the operator) and
 * DELETE /coop/invitations/:invitation_id (the manager): revokes an open invitation.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  res.json(await revoke(req, { cooperative_id: cooperative.id }));
}
