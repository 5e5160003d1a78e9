// The cooperative's members and open invitations (/coop/members, /coop/invitations): who may
// read or change them is the backend's to say (today its manager, ADR 031); a refusal comes back
// as a BackendError with the backend's words. An invitation's token is answered once: it is
// carried to the next page in a short-lived signed cookie (never in an address), shown there as
// the join link, and forgotten.
import { createCookie } from '@remix-run/node';
import type {
  CooperativeMember,
  HouseholdsAnswer,
  InvitationAnswer,
  MemberInvitationBody,
  MemberRole,
  MemberRoleBody,
  MembersAnswer,
} from '@nguongoc/contracts';
import { backendJson } from './backend.server';
import { environment } from './env.server';
import type { SignedIn } from './session.server';

export type Member = CooperativeMember;
export type Invitation = MembersAnswer['invitations'][number];

export function readMembers(request: Request, account: SignedIn): Promise<MembersAnswer> {
  return backendJson<MembersAnswer>(request, account, '/coop/members');
}

/** The cooperative's households as choices (id, head of household). */
export async function householdChoices(request: Request, account: SignedIn) {
  const { households } = await backendJson<HouseholdsAnswer>(request, account, '/coop/households');
  return households.map((household) => ({ id: household.id, name: household.head_name }));
}

export function inviteMember(
  request: Request,
  account: SignedIn,
  body: MemberInvitationBody,
): Promise<InvitationAnswer> {
  return backendJson<InvitationAnswer>(request, account, '/coop/invitations', { body });
}

export function changeRole(
  request: Request,
  account: SignedIn,
  memberId: string,
  body: MemberRoleBody,
): Promise<unknown> {
  return backendJson(request, account, `/coop/members/${encodeURIComponent(memberId)}`, { body });
}

export function removeMember(request: Request, account: SignedIn, memberId: string) {
  return backendJson(request, account, `/coop/members/${encodeURIComponent(memberId)}`, {
    method: 'DELETE',
  });
}

export function revokeInvitation(request: Request, account: SignedIn, invitationId: string) {
  return backendJson(request, account, `/coop/invitations/${encodeURIComponent(invitationId)}`, {
    method: 'DELETE',
  });
}

/**
 * A role and its household from a form, as typed: the backend checks both (a household member
 * names a household of the cooperative, the others none; a manager grants no manager role).
 */
export function roleOf(form: FormData): MemberRoleBody {
  const role = String(form.get('role') ?? '') as MemberRole;
  const household = String(form.get('household_id') ?? '').trim();
  return role === 'household' && household !== '' ? { role, household_id: household } : { role };
}

/** The field a backend message names first (`household_id: …`), to show it there. */
export function fieldOf(message: string): string | undefined {
  return /^([a-z_]+): /.exec(message)?.[1];
}

/** The page that accepts an invitation, with its token: what the inviter passes on. */
export function joinLink(token: string): string {
  return `${environment().WORKSPACE_URL}/join?token=${encodeURIComponent(token)}`;
}

/** What the members page shows once after an invitation was made. */
export interface MadeInvitation {
  link: string;
  name: string;
  email: string | null;
  phone: string | null;
  expires_at: string;
}

const madeInvitationCookie = () =>
  createCookie('ng_invitation', {
    path: '/members',
    sameSite: 'lax',
    httpOnly: true,
    secure: environment().WORKSPACE_URL.startsWith('https:'),
    secrets: [environment().WORKSPACE_SESSION_SECRET],
    maxAge: 600,
  });

/** The Set-Cookie header that carries a new invitation's link to the members page. */
export function rememberInvitation({ invitation, token }: InvitationAnswer): Promise<string> {
  const made: MadeInvitation = {
    link: joinLink(token),
    name: invitation.name,
    email: invitation.email,
    phone: invitation.phone,
    expires_at: new Date(invitation.expires_at).toISOString(),
  };
  return madeInvitationCookie().serialize(made);
}

/** The invitation just made, if any, and the Set-Cookie header that forgets it. */
export async function takeInvitation(
  request: Request,
): Promise<{ made: MadeInvitation | null; setCookie?: string }> {
  const cookie = madeInvitationCookie();
  const made = (await cookie.parse(request.headers.get('Cookie'))) as MadeInvitation | null;
  if (!made || typeof made.link !== 'string') return { made: null };
  return { made, setCookie: await cookie.serialize('', { maxAge: 0 }) };
}
