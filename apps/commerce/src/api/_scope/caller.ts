import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { MemberRole } from '@nguongoc/contracts';
import { ACCOUNT_MODULE } from '#modules/account/index';
import type AccountModuleService from '#modules/account/service';

/** A cooperative's member and a commune's officer, as the account module stores them. */
export type Member = Awaited<ReturnType<AccountModuleService['listCooperativeMembers']>>[number];
export type Officer = Awaited<ReturnType<AccountModuleService['listCommuneOfficers']>>[number];

/**
 * Who is calling, from the authenticated actor alone (ADR 031): the operator (Medusa's `user`),
 * a cooperative's member or a commune's officer, read from the account module on every request,
 * so that a removal or a role change holds at once. Nothing the caller can edit decides it.
 */
export type Caller =
  | { kind: 'operator'; actor_id: string }
  | { kind: 'member'; actor_id: string; member: Member }
  | { kind: 'officer'; actor_id: string; officer: Officer };

const known = new WeakMap<object, Caller>();

const signedOut = () =>
  new MedusaError(
    MedusaError.Types.UNAUTHORIZED,
    'Tài khoản không còn hiệu lực, hãy đăng nhập lại / this account is no longer active, sign in again',
  );

/** The caller of a request, if it was already read (the audit trail, after the answer). */
export function knownCaller(req: object): Caller | undefined {
  return known.get(req);
}

/** The caller of an authenticated request. @throws 401 for a removed or unknown account. */
export async function callerOf(req: AuthenticatedMedusaRequest): Promise<Caller> {
  const cached = known.get(req);
  if (cached) return cached;
  const { actor_type, actor_id } = req.auth_context ?? {};
  if (!actor_id) throw signedOut();
  let caller: Caller;
  if (actor_type === 'user') {
    caller = { kind: 'operator', actor_id };
  } else if (actor_type === 'cooperative_member') {
    const accounts = req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE);
    const [member] = await accounts.listCooperativeMembers({ id: actor_id, removed_at: null });
    if (!member) throw signedOut();
    caller = { kind: 'member', actor_id, member };
  } else if (actor_type === 'commune_officer') {
    const accounts = req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE);
    const [officer] = await accounts.listCommuneOfficers({ id: actor_id, removed_at: null });
    if (!officer) throw signedOut();
    caller = { kind: 'officer', actor_id, officer };
  } else {
    throw signedOut();
  }
  known.set(req, caller);
  return caller;
}

/** The member calling a `/coop` route. @throws 401 for any other caller. */
export async function memberOf(req: AuthenticatedMedusaRequest): Promise<Member> {
  const caller = await callerOf(req);
  if (caller.kind !== 'member') throw signedOut();
  return caller.member;
}

/** The officer calling a `/commune` route. @throws 401 for any other caller. */
export async function officerOf(req: AuthenticatedMedusaRequest): Promise<Officer> {
  const caller = await callerOf(req);
  if (caller.kind !== 'officer') throw signedOut();
  return caller.officer;
}

const ROLE_NAMES: Record<MemberRole, { vi: string; en: string }> = {
  manager: { vi: 'quản lý', en: 'manager' },
  staff: { vi: 'nhân viên', en: 'staff' },
  household: { vi: 'thành viên hộ', en: 'household member' },
};

/**
 * A middleware that lets through a live account of the route's actor type and, for a
 * cooperative's member, one of `roles`: else 401 (removed) or 403 naming the roles allowed.
 */
export function requireAccount(...roles: MemberRole[]) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const caller = await callerOf(req as AuthenticatedMedusaRequest);
      if (caller.kind === 'member' && roles.length > 0 && !roles.includes(caller.member.role)) {
        const names = roles.map((role) => ROLE_NAMES[role]);
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Chỉ ${names.map((n) => n.vi).join(', ')} của hợp tác xã làm được việc này / only a cooperative's ${names.map((n) => n.en).join(', ')} can do this`,
        );
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
