import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

/** The Remix plugin's options. */
export const remixOptions = {
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

export default defineConfig({
  server: { port: 3001 },
  // The workspace packages run from node_modules, as built (vn-admin-units reads its data file;
  // the label engine its fonts and templates).
  ssr: {
    external: [
      '@nguongoc/trace-core',
      '@nguongoc/vn-admin-units',
      '@nguongoc/label-printer',
      '@nguongoc/contracts',
    ],
  },
  plugins: [remix(remixOptions)],
});
