// Who is signed in: the backend's bearer token for a cooperative member or a commune officer, kept
// in a signed, HttpOnly, SameSite=Lax cookie. The token is the only proof: what a page shows and
// may do is what the backend answers for that token (its scope comes from the account, ADR 031).
import { createCookieSessionStorage, redirect } from '@remix-run/node';
import { environment } from './env.server';

/** The backend's actor types this app signs in. */
export type AccountKind = 'member' | 'officer';
export const ACTOR_TYPES: Record<AccountKind, string> = {
  member: 'cooperative_member',
  officer: 'commune_officer',
};

export interface SignedIn {
  kind: AccountKind;
  token: string;
}

interface SessionData {
  kind: AccountKind;
  token: string;
}

/** As long as the backend's token: Medusa's JWTs last a day. */
const SESSION_SECONDS = 24 * 3600;

let storage: ReturnType<typeof createCookieSessionStorage<SessionData>> | undefined;

function sessions() {
  const { WORKSPACE_SESSION_SECRET, WORKSPACE_URL } = environment();
  storage ??= createCookieSessionStorage<SessionData>({
    cookie: {
      name: 'ng_workspace',
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: WORKSPACE_URL.startsWith('https:'),
      secrets: [WORKSPACE_SESSION_SECRET],
      maxAge: SESSION_SECONDS,
    },
  });
  return storage;
}

/** The signed-in account, if any. */
export async function signedIn(request: Request): Promise<SignedIn | undefined> {
  const session = await sessions().getSession(request.headers.get('Cookie'));
  const kind = session.get('kind');
  const token = session.get('token');
  return kind && token ? { kind, token } : undefined;
}

/** Where the login page sends someone back to: a path of this app only. */
export function safeNext(value: FormDataEntryValue | string | null | undefined): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}

/**
 * The signed-in account, of `kind` when given; otherwise a redirect to the login page (which
 * comes back here), or to the home page of the other kind.
 */
export async function requireAccount(request: Request, kind?: AccountKind): Promise<SignedIn> {
  const account = await signedIn(request);
  if (!account) {
    const url = new URL(request.url);
    throw redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (kind && account.kind !== kind) throw redirect('/');
  return account;
}

/** The Set-Cookie header that signs `account` in. */
export async function signInCookie(request: Request, account: SignedIn): Promise<string> {
  const session = await sessions().getSession(request.headers.get('Cookie'));
  session.set('kind', account.kind);
  session.set('token', account.token);
  return sessions().commitSession(session);
}

/** The Set-Cookie header that signs out. */
export async function signOutCookie(request: Request): Promise<string> {
  const session = await sessions().getSession(request.headers.get('Cookie'));
  return sessions().destroySession(session);
}
