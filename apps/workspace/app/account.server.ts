// Who is signed in, as the backend says (GET /coop/me or /commune/me), for the layout and pages.
import type { MeAnswer } from '@nguongoc/contracts';
import { backendJson } from './backend.server';
import { type SignedIn, requireAccount } from './session.server';

export interface Account extends SignedIn {
  me: MeAnswer;
}

/** The signed-in account with what the backend knows of it (redirects to login when none). */
export async function currentAccount(request: Request, kind?: SignedIn['kind']): Promise<Account> {
  const signed = await requireAccount(request, kind);
  const me = await backendJson<MeAnswer>(
    request,
    signed,
    signed.kind === 'member' ? '/coop/me' : '/commune/me',
  );
  return { ...signed, me };
}
