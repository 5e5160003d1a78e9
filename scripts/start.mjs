#!/usr/bin/env node
// The root `npm start` (after the build): the commerce backend on :9000 (its own start script:
// embedded PostgreSQL unless DATABASE_URL is set, migrations, the seed on first start), then,
// once it answers /health, the storefront on :3000 with the publishable key that the backend's
// start wrote to <data>/publishable-key. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dataDirectory = resolve(process.env.NGUONGOC_DATA_DIR ?? join(root, '.data'));
const backendPort = process.env.PORT ?? '9000';
const storefrontPort = process.env.STOREFRONT_PORT ?? '3000';
const backendUrl = `http://localhost:${backendPort}`;
const children = [];

const commerce = start('commerce', join(root, 'apps/commerce'), ['scripts/start.mjs'], {
  NGUONGOC_DATA_DIR: dataDirectory,
  STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`,
});
await waitForHealth(`${backendUrl}/health`, commerce);
const storefront = start('storefront', join(root, 'apps/storefront'), ['server.js'], {
  PORT: storefrontPort,
  MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? backendUrl,
  MEDUSA_PUBLISHABLE_KEY: readFileSync(join(dataDirectory, 'publishable-key'), 'utf8').trim(),
});
await waitForHealth(`http://localhost:${storefrontPort}/healthz`, storefront);
console.log(`
  Cửa hàng / shop:        http://localhost:${storefrontPort}
  Truy xuất / trace page: http://localhost:${storefrontPort}/t/3KX9T2M7QAH
  GS1 Digital Link:       http://localhost:${storefrontPort}/01/08938600000019/10/CAM-2611-A
`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

function start(name, cwd, args, env) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  children.push(child);
  child.on('exit', (code) => {
    // One part stopping stops the whole system: a shop without its backend is no use.
    for (const other of children) if (other !== child && other.exitCode === null) other.kill();
    if (code) console.error(`${name} dừng / stopped (${code})`);
    process.exitCode = code ?? 0;
  });
  return child;
}

async function waitForHealth(url, child) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) process.exit(child.exitCode || 1);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  console.error(`${url} không trả lời sau 5 phút / did not answer within 5 minutes`);
  for (const other of children) other.kill();
  process.exit(1);
}
