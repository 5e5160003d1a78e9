// A real commerce backend for the tests and benches: a fresh database (see database.ts), then
// `medusa db:migrate`, the seed and `medusa user`, then `medusa start` from the commerce build
// (apps/commerce/.medusa/server) on free ports, beside a fake VNPay. The commerce app is found by
// its package name; its build is a turbo dependency of the test tasks that need it, not a
// package dependency, so nothing else waits for `medusa build`.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freshDatabase, postgresServer, query } from './database.js';
import { startFakeVnpay } from './fake-vnpay.js';
import { freePort, stopChild, waitForHealth } from './http.js';

export interface Backend {
  url: string;
  /** Every instance's URL (the first is `url`); several only in the several-servers tests. */
  urls: string[];
  databaseUrl: string;
  /** Each instance's output (same order as `urls`): what subscribers and jobs logged. */
  logFiles: string[];
  publishableKey: string;
  admin: { email: string; password: string };
  /** The VNPay merchant, and the fake querydr API the backend asks (see fake-vnpay.ts). */
  vnpay: { tmnCode: string; secureSecret: string; queryDrUrl: string };
}

export interface BackendOptions {
  /** Distinguishes the databases of two backends started by one process. */
  name?: string;
  /** Redis for the event bus, caching, locks and workflows; unset: the in-memory modules. */
  redisUrl?: string;
  /** One `medusa start` per entry, in that worker mode; default one `shared` instance. */
  instances?: ('shared' | 'server' | 'worker')[];
}

export interface RunningBackend {
  backend: Backend;
  /** Stops every instance, drops the database, stops the fake VNPay and an embedded server. */
  stop: () => Promise<void>;
  /** Stops the first instance and starts it again; returns the ms until /health answered. */
  restart: () => Promise<number>;
}

const ADMIN = { email: 'admin@nguongoc.test', password: 'mat-khau-thu-nghiem-2026' };
const VNPAY = { tmnCode: 'NGTEST01', secureSecret: 'VNPAYTESTSECRETVNPAYTESTSECRET01' };

/** The commerce app's folder, through the link npm makes for every workspace. */
const commerceDirectory = dirname(
  createRequire(import.meta.url).resolve('@nguongoc/commerce/package.json'),
);
// COMMERCE_BUILD names a copy of the build inside apps/commerce/.medusa (so that node_modules
// still resolves), for a run that must not see a rebuild made meanwhile.
const server = process.env.COMMERCE_BUILD
  ? join(commerceDirectory, '.medusa', process.env.COMMERCE_BUILD)
  : join(commerceDirectory, '.medusa/server');
// The Medusa CLI as the commerce app resolves it.
const medusa = createRequire(join(commerceDirectory, 'package.json')).resolve(
  '@medusajs/cli/cli.js',
);

/** Starts the backend on a fresh database. */
export async function startBackend(options: BackendOptions = {}): Promise<RunningBackend> {
  if (!existsSync(join(server, 'medusa-config.js'))) {
    throw new Error(
      `Chưa build commerce / commerce is not built (${server}): npm run build -w @nguongoc/commerce`,
    );
  }
  const postgres = await postgresServer();
  const database = await freshDatabase(
    postgres.url,
    `ng_commerce_test_${options.name ?? 'http'}_${process.pid}`,
  );
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
    DATABASE_URL: database.url,
    JWT_SECRET: 'test-jwt-secret-test-jwt-secret-0001',
    COOKIE_SECRET: 'test-cookie-secret-test-cookie-0001',
    TRACE_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    VNPAY_TMN_CODE: VNPAY.tmnCode,
    VNPAY_SECURE_SECRET: VNPAY.secureSecret,
    VNPAY_RETURN_URL: 'http://localhost:3000/checkout/vnpay-return',
    VNPAY_QUERYDR_HOST: fakeVnpay.url,
    // Payments go to the VNPay sandbox (VNPAY_HOST's default, in test mode) and the fake above:
    // production mode refuses that unless told it is meant.
    VNPAY_ALLOW_SANDBOX: 'true',
    VNPAY_RECONCILE_AFTER_MINUTES: '0',
    STOREFRONT_URL: 'http://localhost:3000',
    LABEL_PRINTER_URL: 'http://localhost:5180',
  };
  if (options.redisUrl) env.REDIS_URL = options.redisUrl;
  else delete env.REDIS_URL;
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const logDirectory = mkdtempSync(join(tmpdir(), 'ng-test-medusa-'));
  const logFiles = ports.map((_, i) => join(logDirectory, `medusa-${i}.log`));
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    await database.drop();
    await fakeVnpay.close();
    await postgres.stop();
    rmSync(logDirectory, { recursive: true, force: true });
  };
  try {
    await run(['db:migrate']);
    await run(['exec', './src/scripts/seed.js']);
    await run(['user', '-e', ADMIN.email, '-p', ADMIN.password]);
    for (let i = 0; i < modes.length; i++) children.push(await startServer(i));
  } catch (error) {
    await stop();
    throw error;
  }
  const keys = await query<{ token: string }>(
    database.url,
    "SELECT token FROM api_key WHERE type = 'publishable' AND title = 'Storefront NguonGoc' AND revoked_at IS NULL",
  );
  const backend: Backend = {
    url: urls[0]!,
    urls,
    databaseUrl: database.url,
    logFiles,
    publishableKey: keys[0]!.token,
    admin: ADMIN,
    vnpay: { ...VNPAY, queryDrUrl: fakeVnpay.url },
  };
  const restart = async () => {
    await stopChild(children[0]!);
    const started = performance.now();
    children[0] = await startServer(0);
    return performance.now() - started;
  };
  return { backend, stop, restart };

  /** Instance `i`: its port and worker mode; only the first serves the admin dashboard. */
  async function startServer(i: number): Promise<ChildProcess> {
    const started = spawn(process.execPath, [medusa, 'start'], {
      cwd: server,
      env: {
        ...env,
        PORT: String(ports[i]),
        // The instance's own address, as the admin reaches it: the File Module's download URLs.
        MEDUSA_BACKEND_URL: urls[i],
        MEDUSA_WORKER_MODE: modes[i],
        ADMIN_DISABLED: i === 0 ? 'false' : 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const file = createWriteStream(logFiles[i]!, { flags: 'a' });
    for (const stream of [started.stdout!, started.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        file.write(chunk);
      });
    }
    started.once('exit', () => file.end());
    await waitForHealth(`${urls[i]!}/health`, started, () => log);
    return started;
  }

  function run(args: string[]): Promise<void> {
    return new Promise((done, fail) => {
      let output = '';
      const step = spawn(process.execPath, [medusa, ...args], { cwd: server, env });
      step.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      step.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      step.on('exit', (code) =>
        code === 0 ? done() : fail(new Error(`medusa ${args.join(' ')} failed:\n${output}`)),
      );
    });
  }
}
