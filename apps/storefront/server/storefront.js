// @ts-check
// The production server's request listener (server.js loads the build and listens): Express with
// `compression` (gzip) in front of the Remix build, the page cache ahead of Express for the public
// pages, the security headers on every answer and the request body limit. A function of its
// build, so that the tests run it on the app Vite builds (test/server.test.ts).
import { randomBytes } from 'node:crypto';
import { TOO_LARGE, readLimitedBody, sendTooLarge } from '@nguongoc/remix-server/body-limit';
import { remixRequest, sendResponse } from '@nguongoc/remix-server/remix-bridge';
import { createRequestHandler as createFetchHandler } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { BODY_LIMIT_BYTES } from './body-limit.js';
import { createPageCache } from './page-cache.js';
import { cachedRoute, pageKey } from './page-key.js';
import { originOf, securityHeaders } from './security-headers.js';

/** Where VNPay's payment page is when VNPAY_HOST is not set: the backend's default, its sandbox. */
export const VNPAY_SANDBOX = 'https://sandbox.vnpayment.vn';

/**
 * @param {object} options
 * @param {import('@remix-run/node').ServerBuild} options.build
 * @param {'production' | 'development'} [options.mode]
 * @param {string} [options.clientDirectory] Vite's client build (dist/client), served as files
 * @param {Record<string, string | undefined>} [options.env] VNPAY_HOST, MEDUSA_BACKEND_URL, STOREFRONT_URL
 * @param {number} [options.bodyLimit]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createStorefront({
  build,
  mode = 'production',
  clientDirectory,
  env = process.env,
  bodyLimit = BODY_LIMIT_BYTES,
}) {
  const vnpayOrigin = originOf(env.VNPAY_HOST) ?? VNPAY_SANDBOX;
  const backendOrigin = originOf(env.MEDUSA_BACKEND_URL) ?? 'http://localhost:9000';
  const secure = (env.STOREFRONT_URL ?? '').startsWith('https:');
  /** @param {string} [nonce] */
  const headersWith = (nonce) =>
    securityHeaders({
      nonce,
      formActions: [vnpayOrigin],
      // Product photos of Medusa's local file module are the backend's URLs.
      imageOrigins: backendOrigin.startsWith('https:') ? [] : [backendOrigin],
    });

  const app = express();
  app.disable('x-powered-by');
  // req.ip is the shopper's address behind a reverse proxy on this machine (X-Forwarded-For).
  app.set('trust proxy', 'loopback');
  // Each answer its own nonce: Remix's inline scripts carry it (entry.server.tsx, root.tsx).
  app.use((_request, response, next) => {
    const nonce = randomBytes(16).toString('base64');
    response.locals.cspNonce = nonce;
    for (const [name, value] of Object.entries(headersWith(nonce))) response.setHeader(name, value);
    next();
  });
  app.use(compression());
  // Liveness for whoever starts this server (the root's start script waits for it): answered
  // here, without Remix and without the backend.
  app.get('/healthz', (_request, response) => {
    response.type('text/plain').send('ok');
  });
  if (clientDirectory) {
    // Vite's fingerprinted files never change; the rest of public/ may.
    app.use(
      '/assets',
      // A missing asset is a plain 404, not a page.
      express.static(`${clientDirectory}/assets`, {
        immutable: true,
        maxAge: '1y',
        fallthrough: false,
      }),
    );
    app.use(express.static(clientDirectory, { maxAge: '1h' }));
  }

  const handleRequest = createFetchHandler(build, mode);
  app.all('*', async (req, res, next) => {
    try {
      /** @type {Buffer | undefined} */
      let body;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        const read = await readLimitedBody(req, bodyLimit);
        if (read === TOO_LARGE) {
          sendTooLarge(res, req.get('accept'), bodyLimit);
          return;
        }
        body = read;
      }
      const request = remixRequest(req, res, body);
      // VNPay wants the shopper's IPv4 address, not its IPv6-mapped form.
      const clientIp = req.ip?.replace(/^::ffff:/, '');
      const context = { cspNonce: String(res.locals.cspNonce), ...(clientIp ? { clientIp } : {}) };
      await sendResponse(res, await handleRequest(request, context));
    } catch (error) {
      next(error);
    }
  });

  // The trace pages are the same for every reader of one language: they are rendered once per
  // bundle and served from memory (page-cache.js), gzipped once, by Node's own HTTP server ahead
  // of Express (a QR scan costs a map lookup and one write). Remix sees only the canonical URL and
  // language (page-key.js), so nothing else of a request can change what is kept. A commune's
  // open-data page and its two downloads are public in the same way.
  const cachedPages = createPageCache({ render: (request) => handleRequest(request, {}) });

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  async function serveCachedPage(req, res, url) {
    const { key, path, cookie, setCookie } = pageKey(url, req.headers.cookie, { secure });
    const { page, response, hit } = await cachedPages.get(
      key,
      () => new Request(new URL(path, url), { headers: { cookie } }),
    );
    // No nonce: the page is shared, and it has no inline script.
    for (const [name, value] of Object.entries(headersWith())) res.setHeader(name, value);
    if (setCookie) res.setHeader('Set-Cookie', setCookie);
    if (!page) {
      res.statusCode = response.status;
      response.headers.forEach((value, name) => res.appendHeader(name, value));
      res.setHeader('Vary', 'Accept-Encoding, Cookie');
      res.end(Buffer.from(await response.arrayBuffer()));
      return;
    }
    const gzipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const sent = gzipped ? page.gzipped : page.body;
    res.writeHead(page.status, {
      ...page.headers,
      Vary: 'Accept-Encoding, Cookie',
      'X-Page-Cache': hit ? 'HIT' : 'MISS',
      ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': sent.length,
    });
    res.end(sent);
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://storefront.local');
    if (req.method === 'GET' && cachedRoute(url.pathname)) {
      serveCachedPage(req, res, url).catch((error) => {
        console.error(error);
        if (!res.headersSent) {
          for (const [name, value] of Object.entries(headersWith())) res.setHeader(name, value);
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        }
        res.end('Lỗi máy chủ / server error');
      });
    } else app(req, res);
  };
}
