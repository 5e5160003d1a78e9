import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests hash thousands of inputs; a slow shared CI core must not turn them red.
    testTimeout: 60_000,
  },
});
