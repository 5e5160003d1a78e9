import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Spreadsheets are zipped XML; writing and re-reading them on a shared 2-core machine is slow.
    testTimeout: 60_000,
  },
});
