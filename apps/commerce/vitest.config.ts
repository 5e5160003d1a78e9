import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'http',
          include: ['test/http/**/*.test.ts'],
          // One real backend (medusa start on a fresh PostgreSQL database) for every HTTP test.
          globalSetup: ['test/http/_backend.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'workflows',
          include: ['test/workflows/**/*.test.ts'],
          // Medusa loaded from the build in the test's own process, on a fresh database.
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'start',
          include: ['test/start/**/*.test.ts'],
          // scripts/start.mjs on an empty data directory: migrations and the seed take 30-60 s.
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'servers',
          include: ['test/servers/**/*.test.ts'],
          // Two HTTP servers and a worker sharing PostgreSQL and Redis (see _servers.ts).
          globalSetup: ['test/servers/_servers.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
