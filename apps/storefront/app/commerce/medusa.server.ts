// The one Medusa client of the storefront (apps/commerce's store API, with the publishable key),
// and how its failures reach the shopper: a page that cannot be built from the backend's answer
// throws a Response that the error boundary shows in both languages.
import Medusa, { FetchError } from '@medusajs/js-sdk';
import { ContractError } from '@nguongoc/contracts';
import { data } from '@remix-run/node';
import { environment } from '../env.server';

let client: Medusa | undefined;

export function medusa(): Medusa {
  if (!client) {
    const { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } = environment();
    client = new Medusa({
      baseUrl: MEDUSA_BACKEND_URL,
      publishableKey: MEDUSA_PUBLISHABLE_KEY,
      // The shopper never signs in here; nothing is kept between requests.
      auth: { type: 'jwt', jwtTokenStorageMethod: 'nostore' },
    });
  }
  return client;
}

/** Stable codes of the error pages (see components/error-page.tsx). */
export type FailureCode = 'backend_unavailable' | 'backend_refused' | 'not_found';

export interface Failure {
  code: FailureCode;
}

/** The backend answered with this HTTP status (a FetchError of the SDK). */
export function hasStatus(error: unknown, status: number): boolean {
  return error instanceof FetchError && error.status === status;
}

/** The backend answered 4xx: it understood and refused (as opposed to being down). */
export function isRefusal(error: unknown): error is FetchError {
  const status = error instanceof FetchError ? error.status : undefined;
  return status !== undefined && status >= 400 && status < 500;
}

/** A 404 page for something the shopper asked for by name (a product, an order). */
export function notFound(): never {
  throw data<Failure>({ code: 'not_found' }, { status: 404 });
}

/**
 * Turns a failed backend call into the error page's Response, and logs what happened: the
 * backend down or erring (503), refusing a request the storefront made (502), or answering
 * outside its contract (502, the field named in both languages).
 */
export function backendFailure(error: unknown, what: string): never {
  if (error instanceof Response) throw error;
  if (error instanceof ContractError) {
    console.error(
      `[storefront] [medusa] ${what}: câu trả lời ngoài hợp đồng / answer outside the contract: ${error.messageVi} / ${error.message}`,
    );
    throw data<Failure>({ code: 'backend_unavailable' }, { status: 502 });
  }
  const refused = isRefusal(error);
  const detail = error instanceof Error ? error.message : String(error);
  console.error(
    `[storefront] [medusa] ${what}: ${refused ? `refused (${error.status})` : 'failed'}: ${detail}`,
  );
  throw data<Failure>(
    { code: refused ? 'backend_refused' : 'backend_unavailable' },
    { status: refused ? 502 : 503 },
  );
}

/** Runs a backend call; any failure becomes the error page (see backendFailure). */
export async function fromBackend<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    backendFailure(error, what);
  }
}
