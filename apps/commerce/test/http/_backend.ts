// Vitest global setup: a real backend for the HTTP tests. It makes a fresh database (on the
// PostgreSQL server of DATABASE_URL, else an embedded one), runs `medusa db:migrate`, the seed
// and `medusa user`, starts `medusa start` from the build (.medusa/server) on a free port, and
// tears it all down afterwards. Tests reach it through `inject('backend')`.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '@nguongoc/trace-store';
import { startFakeVnpay } from '../_vnpay-signing.js';

export interface Backend {
  url: string;
  /** Every instance's URL (the first is `url`); several only in the several-servers tests. */
  urls: string[];
  databaseUrl: string;
  publishableKey: string;
  admin: { email: string; password: string };
  /** A second admin user, for cooperative-scoped tests (its metadata is set by the tests). */
  staff: { email: string; password: string };
  /** The VNPay merchant, and the fake querydr API the backend asks (see _vnpay-signing.ts). */
  vnpay: { tmnCode: string; secureSecret: string; queryDrUrl: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    backend: Backend;
  }
}

const app = resolve(import.meta.dirname, '../..');
const server = join(app, '.medusa/server');
// The Medusa CLI, wherever npm placed it (hoisted to the repository's node_modules).
const medusa = createRequire(import.meta.url).resolve('@medusajs/cli/cli.js');
const ADMIN = { email: 'admin@nguongoc.test', password: 'mat-khau-thu-nghiem-2026' };
const STAFF = { email: 'ketoan@htx-buoi.test', password: 'mat-khau-nhan-vien-2026' };
const VNPAY = { tmnCode: 'NGTEST01', secureSecret: 'VNPAYTESTSECRETVNPAYTESTSECRET01' };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { backend, stop } = await startBackend();
  project.provide('backend', backend);
  return stop;
}

export interface BackendOptions {
  seed?: boolean;
  /** Distinguishes the databases of two backends started by one process. */
  name?: string;
  /** Redis for the event bus, caching, locks and workflows; unset: the in-memory modules. */
  redisUrl?: string;
  /** One `medusa start` per entry, in that worker mode; default one `shared` instance. */
  instances?: ('shared' | 'server' | 'worker')[];
}

/** Starts the backend on a fresh database; `stop` ends it and drops the database. */
export async function startBackend(
  options: BackendOptions = {},
): Promise<{ backend: Backend; stop: () => Promise<void>; restart: () => Promise<number> }> {
  let embedded: EmbeddedServer | undefined;
  let folder: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    folder = mkdtempSync(join(tmpdir(), 'ng-commerce-pg-'));
    chmodSync(folder, 0o755);
    embedded = await startEmbeddedPostgres(join(folder, 'postgres'));
    serverUrl = embedded.url;
  }
  const database = `ng_commerce_test_${options.name ?? 'http'}_${process.pid}`;
  await admin(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin(serverUrl, `CREATE DATABASE ${database}`);
  const target = new URL(serverUrl);
  target.pathname = `/${database}`;
  const databaseUrl = target.toString();
  const modes = options.instances ?? ['shared'];
  const ports: number[] = [];
  while (ports.length < modes.length) ports.push(await freePort());
  const fakeVnpay = await startFakeVnpay(VNPAY.secureSecret, VNPAY.tmnCode);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // As `npm start` runs it: the build in production mode, on plain http.
    NODE_ENV: 'production',
    SESSION_COOKIE_SECURE: 'false',
    LOG_LEVEL: 'info',
    MEDUSA_DISABLE_TELEMETRY: 'true',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'test-jwt-secret-test-jwt-secret-0001',
    COOKIE_SECRET: 'test-cookie-secret-test-cookie-0001',
    TRACE_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    VNPAY_TMN_CODE: VNPAY.tmnCode,
    VNPAY_SECURE_SECRET: VNPAY.secureSecret,
    VNPAY_RETURN_URL: 'http://localhost:3000/checkout/vnpay-return',
    VNPAY_QUERYDR_HOST: fakeVnpay.url,
    VNPAY_RECONCILE_AFTER_MINUTES: '0',
    STOREFRONT_URL: 'http://localhost:3000',
    LABEL_PRINTER_URL: 'http://localhost:5180',
  };
  if (options.redisUrl) env.REDIS_URL = options.redisUrl;
  else delete env.REDIS_URL;
  await run(['db:migrate'], env);
  if (options.seed !== false) await run(['exec', './src/scripts/seed.js'], env);
  await run(['user', '-e', ADMIN.email, '-p', ADMIN.password], env);
  await run(['user', '-e', STAFF.email, '-p', STAFF.password], env);
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const children = await Promise.all(modes.map((_, i) => startServer(i)));
  /** Stops the first server and starts it again; returns the milliseconds until /health answered. */
  const restart = async () => {
    await end(children[0]!);
    const started = performance.now();
    children[0] = await startServer(0);
    return performance.now() - started;
  };
  const keys = await query<{ token: string }>(
    databaseUrl,
    "SELECT token FROM api_key WHERE type = 'publishable' AND title = 'Storefront NguonGoc' AND revoked_at IS NULL",
  );
  const backend = {
    url: urls[0]!,
    urls,
    databaseUrl,
    publishableKey: keys[0]!.token,
    admin: ADMIN,
    staff: STAFF,
    vnpay: { ...VNPAY, queryDrUrl: fakeVnpay.url },
  };
  const stop = async () => {
    await Promise.all(children.map(end));
    await admin(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await fakeVnpay.close();
    await embedded?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  };
  return { backend, stop, restart };

  /** Instance `i`: its port and worker mode; only the first serves the admin dashboard. */
  async function startServer(i: number): Promise<ChildProcess> {
    const started = spawn(process.execPath, [medusa, 'start'], {
      cwd: server,
      env: {
        ...env,
        PORT: String(ports[i]),
        MEDUSA_WORKER_MODE: modes[i],
        ADMIN_DISABLED: i === 0 ? 'false' : 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    started.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    started.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitForHealth(`${urls[i]!}/health`, started, () => log);
    return started;
  }

  async function end(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  }

  function run(args: string[], environment: NodeJS.ProcessEnv): Promise<void> {
    return new Promise((done, fail) => {
      let output = '';
      const step = spawn(process.execPath, [medusa, ...args], { cwd: server, env: environment });
      step.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      step.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      step.on('exit', (code) =>
        code === 0 ? done() : fail(new Error(`medusa ${args.join(' ')} failed:\n${output}`)),
      );
    });
  }
}

/**
 * Waits until `url` answers 200, or fails with what the child printed: when it exits, or after
 * `seconds` (then it is killed). `name` says in the error which server it was.
 */
export async function waitForHealth(
  url: string,
  child: ChildProcess,
  log: () => string,
  { name = 'medusa start', seconds = 180 } = {},
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer ${url} within ${seconds} s:\n${log()}`);
}

async function admin(url: string, statement: string): Promise<void> {
  await query(url, statement);
}

async function query<T>(url: string, statement: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });
}
