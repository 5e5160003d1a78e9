import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // pdf.js, chromium and a 2-core shared machine: rendering and decoding take seconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
