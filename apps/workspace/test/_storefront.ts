// The production storefront (apps/storefront, `node server.js` on its build) on a free port, so
// that the workspace's end-to-end test can open the shop's product page and the trace page of
// what a cooperative made in the workspace.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { freePort, stopChild, waitForHealth } from '@nguongoc/test-support/http';

export interface RunningStorefront {
  url: string;
  stop: () => Promise<void>;
}

const storefront = dirname(
  createRequire(import.meta.url).resolve('@nguongoc/storefront/package.json'),
);

export async function startStorefront(backend: {
  url: string;
  publishableKey: string;
}): Promise<RunningStorefront> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server.js'], {
    cwd: storefront,
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
  return { url, stop: () => stopChild(child) };
}
