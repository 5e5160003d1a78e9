// `npm run bench`: durable append throughput (one commit per event, and batches of 100 in one
// commit) and lot-bundle latency for a 50-event lot in a large ledger, on SQLite, the embedded
// PostgreSQL and, when DATABASE_URL is set, that server. Targets from issue #3: >= 2,000 durable
// appends/s on PostgreSQL and lot bundle p95 <= 5 ms. BENCH_LEDGER_EVENTS sets the ledger size.
// Then, on the same store, the scan bench (bench/scans.ts, issue #22: recordScan + verdict p95 <= 5 ms
// after 100,000 scans of one code).
import { type EpcisEvent, type Lot, buildFieldEvent } from '@nguongoc/trace-core';
import { cooperative, orchard, packingHouse, product } from '@nguongoc/trace-core/sample-lot';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type TraceStore, openTraceStore } from '../src/index.js';
import { measureScans } from './scans.js';

const LEDGER_EVENTS = Number(process.env.BENCH_LEDGER_EVENTS ?? 1_000_000);
/** Which stores to measure: any of sqlite, embedded, server (default: all; server needs DATABASE_URL). */
const DRIVERS = (process.env.BENCH_DRIVERS ?? 'sqlite,embedded,server').split(',');
const SINGLE = 1_000;
const BATCHED = 20_000;
const BATCH = 100;
const LOT_EVENTS = 50;
const BUNDLE_WARMUP = 200;
const BUNDLE_SAMPLES = 2_000;
const ORIGIN = 'nguongoc.vn/bench';

const lotOf = (i: number): Lot => ({
  type: 'lot',
  id: `L${String(i).padStart(8, '0')}`,
  code: `CAM-${i}`,
  productId: product.id,
  organisationId: cooperative.id,
});
let counter = 0;
function event(lot: Lot): EpcisEvent {
  const n = counter++;
  return buildFieldEvent({
    kind: n % 2 ? 'packing' : 'harvest',
    product,
    lot,
    location: n % 2 ? packingHouse : orchard,
    time: new Date(Date.UTC(2020, 0, 1) + n * 1000),
    quantity: 1 + (n % 997),
    packageCount: 10 + (n % 40),
  });
}
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((values.length * p) / 100))
  ]!;

async function measure(name: string, store: TraceStore): Promise<string[]> {
  const rows: string[] = [];
  await store.createLedger(ORIGIN);
  for (const record of [cooperative, orchard, packingHouse, product])
    await store.addRecord(ORIGIN, record);
  const lots = Array.from(
    { length: Math.ceil((LEDGER_EVENTS + SINGLE + BATCHED) / LOT_EVENTS) + 1 },
    (_, i) => lotOf(i),
  );
  for (let i = 0; i < lots.length; i += BATCH) {
    for (const lot of lots.slice(i, i + BATCH)) await store.addRecord(ORIGIN, lot);
  }

  let start = performance.now();
  for (let i = 0; i < SINGLE; i++)
    await store.appendEvent(
      ORIGIN,
      event(lots[Math.floor(i / LOT_EVENTS)]!),
      lots[Math.floor(i / LOT_EVENTS)]!.id,
    );
  rows.push(
    `${name}: single appender, one commit each: ${Math.round(SINGLE / ((performance.now() - start) / 1000))} appends/s`,
  );

  start = performance.now();
  for (let i = 0; i < BATCHED; i += BATCH) {
    const items = Array.from({ length: BATCH }, (_, j) => {
      const lot = lots[Math.floor((SINGLE + i + j) / LOT_EVENTS)]!;
      return { event: event(lot), lot: lot.id };
    });
    await store.appendEvents(ORIGIN, items);
  }
  rows.push(
    `${name}: batches of ${BATCH}, one commit each: ${Math.round(BATCHED / ((performance.now() - start) / 1000))} appends/s`,
  );

  // Fill the ledger to LEDGER_EVENTS, lot after lot, 50 events each.
  start = performance.now();
  for (let i = SINGLE + BATCHED; i < LEDGER_EVENTS; i += BATCH) {
    const items = Array.from({ length: Math.min(BATCH, LEDGER_EVENTS - i) }, (_, j) => {
      const lot = lots[Math.floor((i + j) / LOT_EVENTS)]!;
      return { event: event(lot), lot: lot.id };
    });
    await store.appendEvents(ORIGIN, items);
  }
  const fillSeconds = (performance.now() - start) / 1000;
  await store.signCheckpoint(ORIGIN);
  rows.push(
    `${name}: filled to ${LEDGER_EVENTS.toLocaleString('en-US')} events in ${fillSeconds.toFixed(0)} s`,
  );
  const bundleLots = lots.slice(0, Math.floor(LEDGER_EVENTS / LOT_EVENTS));
  rows.push(`${name}: lot bundle right after the fill: ${await bundleLatency(store, bundleLots)}`);
  await settle(store);
  rows.push(`${name}: lot bundle once settled: ${await bundleLatency(store, bundleLots)}`);
  // What a phone downloads: the bundle's JSON, gzipped, for a lot of each size at the ledger's end.
  const sizes: string[] = [];
  for (const [i, count] of [LOT_EVENTS, 200, 1_000].entries()) {
    const lot = lotOf(lots.length + i);
    await store.addRecord(ORIGIN, lot);
    for (let j = 0; j < count; j += BATCH) {
      const items = Array.from({ length: Math.min(BATCH, count - j) }, () => ({
        event: event(lot),
        lot: lot.id,
      }));
      await store.appendEvents(ORIGIN, items);
    }
    await store.signCheckpoint(ORIGIN);
    const json = JSON.stringify(await store.getLotBundle(lot.id));
    sizes.push(`${count} events ${kb(json.length)} (${kb(gzipSync(json).length)} gzip)`);
  }
  rows.push(`${name}: lot bundle JSON: ${sizes.join(', ')}`);
  return rows;
}

