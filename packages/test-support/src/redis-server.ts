// A Redis of the tests' own: `redis-server` on a free loopback port, with no persistence, in a
// temporary folder. NGUONGOC_TEST_REDIS_URL names an existing server instead (its database is
// the caller's to empty).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stopChild } from './http.js';

export interface RedisServer {
  url: string;
  stop: () => Promise<void>;
}

const READY = /Ready to accept connections/;

/**
 * Starts `redis-server` (from PATH) and waits until it accepts connections.
 * @throws Error saying how to install Redis when there is no `redis-server`, or what it printed
 *   when it stopped or did not get ready within 20 s.
 */
export async function startRedis(): Promise<RedisServer> {
  const existing = process.env.NGUONGOC_TEST_REDIS_URL;
  if (existing) return { url: existing, stop: async () => {} };
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), 'ng-test-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const stop = async () => {
    await stopChild(child);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`redis-server not ready in 20 s:\n${log}`)),
        20_000,
      );
      const settle = (error?: Error) => {
        clearTimeout(timer);
        if (error) fail(error);
        else ready();
      };
      child.on('error', (error: NodeJS.ErrnoException) =>
        settle(
          error.code === 'ENOENT'
            ? new Error(
                'Không thấy redis-server / redis-server not found: sudo apt-get install redis-server ' +
                  '(or set NGUONGOC_TEST_REDIS_URL to a Redis the tests may empty)',
              )
            : error,
        ),
      );
      child.on('exit', (code) => settle(new Error(`redis-server exited (${code}):\n${log}`)));
      for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', (chunk: Buffer) => {
          log += chunk.toString();
          if (READY.test(log)) settle();
        });
      }
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}/0`, stop };
}
