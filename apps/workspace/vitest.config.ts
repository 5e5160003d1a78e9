import { defineConfig } from 'vitest/config';

// One project: the workspace's pages in Debian's chromium at phone size, against the real
// commerce backend and the production build of this app (test/_system.ts starts both).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/_system.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
