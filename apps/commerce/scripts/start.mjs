// `npm start` of the commerce backend: the whole backend on embedded defaults.
// 1. Secrets: from the environment, else generated once and kept in <data>/commerce-secrets.json
//    (a local run only: NODE_ENV=production requires them in the environment).
// 2. PostgreSQL: DATABASE_URL, else an embedded server in <data>/postgres (database `nguongoc`).
// 3. `medusa db:migrate`, then the seed when the store has no region yet, then `medusa start`
//    from the build in .medusa/server (run `npm run build` first; the root `npm start` does).
// <data> is NGUONGOC_DATA_DIR, else .data at the repository's root.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '@nguongoc/trace-store';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDirectory = resolve(process.env.NGUONGOC_DATA_DIR ?? join(app, '../../.data'));
/** The Medusa CLI, wherever npm placed it (hoisted to the repository's node_modules). */
const medusaCli = createRequire(import.meta.url).resolve('@medusajs/cli/cli.js');
// The build always runs as production: Medusa serves the built admin dashboard (with NguonGoc's
// pages) only then; in development it would start Vite on sources that the build does not hold.
// Unless NODE_ENV=production was asked for, this is a local run: generated secrets, and session
// cookies that work over plain http://localhost.
const local = process.env.NODE_ENV !== 'production';
const env = {
  // A local run logs what happens, not every HTTP request (LOG_LEVEL=http brings them back).
  ...(local ? { ...developmentSecrets(), SESSION_COOKIE_SECURE: 'false', LOG_LEVEL: 'info' } : {}),
  ...process.env,
  MEDUSA_DISABLE_TELEMETRY: 'true',
  NODE_ENV: 'production',
};

let embedded;
if (!env.DATABASE_URL) {
  mkdirSync(dataDirectory, { recursive: true });
  embedded = await startEmbeddedPostgres(join(dataDirectory, 'postgres'));
  env.DATABASE_URL = await ensureDatabase(embedded.url, 'nguongoc');
  console.log(`PostgreSQL (nhúng / embedded): ${join(dataDirectory, 'postgres')}`);
}

const server = join(app, '.medusa/server');
if (!existsSync(join(server, 'medusa-config.js'))) {
  await stop(1, 'Chưa build: chạy `npm run build` trước / not built: run `npm run build` first');
}
try {
  await run(['db:migrate'], server);
  if (!(await hasRegion(env.DATABASE_URL))) {
    await run(['exec', './src/scripts/seed.js'], server);
    if (local) await run(['user', '-e', env.ADMIN_EMAIL, '-p', env.ADMIN_PASSWORD], server);
  }
} catch (error) {
  await stop(1, error.message);
}
const port = env.PORT ?? '9000';
const key = await publishableKey(env.DATABASE_URL);
// For the storefront (the root `npm start` hands it over): a publishable key is public by design.
mkdirSync(dataDirectory, { recursive: true });
writeFileSync(join(dataDirectory, 'publishable-key'), `${key}\n`);
console.log(`
NguonGoc commerce: http://localhost:${port}
  Quản trị / admin:  http://localhost:${port}/app${local ? `  (${env.ADMIN_EMAIL} / ${env.ADMIN_PASSWORD})` : ''}
  Truy xuất / trace: curl -H 'x-publishable-api-key: ${key}' http://localhost:${port}/store/trace/3KX9T2M7QAH
`);
const medusa = spawn(process.execPath, [medusaCli, 'start'], {
  cwd: server,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => medusa.kill(signal));
medusa.on('exit', (code) => void stop(code ?? 0));

function run(args, cwd) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [medusaCli, ...args], { cwd, env, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`medusa ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function stop(code, message) {
  if (message) console.error(message);
  await embedded?.stop();
  process.exit(code);
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

async function publishableKey(url) {
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
