// The app's Vite config plus one fixture route, for the document tests (the Remix plugin wants
// a config file of its own).
import { fileURLToPath } from 'node:url';
import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';
import { remixOptions, ssr } from '../vite.config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  logLevel: 'error',
  ssr,
  // Server rendering only: nothing to pre-bundle for a browser.
  optimizeDeps: { noDiscovery: true, disabled: true },
  plugins: [
    remix({
      ...remixOptions,
      routes: (defineRoutes) =>
        defineRoutes((route) => {
          route('__test/no-javascript', '../test/fixtures/no-javascript.tsx');
        }),
    }),
  ],
});
