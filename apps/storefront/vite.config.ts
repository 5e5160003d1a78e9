import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

/** The Remix plugin's options (the document tests start the app with them too). */
export const remixOptions = {
  // `dist`, like every workspace: turbo caches it and git ignores it.
  buildDirectory: 'dist',
  ignoredRouteFiles: ['**/*.css', '**/*.test.*'],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
} satisfies Parameters<typeof remix>[0];

/** The workspace packages run from node_modules, as built: vn-admin-units reads its data file. */
export const ssr = { external: ['@nguongoc/trace-core', '@nguongoc/vn-admin-units'] };

export default defineConfig({
  server: { port: 3000 },
  ssr,
  plugins: [remix(remixOptions)],
});
