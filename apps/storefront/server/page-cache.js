// @ts-check
// A small in-process cache of whole public pages, in front of Remix, for the trace page: a QR scan
// is the same page for everyone who reads it in one language, and it changes only when a
// checkpoint is signed. A route opts in by answering `Cache-Control: public, max-age=N`; an answer
// that sets a cookie, or is not a 200, is never kept. Each entry is gzipped once. After max-age an
// entry is served for `staleSeconds` more while one request renders it again in the background
// (stale-while-revalidate); concurrent misses for one page share one render. On one server this
// does what a CDN does in front of several.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';

const gzipAsync = promisify(gzip);

/**
 * @typedef {object} CachedPage
 * @property {number} status
 * @property {Record<string, string | string[]>} headers as `writeHead` takes them
 * @property {Buffer} body
 * @property {Buffer} gzipped
 * @property {number} freshUntil epoch milliseconds
 * @property {number} staleUntil epoch milliseconds
 */

/**
 * @typedef {{ page: CachedPage, response?: undefined } | { page?: undefined, response: Response }} Rendered
 */

/**
 * @param {object} options
 * @param {(request: Request) => Promise<Response>} options.render Remix's fetch handler.
 * @param {number} [options.maxBytes] memory for pages (default 32 MiB).
 * @param {number} [options.staleSeconds] how long an expired page may still be served while it
 *   is rendered again (default 60).
 * @param {() => number} [options.now]
 */
export function createPageCache({
  render,
  maxBytes = 32 * 2 ** 20,
  staleSeconds = 60,
  now = Date.now,
}) {
  /** @type {LRUCache<string, CachedPage>} */
  const pages = new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (page) => page.body.length + page.gzipped.length + 512,
  });
  /** @type {Map<string, Promise<Rendered>>} */
  const rendering = new Map();

  /**
   * Renders `request`; keeps the answer when it may be kept.
   * @param {string} key
   * @param {Request} request
   * @returns {Promise<Rendered>}
   */
  function renderInto(key, request) {
    let pending = rendering.get(key);
    if (!pending) {
      pending = (async () => {
        const response = await render(request);
        const maxAge = keepableFor(response);
        if (maxAge === undefined) return { response };
        const body = Buffer.from(await response.arrayBuffer());
        const started = now();
        /** @type {CachedPage} */
        const page = {
          status: response.status,
          headers: headersOf(response),
          body,
          gzipped: await gzipAsync(body),
          freshUntil: started + maxAge * 1000,
          staleUntil: started + (maxAge + staleSeconds) * 1000,
        };
        pages.set(key, page, { ttl: (maxAge + staleSeconds) * 1000 });
        return { page };
      })().finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    return pending;
  }

  return {
    /**
     * The page kept under `key` (the URL and whatever else makes the page differ, such as the
     * language), or `request()` rendered now. A response that may not be kept is handed back
     * as it came (`response`), for the caller to send. The request is only made on a miss.
     * @param {string} key
     * @param {() => Request} makeRequest
     * @returns {Promise<Rendered & { hit: boolean }>}
     */
    async get(key, makeRequest) {
      const page = pages.get(key);
      const time = now();
      if (page && time < page.freshUntil) return { page, hit: true };
      if (page && time < page.staleUntil) {
        if (!rendering.has(key)) void renderInto(key, makeRequest()).catch(() => undefined);
        return { page, hit: true };
      }
      const joined = rendering.has(key);
      const request = makeRequest();
      const result = await renderInto(key, request);
      // An answer that may not be kept belongs to the request that rendered it: one that only
      // waited for it renders its own.
      if (result.page || !joined) return { ...result, hit: false };
      return { response: await render(request), hit: false };
    },
    /** Pages kept now (for tests and the bench). */
    get size() {
      return pages.size;
    },
  };
}

/**
 * Seconds a response may be kept, or undefined when it may not.
 * @param {Response} response
 */
function keepableFor(response) {
  if (response.status !== 200 || response.headers.has('set-cookie')) return undefined;
  const cacheControl = response.headers.get('cache-control') ?? '';
  if (!/(^|,)\s*public\s*(,|$)/.test(cacheControl)) return undefined;
  const match = /(?:^|,)\s*max-age=(\d+)/.exec(cacheControl);
  const maxAge = match ? Number(match[1]) : 0;
  return maxAge > 0 ? maxAge : undefined;
}

/**
 * A response's headers for `writeHead`, less its length (the kept body may be sent gzipped).
 * @param {Response} response
 */
function headersOf(response) {
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  response.headers.forEach((value, name) => {
    if (name !== 'content-length') headers[name] = value;
  });
  return headers;
}
