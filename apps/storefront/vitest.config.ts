import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'vitest/config';

// The root's node_modules holds react-router 7 (Medusa's admin), so @remix-run/react and
// @remix-run/testing each carry their own copy of react-router 6.30. The tests load one ESM
// build of each, so that the stub's router context is the one the components read.
const require = createRequire(import.meta.url);
const packageDirectory = (name: string, from = require) =>
  dirname(from.resolve(`${name}/package.json`));
const remixReact = packageDirectory('@remix-run/react');
const fromRemixReact = createRequire(join(remixReact, 'package.json'));
const single = {
  '@remix-run/react': join(remixReact, 'dist/esm/index.js'),
  '@remix-run/testing': join(packageDirectory('@remix-run/testing'), 'dist/esm/index.js'),
  'react-router-dom': join(packageDirectory('react-router-dom', fromRemixReact), 'dist/index.js'),
  'react-router': join(
    packageDirectory(
      'react-router',
      createRequire(join(packageDirectory('react-router-dom', fromRemixReact), 'package.json')),
    ),
    'dist/index.js',
  ),
};

// Not vite.config.ts: the Remix plugin is for the app's build, not for tests of its modules
// (test/document.test.ts starts the whole app with it, through test/vite.config.ts).
// Two projects: `unit` against the MSW backend of test/mocks, and `e2e` against the real commerce
// backend and the production storefront (test/e2e/_system.ts starts both, Debian's chromium
// drives the pages).
export default defineConfig({
  resolve: {
    alias: Object.entries(single).map(([name, file]) => ({
      find: new RegExp(`^${name}$`),
      replacement: file,
    })),
  },
  test: {
    server: {
      deps: {
        inline: [/@remix-run\/(react|testing)/, /react-router/],
        // The SDK's ESM build has no "type": "module"; Node loads it as is, as in production.
        external: [/@medusajs\/js-sdk/, /vn-admin-units/],
      },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/setup.ts'],
          // The document tests start Vite and the whole app once per file.
          testTimeout: 30_000,
          env: {
            MEDUSA_BACKEND_URL: 'http://medusa.test',
            MEDUSA_PUBLISHABLE_KEY: 'pk_test_storefront',
            STOREFRONT_URL: 'http://localhost:3000',
            VITE_CJS_IGNORE_WARNING: 'true',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/_system.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
