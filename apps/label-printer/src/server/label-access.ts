import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LabelError } from '../errors.js';

// Who may use the label server, and from where. The server runs on the operator's machine and
// holds a commerce admin token (to read lots), so a web page the operator happens to visit must
// not reach it: not by DNS rebinding (a hostile name that resolves to 127.0.0.1: the Host header
// names it), not by a cross-site form or fetch (Origin, Sec-Fetch-Site, a JSON-only POST), and
// not without the server's access token (as Jupyter does: printed at start in the page's
// address, exchanged on first visit for an HttpOnly, SameSite=Strict cookie).

/** A refused request: the HTTP status to answer and a bilingual LabelError. */
export class AccessError extends LabelError {
  constructor(
    readonly status: number,
    code: string,
    reason: { vi: string; en: string },
  ) {
    super(code, reason);
  }
}

/** A new access token: 256 random bits, URL-safe. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/**
 * The Host header values the server answers: `name:port` for the loopback names (when bound to
 * loopback or to every interface), the bound address itself, and any name the operator allowed.
 */
export function allowedHosts(
  bound: string,
  port: number,
  extra: readonly string[] = [],
): Set<string> {
  const names = new Set<string>(extra.map((name) => name.toLowerCase()));
  const isLoopback = bound === 'localhost' || bound === '::1' || bound.startsWith('127.');
  if (isLoopback || WILDCARDS.has(bound)) LOOPBACK_NAMES.forEach((name) => names.add(name));
  if (!WILDCARDS.has(bound)) names.add(bound.includes(':') ? `[${bound}]` : bound.toLowerCase());
  return new Set([...names].map((name) => `${name}:${port}`));
}

export interface AccessRules {
  token: string;
  hosts: ReadonlySet<string>;
  cookieName: string;
}

/**
 * Checks one request before anything else is done.
 * @throws AccessError 403 for a foreign Host, a foreign Origin or a cross-site API request;
 *   401 without the access token.
 */
export function checkAccess(request: IncomingMessage, url: URL, rules: AccessRules): void {
  const host = (request.headers.host ?? '').toLowerCase();
  if (!rules.hosts.has(host)) {
    throw new AccessError(403, 'request.host', {
      vi: `máy chủ nhãn không trả lời cho tên "${host}"; hãy mở địa chỉ in ra khi chạy nguongoc-labels serve`,
      en: `the label server does not answer for "${host}"; open the address nguongoc-labels serve printed`,
    });
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    throw new AccessError(403, 'request.origin', {
      vi: `không nhận yêu cầu từ trang khác (${origin})`,
      en: `requests from another site (${origin}) are refused`,
    });
  }
  // Sent by browsers on every request: a page of another origin (same site included: another
  // port of localhost) may not call the API. Navigations ('none', or a link) may open the page.
  const fetchSite = request.headers['sec-fetch-site'];
  if (
    url.pathname.startsWith('/api/') &&
    fetchSite !== undefined &&
    fetchSite !== 'same-origin' &&
    fetchSite !== 'none'
  ) {
    throw new AccessError(403, 'request.cross_site', {
      vi: 'không nhận yêu cầu từ trang khác',
      en: 'cross-site requests are refused',
    });
  }
  // The page's address may carry the token (then it becomes a cookie); the API's never does.
  const inAddress = url.pathname.startsWith('/api/') ? null : url.searchParams.get('token');
  const presented = bearer(request) ?? cookie(request, rules.cookieName) ?? inAddress ?? undefined;
  if (presented === undefined || !sameToken(presented, rules.token)) {
    throw new AccessError(401, 'request.token', {
      vi: 'cần mã truy cập: hãy mở địa chỉ có ?token=… mà nguongoc-labels serve in ra',
      en: 'an access token is needed: open the address with ?token=… that nguongoc-labels serve printed',
    });
  }
}

/** The cookie that carries the token after the first visit: HttpOnly, SameSite=Strict. */
export function accessCookie(rules: AccessRules): string {
  return `${rules.cookieName}=${rules.token}; Path=/; HttpOnly; SameSite=Strict`;
}

/**
 * POST bodies must be JSON: a cross-site HTML form can only send urlencoded, multipart or
 * text/plain without a preflight, and the server answers no preflight.
 * @throws AccessError 415 otherwise.
 */
export function requireJson(request: IncomingMessage): void {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new AccessError(415, 'request.content_type', {
      vi: `chỉ nhận application/json, không nhận "${type || 'không có'}"`,
      en: `only application/json is accepted, not "${type || 'none'}"`,
    });
  }
}

function bearer(request: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sameToken(presented: string, token: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(token));
}
