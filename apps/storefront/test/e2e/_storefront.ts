// The production storefront (`node server.js` on the build in dist/) on a free port, against a
// given backend: what the end-to-end tests and the bench drive.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort, stopChild, waitForHealth } from '@nguongoc/test-support/http';

export interface RunningStorefront {
  url: string;
  stop: () => Promise<void>;
  /** What the server printed (for a failing test's message). */
  log: () => string;
}

const app = resolve(import.meta.dirname, '../..');

export async function startStorefront(backend: {
  url: string;
  publishableKey: string;
}): Promise<RunningStorefront> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server.js'], {
    cwd: app,
    env: {
      ...process.env,
      PORT: String(port),
      MEDUSA_BACKEND_URL: backend.url,
      MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
      STOREFRONT_URL: url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealth(`${url}/healthz`, child, () => output, {
    name: 'the storefront',
    seconds: 60,
  });
  return {
    url,
    log: () => output,
    stop: () => stopChild(child),
  };
}
