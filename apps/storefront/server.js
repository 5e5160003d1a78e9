// @ts-check
// `npm start`: the production build behind Express, with gzip (server/storefront.js).
//
// Why Express of our own and not remix-serve: both compress with the `compression` middleware,
// but this server also hands loaders the shopper's IP address (VNPay asks for it as vnp_IpAddr),
// serves the public pages from its page cache, sends the security headers, limits request bodies,
// and loads the build before it listens, so that a bad setting (app/env.server.ts) stops the
// start instead of the first request.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { loadBuild } from '@nguongoc/remix-server/load-build';
import { BODY_LIMIT_BYTES } from './server/body-limit.js';
import { createStorefront } from './server/storefront.js';

process.env.NODE_ENV = 'production';

const build = await loadBuild(new URL('./dist/server/index.js', import.meta.url));

const listener = createStorefront({
  build,
  clientDirectory: fileURLToPath(new URL('./dist/client', import.meta.url)),
});
const server = createServer(listener);
// A client that asks before sending (`Expect: 100-continue`) a body over the limit gets its 413
// without being told to send it.
server.on('checkContinue', (request, response) => {
  if (!(Number(request.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES)) {
    response.writeContinue();
  }
  listener(request, response);
});
const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => {
  console.log(`NguonGoc storefront: http://localhost:${port}`);
});
