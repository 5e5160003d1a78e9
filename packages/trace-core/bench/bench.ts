// `npm run bench`: throughput of the built package (dist/, as apps load it) on 100,000 realistic events, against raw SHA-256 of
// the same bytes (the floor), and the size of the browser bundle that verifies a lot. Figures are
// medians of several runs on one core; targets from issue #2.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { build } from 'esbuild';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  type EpcisEvent,
  type Lot,
  buildFieldEvent,
  epcisEventHash,
  generateNoteKeys,
  parseCheckpoint,
  verifyCheckpoint,
  verifyLotBundle,
} from '../dist/index.js';
import { LedgerState, MemoryLedger } from '../dist/ledger/index.js';
import { MerkleLog } from '../dist/merkle/index.js';
import { sha256, sha256Implementation } from '../dist/_sha256.js';
import {
  cooperative,
  lot as sampleLot,
  orchard,
  packingHouse,
  product,
} from '../src/sample-lot.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const EVENTS_PER_LOT = 50;
const TARGET_PER_SECOND = 50_000;
const BUNDLE_BUDGET = 30 * 1024;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
// Each timed run starts from a collected heap, so that one run's garbage is not billed to the next.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const time = (run: () => void) => {
  collect();
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
};
const perSecond = (seconds: number) => Math.round(EVENTS / seconds).toLocaleString('en-US');

// 1. Realistic events: a season of field work per lot, in rotation, with varying quantities and times.
const lots: Lot[] = Array.from({ length: EVENTS / EVENTS_PER_LOT }, (_, i) => ({
  ...sampleLot,
  id: `LOT${String(i).padStart(7, '0')}`,
  code: `CAM-${i}`,
}));
const events: { event: EpcisEvent; lot: string }[] = [];
for (let i = 0; i < EVENTS; i++) {
  const lot = lots[Math.floor(i / EVENTS_PER_LOT)]!;
  const time = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
  const common = {
    product,
    lot,
    time,
    quantity: 100 + (i % 997),
    note: `Ca ${i % 3 === 0 ? 'sáng' : 'chiều'}, tổ ${i % 12}`,
  };
  const kind = i % 4;
  events.push({
    lot: lot.id,
    event: buildFieldEvent(
      kind === 0
        ? {
            ...common,
            kind: 'harvest',
            location: orchard,
            expiresOn: '2027-01-31',
            certificate: { scheme: 'VietGAP', number: `VG-${i}`, validUntil: '2028-10-29' },
          }
        : kind === 1
          ? {
              ...common,
              kind: 'spraying',
              location: orchard,
              pesticide: 'Dầu khoáng SK Enspray 99EC',
              activeIngredient: 'Petroleum spray oil',
              dose: '0,5%',
              preHarvestIntervalDays: 7,
            }
          : kind === 2
            ? {
                ...common,
                kind: 'packing',
                location: packingHouse,
                packageCount: 20 + (i % 50),
                packageSize: '5 kg',
              }
            : {
                ...common,
                kind: 'shipping',
                location: packingHouse,
                destination: 'Kho Bưu điện Hà Nội',
                carrier: 'Vietnam Post',
                orderId: `PM-${i}`,
              },
    ),
  });
}
const eventBytes = events.map(({ event }) => new TextEncoder().encode(JSON.stringify(event)));
const totalBytes = eventBytes.reduce((sum, b) => sum + b.length, 0);

const keys = generateNoteKeys('nguongoc.vn/bench', new Uint8Array(32).fill(1));
function newLedger(): MemoryLedger {
  const ledger = new MemoryLedger('nguongoc.vn/bench');
  for (const record of [cooperative, orchard, packingHouse, product]) ledger.addRecord(record);
  for (const lot of lots) ledger.addRecord(lot);
  return ledger;
}

// 2. Raw SHA-256 over the same bytes: the floor, with the implementation the ledger uses (Node's
//    own in Node), and @noble/hashes, what a browser uses, for reference.
const shaSeconds = median(
  Array.from({ length: RUNS }, () => time(() => eventBytes.forEach((b) => sha256(b)))),
);
const nobleSeconds = median(
  Array.from({ length: RUNS }, () => time(() => eventBytes.forEach((b) => nobleSha256(b)))),
);

