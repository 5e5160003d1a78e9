import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { ACCOUNT_MODULE } from '#modules/account/index';
import type AccountModuleService from '#modules/account/service';

/**
 * DELETE /admin/communes/:code/officers/:officer_id: the officer leaves; every session of theirs
 * ends at once. The row stays, marked removed, for the audit trail.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const accounts = req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE);
  const [officer] = await accounts.listCommuneOfficers({
    id: req.params.officer_id!,
    commune_code: req.params.code!,
    removed_at: null,
  });
  if (!officer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy cán bộ ${req.params.officer_id} / officer ${req.params.officer_id} not found`,
    );
  }
  res.json({
    officer: await accounts.updateCommuneOfficers({ id: officer.id, removed_at: new Date() }),
  });
}
