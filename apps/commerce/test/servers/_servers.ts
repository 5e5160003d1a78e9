// Vitest global setup of the several-servers tests: one database, one Redis, and three
// `medusa start`: two HTTP servers (MEDUSA_WORKER_MODE=server) and one worker, as the README's
// "Several servers" section deploys them. Redis database 7 is emptied first.
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { startBackend } from '../http/_backend.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const redisUrl = process.env.NGUONGOC_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7';
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  await redis.flushdb();
  await redis.quit();
  const { backend, stop } = await startBackend({
    name: 'servers',
    redisUrl,
    instances: ['server', 'server', 'worker'],
  });
  project.provide('backend', backend);
  return stop;
}