// 3. Append: event ID (CBV 2.0 hash) + ledger entry + Merkle append, per event.
let ledger = newLedger();
const appendSeconds = median(
  Array.from({ length: RUNS }, () => {
    ledger = newLedger();
    return time(() => events.forEach(({ event, lot }) => ledger.appendEvent(event, lot)));
  }),
);
const note = ledger.signCheckpoint(keys.signerKey);

// 4. Full verification of the ledger: recompute every event ID, replay the entries through the
//    ledger's rules (lot chains, idempotency, known lots: LedgerState, as trace-store's
//    verification does), rebuild the Merkle tree, compare its root with the signed checkpoint's.
const records = [cooperative, orchard, packingHouse, product, ...lots];
const verifySeconds = median(
  Array.from({ length: RUNS }, () =>
    time(() => {
      const checked = verifyCheckpoint(note, [keys.verifierKey]);
      const state = new LedgerState('nguongoc.vn/bench');
      const log = new MerkleLog();
      for (const record of records) log.appendLeafHash(state.addRecord(record).leafHash);
      for (const { event, lot } of events) {
        const decision = state.appendEvent(epcisEventHash(event, ledger.context), lot);
        if (decision.outcome !== 'append') throw new Error(`the ledger breaks its rules at ${lot}`);
        log.appendLeafHash(decision.leafHash);
      }
      const { root } = parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1));
      if (!checked.ok || log.root().join() !== root.join())
        throw new Error('the ledger does not verify');
    }),
  ),
);

// 5. Lot bundles as phones verify them: one signature and 50 events with proofs per bundle.
const bundles = lots.map((lot) => ledger.lotBundle(lot.id, note));
const bundleSeconds = median(
  Array.from({ length: RUNS }, () =>
    time(() => {
      for (const bundle of bundles)
        if (!verifyLotBundle(bundle, [keys.verifierKey]).ok) throw new Error('bundle failed');
    }),
  ),
);

// 6. The browser entry that imports only verifyLotBundle, minified and gzipped.
const entry = fileURLToPath(new URL('./verify-entry.js', import.meta.url));
const bundled = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
});
const minified = bundled.outputFiles[0]!.contents;
const gzipped = gzipSync(minified, { level: 9 }).length;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `trace-core bench · ${cpu} · ${cpus().length} cores · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · one core, median of ${RUNS}`,
);
console.log(
  `events: ${EVENTS.toLocaleString('en-US')} (${EVENTS_PER_LOT} per lot), mean ${Math.round(totalBytes / EVENTS)} bytes of JSON each\n`,
);
const rows: [string, number, number | undefined][] = [
  [`raw SHA-256 of the event bytes (${sha256Implementation}; floor)`, shaSeconds, undefined],
  ['raw SHA-256 of the event bytes (noble, browsers)', nobleSeconds, undefined],
  ['append: MemoryLedger.appendEvent (ID, entry, Merkle)', appendSeconds, TARGET_PER_SECOND],
  ['full ledger verification (IDs, chains, root)', verifySeconds, TARGET_PER_SECOND],
  ['lot bundle verification (50-event bundles)', bundleSeconds, undefined],
];
for (const [name, seconds, target] of rows) {
  const verdict =
    target === undefined
      ? ''
      : EVENTS / seconds >= target
        ? `  ≥ ${target.toLocaleString('en-US')}/s: met`
        : `  ≥ ${target.toLocaleString('en-US')}/s: NOT MET`;
  console.log(
    `${name.padEnd(50)} ${perSecond(seconds).padStart(10)} events/s  ${(seconds * 1000).toFixed(0).padStart(6)} ms  ${(seconds / shaSeconds).toFixed(1).padStart(5)}× SHA-256${verdict}`,
  );
}
console.log(
  `\nverifyLotBundle browser bundle: ${(minified.length / 1024).toFixed(1)} KB min, ${(gzipped / 1024).toFixed(1)} KB min+gzip (budget ${BUNDLE_BUDGET / 1024} KB: ${gzipped <= BUNDLE_BUDGET ? 'met' : 'NOT MET'})`,
);
