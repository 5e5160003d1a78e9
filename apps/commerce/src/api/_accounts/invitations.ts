import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { InvitationAnswer } from '@nguongoc/contracts';
import { ACCOUNT_MODULE } from '#modules/account/index';
import type AccountModuleService from '#modules/account/service';
import { INVITATION_DAYS, newInvitationToken } from '#modules/account/service';
import { vietnamPhone } from '../../phone-number';
import { callerOf } from '../_scope/caller';

type Stored = Awaited<ReturnType<AccountModuleService['listInvitations']>>[number];

/** An invitation as answered: everything but its token's hash. */
export function shownInvitation({ token_hash: _hash, ...invitation }: Stored) {
  return invitation;
}

/** A phone as stored (+84…), or 400 naming it. */
export function phoneOrFail(text: string | undefined): string | null {
  if (text === undefined) return null;
  const phone = vietnamPhone(text);
  if (!phone) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `phone: "${text}" không phải số điện thoại Việt Nam hợp lệ / is not a valid Vietnamese phone number`,
    );
  }
  return phone;
}

/**
 * Makes an invitation for whom `body` names and answers it with its token, shown this once: the
 * inviter passes it on (the acceptance page's link, by Zalo, SMS or by hand).
 */
export async function invite(
  req: AuthenticatedMedusaRequest,
  target:
    | {
        kind: 'cooperative_member';
        cooperative_id: string;
        role: 'manager' | 'staff' | 'household';
        household_id: string | null;
      }
    | { kind: 'commune_officer'; commune_code: string },
  body: {
    name: string;
    email?: string | undefined;
    phone?: string | undefined;
    expires_in_days?: number | undefined;
  },
): Promise<InvitationAnswer> {
  const caller = await callerOf(req);
  const accounts = req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE);
  const { token, token_hash } = newInvitationToken();
  const days = body.expires_in_days ?? INVITATION_DAYS;
  const invitation = await accounts.createInvitations({
    kind: target.kind,
    cooperative_id: target.kind === 'cooperative_member' ? target.cooperative_id : null,
    commune_code: target.kind === 'commune_officer' ? target.commune_code : null,
    role: target.kind === 'cooperative_member' ? target.role : null,
    household_id: target.kind === 'cooperative_member' ? target.household_id : null,
    name: body.name,
    email: body.email ?? null,
    phone: phoneOrFail(body.phone),
    token_hash,
    expires_at: new Date(Date.now() + days * 24 * 60 * 60 * 1000),
    invited_by_actor_type: req.auth_context.actor_type,
    invited_by_id: caller.actor_id,
  });
  return { invitation: shownInvitation(invitation), token };
}

/** The invitations of a cooperative or a commune still open: not used, revoked or expired. */
export async function openInvitations(
  req: AuthenticatedMedusaRequest,
  where: { cooperative_id: string } | { commune_code: string },
) {
  const accounts = req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE);
  const invitations = await accounts.listInvitations(
    { ...where, accepted_at: null, revoked_at: null, expires_at: { $gt: new Date() } },
    { order: { created_at: 'DESC' } },
  );
  return invitations.map(shownInvitation);
}

/**
 * Revokes an open invitation of a cooperative or a commune: its token no longer works. 404 if it
 * is not theirs or not open; a manager cannot revoke a manager's invitation (the operator's).
 */
export async function revoke(
  req: AuthenticatedMedusaRequest,
  where: { cooperative_id: string } | { commune_code: string },
) {
  const accounts = req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE);
  const [invitation] = await accounts.listInvitations({
    ...where,
    id: req.params.invitation_id!,
    accepted_at: null,
    revoked_at: null,
  });
  if (!invitation) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy lời mời còn hiệu lực ${req.params.invitation_id} / no open invitation ${req.params.invitation_id}`,
    );
  }
  const caller = await callerOf(req);
  if (caller.kind === 'member' && invitation.role === 'manager') {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      'Chỉ quản trị viên thu hồi được lời mời làm quản lý / only the operator revokes an invitation to be a manager',
    );
  }
  const revoked = await accounts.updateInvitations({ id: invitation.id, revoked_at: new Date() });
  return { invitation: shownInvitation(revoked) };
}