/**
 * p50/p95/p99 of `getLotBundle` for random 50-event lots, in steady state: the first bundles
 * (compiling the read path, preparing its statements on each pooled connection) are not counted.
 */
async function bundleLatency(store: TraceStore, lots: Lot[]): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < BUNDLE_WARMUP + BUNDLE_SAMPLES; i++) {
    const lot = lots[Math.floor(Math.random() * lots.length)]!;
    const t = performance.now();
    const bundle = await store.getLotBundle(lot.id);
    if (i >= BUNDLE_WARMUP) times.push(performance.now() - t);
    if (bundle.events.length !== LOT_EVENTS)
      throw new Error(`lot ${lot.id} has ${bundle.events.length} events`);
  }
  return `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms (${BUNDLE_SAMPLES} random lots after ${BUNDLE_WARMUP})`;
}

/**
 * The database's own upkeep after a bulk load, which a hub's autovacuum and checkpointer (or
 * SQLite's WAL checkpoint) do within minutes: statistics, the visibility map and hint bits, and
 * the dirty pages written out. A hub serves scans in that state, not while 1M rows are landing.
 */
async function settle(store: TraceStore): Promise<void> {
  if (store.driver === 'sqlite') {
    const database = new Database(store.url.slice('file:'.length));
    database.exec('ANALYZE');
    database.pragma('wal_checkpoint(TRUNCATE)');
    database.close();
    return;
  }
  const client = new pg.Client({ connectionString: store.url });
  await client.connect();
  await client.query('VACUUM (ANALYZE)');
  await client.query('CHECKPOINT');
  await client.end();
}

const results: string[] = [];
const sqliteDirectory = mkdtempSync(join(tmpdir(), 'ng-bench-sqlite-'));
const embeddedDirectory = mkdtempSync(join(tmpdir(), 'ng-bench-pg-'));
chmodSync(embeddedDirectory, 0o755);
const environment = { ...process.env };
delete environment.DATABASE_URL;
try {
  for (const [driver, name, open] of [
    [
      'sqlite',
      'SQLite (file, WAL, synchronous=FULL)',
      () => openTraceStore({ url: `file:${join(sqliteDirectory, 'bench.db')}`, environment }),
    ],
    [
      'embedded',
      'PostgreSQL 17 (embedded)',
      () => openTraceStore({ dataDirectory: embeddedDirectory, environment }),
    ],
  ] as const) {
    if (!DRIVERS.includes(driver)) continue;
    const store = await open();
    try {
      results.push(...(await measure(name, store)));
      results.push(...(await measureScans(name, store)));
    } finally {
      await store.close();
    }
    console.log(results.slice(-10).join('\n'));
  }
  const server = process.env.DATABASE_URL;
  if (server && DRIVERS.includes('server')) {
    const database = `ng_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(server);
    url.pathname = `/${database}`;
    const store = await openTraceStore({ url: url.toString(), environment });
    try {
      results.push(...(await measure('PostgreSQL 15 (server, DATABASE_URL)', store)));
      results.push(...(await measureScans('PostgreSQL 15 (server, DATABASE_URL)', store)));
    } finally {
      await store.close();
      await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
      await admin.end();
    }
    console.log(results.slice(-10).join('\n'));
  }
} finally {
  rmSync(sqliteDirectory, { recursive: true, force: true });
  rmSync(embeddedDirectory, { recursive: true, force: true });
}
console.log(
  `\ntrace-store bench · ${cpus()[0]?.model ?? 'CPU'} · ${cpus().length} cores · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
for (const row of results) console.log(row);
