// The production storefront (apps/storefront, `node server.js` on its build in dist/) on a free
// port, against a given backend: what the storefront's end-to-end tests and bench drive, and the
// workspace's tests open the shop with. The storefront is found by its package name, like the
// commerce app in backend.ts; its build is a turbo dependency of the tasks that need it.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { type RunningServer, startNodeServer } from './http.js';

export type RunningStorefront = RunningServer;

const storefrontDirectory = dirname(
  createRequire(import.meta.url).resolve('@nguongoc/storefront/package.json'),
);

export function startStorefront(backend: {
  url: string;
  publishableKey: string;
}): Promise<RunningStorefront> {
  return startNodeServer({
    directory: storefrontDirectory,
    name: 'the storefront',
    env: (url) => ({
      MEDUSA_BACKEND_URL: backend.url,
      MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
      STOREFRONT_URL: url,
    }),
  });
}
