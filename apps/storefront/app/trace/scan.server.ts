import { type ScanAnswer, type ScanBody, readAnswer, scanAnswer } from '@nguongoc/contracts';
import { findProvince } from '@nguongoc/vn-admin-units';
import { environment } from '../env.server';
import { outsideContract } from './bundle-cache.server';

// POST /t/:code/scans, the trace page script's scan, passed on to the backend (issue #22): the
// serial when the QR carried one, and the buyer's province only when they chose to share it, as
// one of the 34 province codes (anything else is dropped here, and refused by the backend).
// Nothing finer than a province ever leaves the phone. The buyer's address goes with it
// (X-Forwarded-For), so that the backend's per-client limit is the buyer's, not the storefront's.

/** A unit serial as labels print it (GS1 AI 21, at most 20 characters). */
const SERIAL = /^[\x21-\x7e]{1,20}$/;

/** The scan the page asked for, as the backend's contract has it: unknown fields dropped. */
export function scanBodyOf(body: unknown): ScanBody {
  const { serial, province } = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  return {
    ...(typeof serial === 'string' && SERIAL.test(serial) ? { serial } : {}),
    ...(typeof province === 'string' && /^\d{2}$/.test(province) && findProvince(province)
      ? { province }
      : {}),
  };
}

/**
 * Passes a scan on to the backend and answers its cloned-code verdict, as the contract has it.
 * The backend's refusals keep their status (404 unknown code or serial, 429 too many scans, with
 * Retry-After); a backend that fails or answers outside the contract is a 502. The page says
 * "could not check for copies" for any of them.
 */
export async function recordScan(
  request: Request,
  code: string,
  clientIp: string | undefined,
): Promise<Response> {
  const scan = scanBodyOf(await request.json().catch(() => ({})));
  const url = new URL(
    `/store/trace/${encodeURIComponent(code)}/scans`,
    environment().MEDUSA_BACKEND_URL,
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-publishable-api-key': environment().MEDUSA_PUBLISHABLE_KEY,
      'user-agent': request.headers.get('user-agent') ?? '',
      ...(clientIp ? { 'x-forwarded-for': clientIp } : {}),
    },
    body: JSON.stringify(scan),
  }).catch(() => undefined);
  const notRecorded = (status = 502, headers: HeadersInit = {}) =>
    Response.json(
      { error: 'scan_not_recorded' },
      { status, headers: { 'Cache-Control': 'no-store', ...headers } },
    );
  if (!response) return notRecorded();
  if ([400, 404, 429].includes(response.status)) {
    const retryAfter = response.headers.get('retry-after');
    return notRecorded(response.status, retryAfter ? { 'Retry-After': retryAfter } : {});
  }
  if (!response.ok) return notRecorded();
  let answer: ScanAnswer;
  try {
    answer = readAnswer(scanAnswer, await response.json(), 'POST /store/trace/:code/scans');
  } catch (error) {
    const reason = outsideContract(error, `POST ${url.pathname}`);
    console.error(
      `[storefront] [trace] ${code}: ${reason instanceof Error ? reason.message : String(reason)}`,
    );
    return notRecorded();
  }
  return Response.json(answer, { headers: { 'Cache-Control': 'no-store' } });
}
