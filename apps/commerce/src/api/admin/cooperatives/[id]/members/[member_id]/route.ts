import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { MemberRoleBody } from '@nguongoc/contracts';
import { checkGrant, householdOf } from '#api/_accounts/members';
import { callerOf } from '#api/_scope/caller';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { ACCOUNT_MODULE } from '#modules/account/index';
import type AccountModuleService from '#modules/account/service';

/**
 * The member, if live and of the caller's cooperative; else 404. A manager may not change or
 * remove another manager (nor themselves): that is the operator's.
 */
async function memberFor(req: AuthenticatedMedusaRequest) {
  const cooperative = await cooperativeFor(req, req.params.id);
  const accounts = req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE);
  const [member] = await accounts.listCooperativeMembers({
    id: req.params.member_id!,
    cooperative_id: cooperative.id,
    removed_at: null,
  });
  if (!member) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy thành viên ${req.params.member_id} / member ${req.params.member_id} not found`,
    );
  }
  const caller = await callerOf(req);
  if (caller.kind === 'member' && member.role === 'manager') {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      'Chỉ quản trị viên đổi vai trò hoặc cho thôi một quản lý / only the operator changes or removes a manager',
    );
  }
  return { member, cooperative, accounts };
}

/**
 * POST /admin/cooperatives/:id/members/:member_id and POST /coop/members/:member_id: changes a
 * member's role (a household member names their household). It holds from their next request.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<MemberRoleBody>,
  res: MedusaResponse,
): Promise<void> {
  const { member, cooperative, accounts } = await memberFor(req);
  await checkGrant(req, req.validatedBody.role);
  const household_id = await householdOf(req, cooperative.id, req.validatedBody.household_id);
  const updated = await accounts.updateCooperativeMembers({
    id: member.id,
    role: req.validatedBody.role,
    household_id,
  });
  res.json({ member: updated });
}

/**
 * DELETE /admin/cooperatives/:id/members/:member_id and DELETE /coop/members/:member_id: the
 * member leaves the cooperative. Every session of theirs ends at once (each request reads the
 * account); the row stays, marked removed, for the audit trail.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { member, accounts } = await memberFor(req);
  const removed = await accounts.updateCooperativeMembers({
    id: member.id,
    removed_at: new Date(),
  });
  res.json({ member: removed });
}
