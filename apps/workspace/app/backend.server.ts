// Calls to the commerce backend with the signed-in account's token. A 401 (expired token, removed
// account) signs out and goes to the login page; any other refusal is a BackendError carrying the
// backend's own message (Vietnamese / English), for the page to show beside the form.
import { redirect } from '@remix-run/node';
import { environment } from './env.server';
import { type SignedIn, signOutCookie } from './session.server';

/** The header server/workspace.js puts the person's address in, replacing any the client sent. */
export const CLIENT_IP_HEADER = 'x-nguongoc-client-ip';

export class BackendError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    // Medusa puts "Invalid request: " (English only) in front of a contract's own bilingual
    // message, on any route; the message itself names the field.
    super(message.replace(/^Invalid request: /, ''));
    this.name = 'BackendError';
  }
}

/** The backend's message from an error answer, or a bilingual one naming the status. */
export async function errorOf(response: Response): Promise<BackendError> {
  const text = await response.text();
  let message = '';
  let code: string | undefined;
  try {
    const body = JSON.parse(text) as { message?: unknown; code?: unknown; type?: unknown };
    if (typeof body.message === 'string') message = body.message;
    if (typeof body.code === 'string') code = body.code;
  } catch {
    message = text.slice(0, 500);
  }
  return new BackendError(
    response.status,
    message ||
      `Máy chủ trả lời ${response.status}, hãy thử lại / the server answered ${response.status}, try again`,
    code,
  );
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  /** JSON body, or a FormData (multipart, for files). */
  body?: unknown;
}

/** The raw answer of a backend call with `account`'s token. */
export async function backendFetch(
  request: Request,
  account: SignedIn | undefined,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (account) headers.authorization = `Bearer ${account.token}`;
  // The person's address (set by server/workspace.js, never by the client), so the backend's
  // per-address limits count them, not this server.
  const clientIp = request.headers.get(CLIENT_IP_HEADER);
  if (clientIp) headers['x-forwarded-for'] = clientIp;
  let body: BodyInit | null = null;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${environment().MEDUSA_BACKEND_URL}${path}`, {
    method: options.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
    signal: request.signal,
  });
  if (response.status === 401 && account) {
    const url = new URL(request.url);
    throw redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, {
      headers: { 'Set-Cookie': await signOutCookie(request) },
    });
  }
  return response;
}

/**
 * A backend call's JSON answer. @throws BackendError for any status but 2xx (401: a redirect to
 * the login page).
 */
export async function backendJson<T>(
  request: Request,
  account: SignedIn,
  path: string,
  options: CallOptions = {},
): Promise<T> {
  const response = await backendFetch(request, account, path, options);
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

/** Like backendJson, without an account (the login calls). */
export async function publicJson<T>(
  request: Request,
  path: string,
  options: CallOptions = {},
): Promise<T> {
  const response = await backendFetch(request, undefined, path, options);
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

/** What a form's action answers when the backend refused: its message, for the page. */
export function refusal(error: unknown): { error: string; status: number } {
  if (error instanceof BackendError) return { error: error.message, status: error.status };
  throw error;
}

/**
 * `call`'s answer, or the 404 page with `notFound` (or the backend's message) when the backend
 * does not show the thing to this account (another cooperative's, or none): the backend decides,
 * the workspace only says so.
 */
export async function orNotFound<T>(call: Promise<T>, notFound?: string): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof BackendError && error.status === 404) {
      throw new Response(notFound ?? error.message, { status: 404 });
    }
    throw error;
  }
}
