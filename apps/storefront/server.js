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

// The trace pages are the same for every reader of one language: they are rendered once per
// bundle and served from memory (server/page-cache.js), gzipped once. Remix sees only the URL and
// the language cookie, so nothing else of a request can change what is kept.
const renderPage = createFetchHandler(build, 'production');
const tracePages = createPageCache({
  render: (request) => renderPage(request, {}),
  variant: (request) => request.headers.get('cookie') ?? '',
});
app.get(['/t/:code', '/01/:gtin/10/:lot', '/01/:gtin/10/:lot/21/:serial'], (req, res, next) => {
  const language = /(?:^|;\s*)(lang=[^;]*)/.exec(req.headers.cookie ?? '')?.[1];
  const request = new Request(new URL(req.originalUrl, 'http://storefront.local'), {
    headers: language ? { cookie: language } : {},
  });
  tracePages
    .get(request)
    .then(async ({ page, response, hit }) => {
      res.setHeader('Vary', 'Accept-Encoding, Cookie');
      if (!page) {
        res.status(response.status);
        response.headers.forEach((value, name) => res.append(name, value));
        res.end(Buffer.from(await response.arrayBuffer()));
        return;
      }
      res.status(page.status);
      for (const [name, value] of page.headers) res.append(name, value);
      res.setHeader('X-Page-Cache', hit ? 'HIT' : 'MISS');
      const gzipped = Boolean(req.acceptsEncodings('gzip'));
      const body = gzipped ? page.gzipped : page.body;
      if (gzipped) res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', body.length);
      res.end(body);
    })
    .catch(next);
});
app.all(
  '*',
  createRequestHandler({
    build,
    mode: 'production',
    getLoadContext: (request) => (request.ip ? { clientIp: request.ip } : {}),
  }),
);

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`NguonGoc storefront: http://localhost:${port}`);
});
