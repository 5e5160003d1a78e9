import {
  ContractError,
  type StoreTraceAnswer,
  readAnswer,
  storeTraceAnswer,
} from '@nguongoc/contracts';
import type { LotBundle } from '@nguongoc/trace-core';
import { type Message, bothLanguages } from '@nguongoc/vn-locale';
import { LRUCache } from 'lru-cache';

/** A lot bundle as the backend served it, with the ledger keys that the browser trusts. */
export interface CachedBundle {
  bundle: LotBundle;
  verifierKeys: string[];
  /** The JSON the browser fetches: `{ bundle, verifierKeys }`, as sent. */
  body: string;
  etag: string | undefined;
}

export interface BundleSource {
  backendUrl: string;
  publishableKey: string;
  fetch?: typeof fetch;
  /** Bundles kept in memory, in bytes of their JSON (default 64 MiB). */
  maxBytes?: number;
}

/**
 * What a failed lookup says: the backend has no such lot (404), could not be asked, or answered
 * outside its contract (502). The explanation, for the server's log, is one `Message` (ADR 028).
 */
export class BundleLookupError extends Error {
  constructor(
    readonly status: number,
    reason: Message,
  ) {
    super(bothLanguages(reason));
    this.name = 'BundleLookupError';
  }
}

/**
 * A backend answer outside its contract (a ContractError) as a BundleLookupError 502 that names
 * the request and the field; any other error as it is.
 */
export function outsideContract(error: unknown, request: string): unknown {
  if (!(error instanceof ContractError)) return error;
  return new BundleLookupError(502, {
    vi: `${request}: ${error.messageVi}`,
    en: `${request}: answer outside the contract: ${error.message}`,
  });
}

const DEFAULT_MAX_AGE_SECONDS = 30;

/**
 * The backend's lot bundles, kept in memory as long as its `Cache-Control: max-age` allows (a
 * bundle changes only when a checkpoint is signed), then revalidated with `If-None-Match`, which
 * costs the backend one indexed lookup and no body. Concurrent requests for one code share one
 * fetch. A QR scan therefore costs the backend nothing most of the time.
 */
export function createBundleCache(source: BundleSource) {
  const fetchImplementation = source.fetch ?? fetch;
  const cache = new LRUCache<string, CachedBundle>({
    maxSize: source.maxBytes ?? 64 * 2 ** 20,
    sizeCalculation: (value) => value.body.length,
    ttl: DEFAULT_MAX_AGE_SECONDS * 1000,
    fetchMethod: async (code, stale, { options }) => {
      const headers: Record<string, string> = {
        accept: 'application/json',
        'x-publishable-api-key': source.publishableKey,
      };
      if (stale?.etag) headers['if-none-match'] = stale.etag;
      const url = new URL(`/store/trace/${encodeURIComponent(code)}`, source.backendUrl);
      let response: Response;
      try {
        response = await fetchImplementation(url, { headers });
      } catch (error) {
        throw new BundleLookupError(502, {
          vi: `không kết nối được máy chủ ${source.backendUrl}: ${String(error)}`,
          en: `backend ${source.backendUrl} unreachable: ${String(error)}`,
        });
      }
      // lru-cache reads a ttl of 0 as "forever": max-age=0 is kept for a millisecond.
      options.ttl = Math.max(1, maxAgeOf(response.headers.get('cache-control')) * 1000);
      if (response.status === 304 && stale) return stale;
      if (!response.ok) {
        throw new BundleLookupError(response.status, {
          vi: `máy chủ trả lời ${response.status} cho mã ${code}`,
          en: `backend answered ${response.status} for ${code}`,
        });
      }
      let answer: StoreTraceAnswer;
      try {
        answer = readAnswer(storeTraceAnswer, await response.json(), 'GET /store/trace/:code');
      } catch (error) {
        throw outsideContract(error, `GET /store/trace/${code}`);
      }
      const { bundle, verifier_keys: verifierKeys } = answer;
      return {
        bundle,
        verifierKeys,
        body: JSON.stringify({ bundle, verifierKeys }),
        etag: response.headers.get('etag') ?? undefined,
      };
    },
  });
  return {
    /** The bundle of `code`; throws {@link BundleLookupError}. */
    async get(code: string): Promise<CachedBundle> {
      const found = await cache.fetch(code);
      if (!found) {
        throw new BundleLookupError(404, {
          vi: `không có hồ sơ lô cho mã ${code}`,
          en: `no bundle for ${code}`,
        });
      }
      return found;
    },
  };
}

export type BundleCache = ReturnType<typeof createBundleCache>;

function maxAgeOf(cacheControl: string | null): number {
  const match = /(?:^|,)\s*max-age=(\d+)/.exec(cacheControl ?? '');
  return match ? Number(match[1]) : DEFAULT_MAX_AGE_SECONDS;
}
