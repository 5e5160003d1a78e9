import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { MemberRole } from '@nguongoc/contracts';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { callerOf } from '../_scope/caller';

/**
 * What a cooperative's manager may grant (staff and household member); the operator grants any
 * role. @throws 403 in both languages for a role the caller may not grant.
 */
export async function checkGrant(req: AuthenticatedMedusaRequest, role: MemberRole) {
  const caller = await callerOf(req);
  if (caller.kind === 'member' && role === 'manager') {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      'role: quản lý hợp tác xã chỉ mời hoặc giao vai trò nhân viên và thành viên hộ; quản lý mới do quản trị viên mời / a manager grants only the staff and household member roles; a new manager is invited by the operator',
    );
  }
}

/** A household of the cooperative, or 400 naming it. */
export async function householdOf(
  req: AuthenticatedMedusaRequest,
  cooperativeId: string,
  householdId: string | undefined,
): Promise<string | null> {
  if (householdId === undefined) return null;
  const [household] = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listHouseholds({ id: householdId, cooperative_id: cooperativeId });
  if (!household) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `household_id: hợp tác xã không có hộ ${householdId} / the cooperative has no household ${householdId}`,
    );
  }
  return household.id;
}
