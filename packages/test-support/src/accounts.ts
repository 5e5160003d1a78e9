// Cooperatives and accounts for the suites that drive the apps as people do (the workspace's
// pages, the label printer): made through the backend's own API, as the operator makes them —
// a cooperative, then an invitation, a registered sign-in, its acceptance and a sign-in
// (ADR 031). Each call names the backend it talks to.
import { randomInt, randomUUID } from 'node:crypto';

export interface AccountsBackend {
  url: string;
  admin: { email: string; password: string };
}

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  /** A bearer token that names the account. */
  token: string;
}

export interface TestCooperative {
  id: string;
  handle: string;
  name: string;
  commune_code: string;
}

async function call(
  backend: AccountsBackend,
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
  expected = 200,
): Promise<unknown> {
  const response = await fetch(`${backend.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? null : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (response.status !== expected) {
    throw new Error(`${path}: expected ${expected}, got ${response.status}: ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

const tokens = new WeakMap<AccountsBackend, Promise<string>>();

/** The operator's token (the admin the backend's start made). */
export function operatorToken(backend: AccountsBackend): Promise<string> {
  let token = tokens.get(backend);
  if (!token) {
    token = call(backend, '/auth/user/emailpass', { body: backend.admin }).then(
      (answer) => (answer as { token: string }).token,
    );
    tokens.set(backend, token);
  }
  return token;
}

/** A fresh email no other test uses. */
export const freshEmail = (what: string) => `${what}-${randomUUID().slice(0, 8)}@nguongoc.test`;

/**
 * A new cooperative, made by the operator, in `communeCode` (default Xã Quế Phong, Nghệ An).
 * Its handle and tax code are fresh, so tests never meet each other's.
 */
export async function newCooperative(
  backend: AccountsBackend,
  options: { name?: string; communeCode?: string } = {},
): Promise<TestCooperative> {
  const suffix = randomUUID().slice(0, 8);
  const { cooperative } = (await call(
    backend,
    '/admin/cooperatives',
    {
      token: await operatorToken(backend),
      body: {
        handle: `htx-thu-${suffix}`,
        name: options.name ?? `Hợp tác xã Thử ${suffix}`,
        tax_code: String(randomInt(1_000_000_000, 9_999_999_999)),
        registration_number: `2707G${suffix.slice(0, 6)}`,
        commune_code: options.communeCode ?? '16738',
        address: 'Xóm 3',
        contact_name: 'Lê Văn Thử',
        phone: '0912555777',
      },
    },
    201,
  )) as { cooperative: TestCooperative };
  return cooperative;
}

async function join(
  backend: AccountsBackend,
  actor: 'cooperative_member' | 'commune_officer',
  invitationToken: string,
  email: string,
  password: string,
): Promise<TestAccount> {
  const { token: registration } = (await call(backend, `/auth/${actor}/emailpass/register`, {
    body: { email, password },
  })) as { token: string };
  const accepted = (await call(
    backend,
    '/invitations/accept',
    { body: { token: invitationToken }, token: registration },
    201,
  )) as { member?: { id: string }; officer?: { id: string } };
  const { token } = (await call(backend, `/auth/${actor}/emailpass`, {
    body: { email, password },
  })) as { token: string };
  return { id: (accepted.member ?? accepted.officer)!.id, email, password, token };
}

/** A member of `cooperativeId` invited by the operator, joined and signed in. */
export async function newMember(
  backend: AccountsBackend,
  cooperativeId: string,
  role: 'manager' | 'staff' | 'household',
  options: { household_id?: string } = {},
): Promise<TestAccount> {
  const email = freshEmail(role);
  const { token } = (await call(
    backend,
    `/admin/cooperatives/${cooperativeId}/invitations`,
    {
      token: await operatorToken(backend),
      body: { name: `Thành viên ${role}`, email, role, ...options },
    },
    201,
  )) as { token: string };
  return join(backend, 'cooperative_member', token, email, `mat-khau-${randomUUID()}`);
}

/** An officer of `communeCode` invited by the operator, joined and signed in. */
export async function newOfficer(
  backend: AccountsBackend,
  communeCode: string,
): Promise<TestAccount> {
  const email = freshEmail('can-bo');
  const { token } = (await call(
    backend,
    `/admin/communes/${communeCode}/invitations`,
    { token: await operatorToken(backend), body: { name: 'Cán bộ xã', email } },
    201,
  )) as { token: string };
  return join(backend, 'commune_officer', token, email, `mat-khau-${randomUUID()}`);
}
