// @ts-check
// `npm start`: the production build behind Express, with gzip.
//
// Why Express of our own (@remix-run/express) and not remix-serve: both compress with the
// `compression` middleware, but this server also hands loaders the shopper's IP address (VNPay
// asks for it as vnp_IpAddr) and loads the build before it listens, so that a bad setting
// (app/env.server.ts) stops the start instead of the first request.
import { createRequestHandler } from '@remix-run/express';
import { createRequestHandler as createFetchHandler } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createPageCache } from './server/page-cache.js';

process.env.NODE_ENV = 'production';

/** @type {import('@remix-run/node').ServerBuild} */
let build;
const buildFile = './dist/server/index.js';
try {
  build = await import(buildFile);
} catch (/** @type {any} */ error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/server')) {
    console.error('Chưa build: chạy `npm run build` trước / not built: run `npm run build` first');
  } else {
    console.error(error?.name === 'EnvironmentError' ? error.message : error);
  }
  process.exit(1);
}

const app = express();
app.disable('x-powered-by');
// req.ip is the shopper's address behind a reverse proxy on this machine (X-Forwarded-For).
app.set('trust proxy', 'loopback');
app.use(compression());
// Liveness for whoever starts this server (the root's start script waits for it): answered here,
// without Remix and without the backend.
app.get('/healthz', (_request, response) => {
  response.type('text/plain').send('ok');
});
// Vite's fingerprinted files never change; the rest of public/ may.
const client = fileURLToPath(new URL('./dist/client', import.meta.url));
app.use(
  '/assets',
  // A missing asset is a plain 404, not a page.
  express.static(`${client}/assets`, { immutable: true, maxAge: '1y', fallthrough: false }),
);
app.use(express.static(client, { maxAge: '1h' }));

app.all(
  '*',
  createRequestHandler({
    build,
    mode: 'production',
    // VNPay wants the shopper's IPv4 address, not its IPv6-mapped form.
    getLoadContext: (request) =>
      request.ip ? { clientIp: request.ip.replace(/^::ffff:/, '') } : {},
  }),
);

// The trace pages are the same for every reader of one language: they are rendered once per
// bundle and served from memory (server/page-cache.js), gzipped once, by Node's own HTTP server
// ahead of Express (a QR scan costs a map lookup and one write). Remix sees only the URL and the
// language cookie, so nothing else of a request can change what is kept. A commune's open-data
// page and its two downloads (/xa/:communeCode[/du-lieu.csv|.json]) are public in the same way.
const CACHED_PATH =
  /^\/(?:t\/[^/]+|01\/[^/]+\/10\/[^/]+(?:\/21\/[^/]+)?|xa\/\d{5}(?:\/du-lieu\.(?:csv|json))?)$/;
const renderPage = createFetchHandler(build, 'production');
const cachedPages = createPageCache({ render: (request) => renderPage(request, {}) });

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function serveCachedPage(req, res) {
  const url = req.url ?? '/';
  const language = /(?:^|;\s*)(lang=[^;]*)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
  const { page, response, hit } = await cachedPages.get(
    `${url} ${language}`,
    () =>
      new Request(new URL(url, 'http://storefront.local'), {
        headers: language ? { cookie: language } : {},
      }),
  );
  if (!page) {
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.appendHeader(name, value));
    res.setHeader('Vary', 'Accept-Encoding, Cookie');
    res.end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  const gzipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzipped ? page.gzipped : page.body;
  res.writeHead(page.status, {
    ...page.headers,
    Vary: 'Accept-Encoding, Cookie',
    'X-Page-Cache': hit ? 'HIT' : 'MISS',
    ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
    'Content-Length': body.length,
  });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && CACHED_PATH.test((req.url ?? '').split('?')[0] ?? '')) {
    serveCachedPage(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Lỗi máy chủ / server error');
    });
  } else app(req, res);
});
const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => {
  console.log(`NguonGoc storefront: http://localhost:${port}`);
});
