#!/usr/bin/env node
// The root `npm start` (after the build): the commerce backend on :9000 or PORT (its own start
// script: embedded PostgreSQL unless DATABASE_URL is set, migrations, the seed on first start, each
// printed as one line), then the storefront on :3000 or STOREFRONT_PORT; then one box with the
// addresses and the admin login that the backend's start handed over (IPC). Both servers' own
// output goes to <data>/logs/; a failure prints the end of the log concerned. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  answersWithin,
  box,
  commerceRows,
  failure,
  line,
  phase,
  portTaken,
  stopProgress,
} from '@nguongoc/commerce/start-console';

const root = resolve(import.meta.dirname, '..');
const dataDirectory = resolve(process.env.NGUONGOC_DATA_DIR ?? join(root, '.data'));
const storefrontPort = process.env.STOREFRONT_PORT ?? '3000';
const storefrontUrl = `http://localhost:${storefrontPort}`;
const workspacePort = process.env.WORKSPACE_PORT ?? '3001';
const workspaceUrl = process.env.WORKSPACE_URL ?? `http://localhost:${workspacePort}`;
const logDirectory = join(dataDirectory, 'logs');
mkdirSync(logDirectory, { recursive: true });
line(`Nhật ký / logs: ${logDirectory} (commerce.log, storefront.log, workspace.log)`);
// Checked now rather than after the backend's minute of migrations (the backend checks PORT).
for (const [port, name] of [
  [storefrontPort, 'STOREFRONT_PORT'],
  [workspacePort, 'WORKSPACE_PORT'],
]) {
  if (await portTaken(port)) {
    failure(
      `Cổng ${port} đang bận / port ${port} is in use: dừng nó hoặc đặt ${name} / stop it or set ${name}`,
    );
    process.exit(1);
  }
}

const children = [];
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));
// Should this script end any other way, its servers end with it.
process.on('exit', () => children.forEach((child) => child.kill()));

const commerce = start(join(root, 'apps/commerce'), ['scripts/start.mjs'], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  env: {
    NGUONGOC_DATA_DIR: dataDirectory,
    STOREFRONT_URL: process.env.STOREFRONT_URL ?? storefrontUrl,
    WORKSPACE_URL: workspaceUrl,
  },
});
commerce.on('exit', (code, signal) => {
  // The backend's start has printed its own failure; a kill from outside has not.
  if (!stopping && signal) {
    failure(`commerce dừng / stopped (${signal})`, { path: join(logDirectory, 'commerce.log') });
  }
  void stop(undefined, code || 1);
});
// Until the backend is ready its start script has the console (and says when it stops).
let backend;
backend = await new Promise((ready) =>
  commerce.on('message', (message) => message?.ready && ready(message.ready)),
);

await startWebServer({
  label: 'Cửa hàng / storefront',
  directory: 'apps/storefront',
  log: 'storefront.log',
  url: storefrontUrl,
  env: {
    PORT: storefrontPort,
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? backend.backendUrl,
    MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
  },
});
await startWebServer({
  label: 'Không gian HTX / workspace',
  directory: 'apps/workspace',
  log: 'workspace.log',
  url: workspaceUrl,
  env: {
    PORT: workspacePort,
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? backend.backendUrl,
    WORKSPACE_URL: workspaceUrl,
    STOREFRONT_URL: process.env.STOREFRONT_URL ?? storefrontUrl,
    WORKSPACE_SESSION_SECRET: sessionSecret(),
  },
});

box('NguonGoc đang chạy / is running', [
  ['Cửa hàng / shop', storefrontUrl],
  ['Truy xuất / trace', `${storefrontUrl}/t/3KX9T2M7QAH`],
  ['GS1 Digital Link', `${storefrontUrl}/01/08938600000019/10/CAM-2611-A`],
  ['HTX, xã / cooperatives, communes', `${workspaceUrl}`],
  ...commerceRows(backend),
  '',
  'Ctrl-C: dừng / stop',
]);

/**
 * Starts one of the web apps (`node server.js` in `directory`, its output in `log`) as a phase,
 * and waits until `<url>/healthz` answers; a crash or a silence of 2 minutes stops everything
 * with the end of its log.
 */
async function startWebServer({ label, directory, log, url, env }) {
  const webPhase = phase(label);
  const logPath = join(logDirectory, log);
  const output = openSync(logPath, 'w');
  const child = start(join(root, directory), ['server.js'], {
    stdio: ['ignore', output, output],
    env,
  });
  let up = false;
  child.on('exit', (code, signal) => {
    if (stopping) return;
    if (!up) webPhase.fail();
    failure(`${label}: dừng / stopped (${code ?? signal})`, { path: logPath });
    void stop(undefined, 1);
  });
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  if (!(await answersWithin(`${url}/healthz`, 120, gone))) {
    // Ctrl-C during the wait: stop() is ending the process, so this is no failure to report.
    if (stopping) await new Promise(() => {});
    webPhase.fail();
    failure(`${url}/healthz không trả lời sau 2 phút / did not answer within 2 minutes`, {
      path: logPath,
    });
    await stop(undefined, 1);
  }
  up = true;
  webPhase.done(url);
}

/**
 * The secret that signs the workspace's session cookies: kept in the data folder (only its owner
 * reads it), so a restart does not sign everyone out.
 */
function sessionSecret() {
  if (process.env.WORKSPACE_SESSION_SECRET) return process.env.WORKSPACE_SESSION_SECRET;
  const file = join(dataDirectory, 'workspace-session-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function start(cwd, args, { stdio, env }) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio,
    // Its own process group: Ctrl-C reaches this script only, which stops each server once.
    detached: true,
  });
  children.push(child);
  return child;
}

/** Stops every server still running (the backend stops its PostgreSQL), then exits. */
async function stop(signal, code = 0) {
  if (stopping) return;
  stopping = true;
  stopProgress();
  if (signal && backend) line('Đang dừng / stopping…');
  await Promise.all(
    children.map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return undefined;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill(child === commerce ? 'SIGINT' : 'SIGTERM');
      // The backend's start gives Medusa, then PostgreSQL, 15 s each.
      const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
      return exited.finally(() => clearTimeout(timer));
    }),
  );
  if (signal && backend) line('Đã dừng / stopped');
  process.exit(code);
}
