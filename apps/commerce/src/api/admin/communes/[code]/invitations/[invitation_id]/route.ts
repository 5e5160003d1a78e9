import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { revoke } from '#api/_accounts/invitations';
import { communeOf } from '#api/admin/pilot/_scope';

/** DELETE /admin/communes/:code/invitations/:invitation_id: revokes an officer's invitation. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json(await revoke(req, { commune_code: communeOf(req.params.code!).code }));
}
