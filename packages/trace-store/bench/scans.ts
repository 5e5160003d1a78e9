// Scan cost against the number of earlier scans of the code (issue #22: the verdict read every
// earlier scan, 0.8-1.5 s after 20,000). A lot and one of its unit serials each get
// BENCH_PRIOR_SCANS (default 100,000) earlier scans, written straight into the log and turned into
// tallies by the migration's backfill; then recordScan (which answers the verdict) is timed on
// them and on a fresh serial. Target: p95 <= 5 ms at 100,000. `npm run bench` runs it for each
// driver after the ledger bench; `npm run bench:scans` runs it alone (BENCH_DRIVERS as there; the
// server is DATABASE_URL's).
import { cooperative, lot, orchard, product } from '@nguongoc/trace-core/sample-lot';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEFAULT_SCAN_THRESHOLDS, type TraceStore, openTraceStore } from '../src/index.js';
import { backfillScanTallies } from '../src/scans.js';

const PRIOR = Number(process.env.BENCH_PRIOR_SCANS ?? 100_000);
const WARMUP = 300;
const SAMPLES = 1_000;
const ORIGIN = 'nguongoc.vn/bench-scans';
const PROVINCES = ['01', '79', '40', '48', '92'];

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((values.length * p) / 100))
  ]!;

function run(store: TraceStore) {
  return (text: string, parameters: unknown[]) => {
    let n = 0;
    const query = store.driver === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text;
    return store.dataSource.query(query, parameters) as Promise<Record<string, unknown>[]>;
  };
}

/** Writes `count` earlier scans of `key` (a lot's code, or `<lot>/<serial>`) into the log. */
async function prefill(store: TraceStore, key: string, count: number): Promise<void> {
  const query = run(store);
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, count - i) }, (_, j) => [
      key,
      new Date(start + (i + j) * 60_000).toISOString(),
      PROVINCES[(i + j) % PROVINCES.length]!,
      'b'.repeat(16),
    ]);
    await query(
      `INSERT INTO scans (serial, at, province, user_agent_hash) VALUES ${rows.map(() => '(?, ?, ?, ?)').join(', ')}`,
      rows.flat(),
    );
  }
}

async function latency(
  store: TraceStore,
  serial: string | undefined,
  expected: number,
): Promise<string> {
  const times: number[] = [];
  let scans = 0;
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const t = performance.now();
    const verdict = await store.recordScan(lot.id, {
      at: new Date(),
      serial,
      province: PROVINCES[i % PROVINCES.length],
      userAgentHash: 'c'.repeat(16),
    });
    if (i >= WARMUP) times.push(performance.now() - t);
    scans = verdict.scans;
  }
  if (scans !== expected + WARMUP + SAMPLES)
    throw new Error(`expected ${expected + WARMUP + SAMPLES} scans, the verdict says ${scans}`);
  return `p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`;
}

/** The scan rows for one driver's store (a fresh one, or one the ledger bench filled). */
export async function measureScans(name: string, store: TraceStore): Promise<string[]> {
  if ((await store.verifierKeys(ORIGIN)).length === 0) {
    await store.createLedger(ORIGIN);
    for (const record of [cooperative, orchard, product, lot])
      await store.addRecord(ORIGIN, record);
  }
  await store.recordPrintedSerials(lot.id, { from: 1, to: 9_999, width: 4 });
  await prefill(store, lot.id, PRIOR);
  await prefill(store, `${lot.id}/0001`, PRIOR);
  const t = performance.now();
  await backfillScanTallies(run(store), DEFAULT_SCAN_THRESHOLDS);
  const backfill = (performance.now() - t) / 1000;
  // The database's own upkeep after the bulk load (autovacuum, checkpointer, SQLite's WAL
  // checkpoint), as in bench.ts: a hub serves scans in that state.
  if (store.driver === 'sqlite') {
    await store.dataSource.query('ANALYZE');
    await store.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } else {
    await store.dataSource.query('VACUUM (ANALYZE) scans, scan_tallies');
    await store.dataSource.query('CHECKPOINT');
  }
  const prior = PRIOR.toLocaleString('en-US');
  return [
    `${name}: backfill of ${(2 * PRIOR).toLocaleString('en-US')} scans into tallies: ${backfill.toFixed(1)} s`,
    `${name}: recordScan + verdict, lot code after ${prior} scans: ${await latency(store, undefined, PRIOR)}`,
    `${name}: recordScan + verdict, unit serial after ${prior} scans: ${await latency(store, '0001', PRIOR)}`,
    `${name}: recordScan + verdict, fresh unit serial: ${await latency(store, '0002', 0)}`,
  ];
}

async function main(): Promise<void> {
  const drivers = (process.env.BENCH_DRIVERS ?? 'sqlite,embedded,server').split(',');
  const directory = mkdtempSync(join(tmpdir(), 'ng-bench-scans-'));
  chmodSync(directory, 0o755);
  const environment = { ...process.env };
  delete environment.DATABASE_URL;
  const results: string[] = [];
  try {
    for (const [driver, name, open] of [
      [
        'sqlite',
        'SQLite (file, WAL, synchronous=FULL)',
        () => openTraceStore({ url: `file:${join(directory, 'bench.db')}`, environment }),
      ],
      [
        'embedded',
        'PostgreSQL 17 (embedded)',
        () => openTraceStore({ dataDirectory: join(directory, 'pg'), environment }),
      ],
    ] as const) {
      if (!drivers.includes(driver)) continue;
      const store = await open();
      try {
        results.push(...(await measureScans(name, store)));
      } finally {
        await store.close();
      }
      console.log(results.slice(-4).join('\n'));
    }
    const server = process.env.DATABASE_URL;
    if (server && drivers.includes('server')) {
      const database = `ng_bench_scans_${Date.now()}`;
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(server);
      url.pathname = `/${database}`;
      const store = await openTraceStore({
        url: url.toString(),
        dataDirectory: directory,
        environment,
      });
      try {
        results.push(...(await measureScans('PostgreSQL 15 (server, DATABASE_URL)', store)));
      } finally {
        await store.close();
        await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
        await admin.end();
      }
      console.log(results.slice(-4).join('\n'));
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  console.log(
    `\ntrace-store scan bench · ${cpus()[0]?.model ?? 'CPU'} · ${cpus().length} cores · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
  );
  for (const row of results) console.log(row);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
