// The production workspace (`node server.js` on the build in dist/) on a free port, against a
// given backend: what the tests and the bench drive.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort, stopChild, waitForHealth } from '@nguongoc/test-support/http';

export interface RunningWorkspace {
  url: string;
  stop: () => Promise<void>;
  log: () => string;
}

const app = resolve(import.meta.dirname, '..');

export async function startWorkspace(
  backend: { url: string },
  options: { storefrontUrl?: string } = {},
): Promise<RunningWorkspace> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server.js'], {
    cwd: app,
    env: {
      ...process.env,
      PORT: String(port),
      MEDUSA_BACKEND_URL: backend.url,
      WORKSPACE_URL: url,
      STOREFRONT_URL: options.storefrontUrl ?? 'http://localhost:3000',
      WORKSPACE_SESSION_SECRET: 'workspace-test-secret-0123456789abcdef',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealth(`${url}/healthz`, child, () => output, {
    name: 'the workspace',
    seconds: 60,
  });
  return { url, log: () => output, stop: () => stopChild(child) };
}
