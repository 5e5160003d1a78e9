// Accounts for the tests, made as people make them (ADR 031): the operator (or a manager)
// invites, the invitee registers a sign-in and accepts, then signs in for a token that names the
// account.
import { randomUUID } from 'node:crypto';
import { adminApi, backend } from './_http.js';

export type MemberRole = 'manager' | 'staff' | 'household';
export type ActorType = 'cooperative_member' | 'commune_officer';

export interface Account {
  id: string;
  email: string;
  password: string;
  token: string;
}

/** A call with a bearer token to any route (no token: anonymous). */
export async function api(path: string, init: RequestInit = {}, bearer?: string) {
  return fetch(`${backend().url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...init.headers,
    },
  });
}

async function expectStatus(response: Response, status: number): Promise<unknown> {
  const text = await response.text();
  if (response.status !== status) {
    throw new Error(`${response.url}: expected ${status}, got ${response.status}: ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

/** Signs in with email and password as `actor`; the token (actorless before acceptance). */
export async function signIn(actor: ActorType, email: string, password: string) {
  const body = (await expectStatus(
    await api(`/auth/${actor}/emailpass`, {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    }),
    200,
  )) as { token: string };
  return body.token;
}

/** Registers an email and password as `actor`: a registration token, not yet an account. */
export async function register(actor: ActorType, email: string, password: string) {
  const body = (await expectStatus(
    await api(`/auth/${actor}/emailpass/register`, {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    }),
    200,
  )) as { token: string };
  return body.token;
}

/** Accepts an invitation with a sign-in token; the raw answer. */
export function accept(invitationToken: string, bearer: string) {
  return api(
    '/invitations/accept',
    { method: 'POST', body: JSON.stringify({ token: invitationToken }) },
    bearer,
  );
}

/** A fresh test email. */
export const freshEmail = (what: string) => `${what}-${randomUUID().slice(0, 8)}@nguongoc.test`;

/**
 * Invites a member to a cooperative (by the operator, or by `inviter`, a manager, on /coop),
 * registers their email and accepts; the account signed in.
 */
export async function newMember(
  cooperativeId: string,
  role: MemberRole,
  options: { household_id?: string; inviter?: string } = {},
): Promise<Account> {
  const email = freshEmail(role);
  const password = `mat-khau-${randomUUID()}`;
  const body = JSON.stringify({
    name: `Thành viên ${role}`,
    email,
    role,
    ...(options.household_id ? { household_id: options.household_id } : {}),
  });
  const invited = options.inviter
    ? await api('/coop/invitations', { method: 'POST', body }, options.inviter)
    : await adminApi(`/admin/cooperatives/${cooperativeId}/invitations`, { method: 'POST', body });
  const { token: invitationToken } = (await expectStatus(invited, 201)) as { token: string };
  const registration = await register('cooperative_member', email, password);
  const { member } = (await expectStatus(await accept(invitationToken, registration), 201)) as {
    member: { id: string };
  };
  return {
    id: member.id,
    email,
    password,
    token: await signIn('cooperative_member', email, password),
  };
}

/** Invites an officer of a commune (by the operator), registers and accepts; signed in. */
export async function newOfficer(communeCode: string): Promise<Account> {
  const email = freshEmail('can-bo');
  const password = `mat-khau-${randomUUID()}`;
  const invited = await adminApi(`/admin/communes/${communeCode}/invitations`, {
    method: 'POST',
    body: JSON.stringify({ name: 'Cán bộ xã', email }),
  });
  const { token: invitationToken } = (await expectStatus(invited, 201)) as { token: string };
  const registration = await register('commune_officer', email, password);
  const { officer } = (await expectStatus(await accept(invitationToken, registration), 201)) as {
    officer: { id: string };
  };
  return {
    id: officer.id,
    email,
    password,
    token: await signIn('commune_officer', email, password),
  };
}

/** A new producing household of the signed-in manager's cooperative; its ID. */
export async function newHousehold(manager: string, headName: string, communeCode: string) {
  const { household } = (await expectStatus(
    await api(
      '/coop/households',
      { method: 'POST', body: JSON.stringify({ head_name: headName, commune_code: communeCode }) },
      manager,
    ),
    201,
  )) as { household: { id: string } };
  return household.id;
}
