// Vitest global setup of the several-servers tests: one database, a Redis of their own, and
// three `medusa start`: two HTTP servers (MEDUSA_WORKER_MODE=server) and one worker, as the
// README's "Several servers" section deploys them.
import { startBackend } from '@nguongoc/test-support/backend';
import { startRedis } from '@nguongoc/test-support/redis';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const redis = await startRedis();
  // NGUONGOC_TEST_REDIS_URL may name a shared server: the tests start from an empty database.
  const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  await client.flushdb();
  await client.quit();
  const { backend, stop } = await startBackend({
    name: 'servers',
    redisUrl: redis.url,
    instances: ['server', 'server', 'worker'],
  }).catch(async (error: unknown) => {
    await redis.stop();
    throw error;
  });
  project.provide('backend', backend);
  return async () => {
    await stop();
    await redis.stop();
  };
}
