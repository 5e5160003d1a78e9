#!/usr/bin/env node
// nguongoc-trace: a small command line for a trace store (a cooperative's SQLite file or a hub).
import {
  type EpcisEvent,
  type FieldWorkInput,
  type MasterRecord,
  buildFieldEvent,
  keyFingerprint,
  lotStory,
  verifyLotBundle,
} from '@nguongoc/trace-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type LedgerExport, type TraceStore, openTraceStore } from '../index.js';

const USAGE = `nguongoc-trace <command> [options]  (Vietnamese messages first, English second)

  init --origin O                      create a ledger, print its verifier key and fingerprint
  keys --origin O                      print the ledger's keys (oldest first) and fingerprints
  rotate-key --origin O                replace the ledger's signing key (signed by the current one)
  add --origin O FILE.json             add master-data records (one or an array)
  capture --origin O --lot L FILE.json append an EPCIS event from a file
  capture --origin O --lot L --kind K --time T [--quantity Q] [--note N] [--pesticide P --phi DAYS]
                                       append field work by flags (kinds: sowing, fertilising,
                                       spraying, harvest, processing, packing, certification, shipping)
  checkpoint --origin O                sign a checkpoint now, print it
  story --lot L [--lang vi|en]         print a lot's story (from its bundle)
  verify --lot L | --origin O          verify a lot bundle or a whole ledger (exit 1 on failure)
  export --origin O [--out FILE]       write the ledger as JSON
  import FILE.json [--trust-key FP]    import an exported ledger; a ledger new to this store needs
                                       the fingerprint of its first key, read out by the cooperative

  --url URL   file:./htx.db or postgres://… (default: DATABASE_URL, else the embedded PostgreSQL)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    origin: { type: 'string' },
    lot: { type: 'string' },
    kind: { type: 'string' },
    time: { type: 'string' },
    quantity: { type: 'string' },
    note: { type: 'string' },
    pesticide: { type: 'string' },
    phi: { type: 'string' },
    lang: { type: 'string', default: 'vi' },
    out: { type: 'string' },
    'trust-key': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [command, file] = positionals;

function need(name: 'origin' | 'lot' | 'kind' | 'time'): string {
  const value = values[name];
  if (!value) throw new Error(`thiếu --${name} / --${name} is required\n\n${USAGE}`);
  return value;
}

async function captureFromFlags(
  store: TraceStore,
  origin: string,
  lotId: string,
): Promise<EpcisEvent> {
  const lot = await store.getRecord('lot', lotId);
  const product = lot && (await store.getRecord('product', lot.productId));
  const location =
    lot?.locationId === undefined ? undefined : await store.getRecord('location', lot.locationId);
  if (!lot || !product || !location) {
    throw new Error(
      `lô ${lotId} cần có sản phẩm và địa điểm trong kho / lot ${lotId} needs its product and location in the store (${origin})`,
    );
  }
  const common = {
    product,
    lot,
    location,
    time: need('time'),
    ...(values.quantity && { quantity: Number(values.quantity) }),
    ...(values.note && { note: values.note }),
  };
  const kind = need('kind');
  const input = (
    kind === 'spraying'
      ? {
          ...common,
          kind,
          pesticide: values.pesticide ?? '',
          preHarvestIntervalDays: Number(values.phi ?? NaN),
        }
      : kind === 'fertilising'
        ? { ...common, kind, fertiliser: values.note ?? '' }
        : kind === 'processing'
          ? { ...common, kind, method: values.note ?? '' }
          : kind === 'certification'
            ? { ...common, kind, certificate: { scheme: 'VietGAP', number: values.note ?? '' } }
            : { ...common, kind }
  ) as FieldWorkInput;
  return buildFieldEvent(input);
}

async function main(): Promise<number> {
  if (values.help || command === undefined) {
    console.log(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const store = await openTraceStore(values.url === undefined ? {} : { url: values.url });
  try {
    switch (command) {
      case 'init': {
        const { verifierKey } = await store.createLedger(need('origin'));
        console.log(verifierKey);
        console.log(`dấu vân tay / fingerprint: ${keyFingerprint(verifierKey)}`);
        return 0;
      }
      case 'keys': {
        const origin = need('origin');
        const keys = await store.verifierKeys(origin);
        if (keys.length === 0) {
          console.error(
            `sổ cái ${origin} không có trong kho / ledger ${origin} is not in this store`,
          );
        }
        keys.forEach((key, i) =>
          console.log(
            `${keyFingerprint(key)}  ${i === keys.length - 1 ? 'hiện hành / current' : 'đã thay / retired'}  ${key}`,
          ),
        );
        return keys.length > 0 ? 0 : 1;
      }
      case 'rotate-key': {
        const rotated = await store.rotateKey(need('origin'));
        console.log(rotated.newKey);
        console.log(`dấu vân tay / fingerprint: ${rotated.fingerprint}`);
        return 0;
      }
      case 'add': {
        const records = JSON.parse(readFileSync(file ?? '', 'utf8')) as
          MasterRecord | MasterRecord[];
        for (const record of Array.isArray(records) ? records : [records]) {
          console.log(
            `${record.type} ${record.id}: mục / entry ${await store.addRecord(need('origin'), record)}`,
          );
        }
        return 0;
      }
      case 'capture': {
        const origin = need('origin');
        const lot = need('lot');
        const event = file
          ? (JSON.parse(readFileSync(file, 'utf8')) as EpcisEvent)
          : await captureFromFlags(store, origin, lot);
        const result = await store.appendEvent(origin, event, lot);
        console.log(
          `${result.duplicate ? 'đã có / already recorded' : 'đã ghi / recorded'}: ${result.eventId} (mục / entry ${result.leafIndex})`,
        );
        return 0;
      }
      case 'checkpoint':
        process.stdout.write(await store.signCheckpoint(need('origin')));
        return 0;
      case 'story': {
        const story = lotStory(
          await store.getLotBundle(need('lot')),
          values.lang === 'en' ? 'en' : 'vi',
        );
        console.log(
          `${story.product?.name ?? ''} · ${story.organisation?.name ?? ''} · ${story.lot?.code ?? ''}`,
        );
        for (const step of story.steps)
          console.log(
            `${step.time}  ${step.title}${step.details.length ? `\n    ${step.details.join('\n    ')}` : ''}`,
          );
        return 0;
      }
      case 'verify': {
        if (values.lot) {
          const bundle = await store.getLotBundle(values.lot);
          const result = verifyLotBundle(bundle, await store.verifierKeys(bundle.origin));
          console.log(
            result.ok
              ? `Đã xác minh / Verified: ${result.events.length} sự kiện / events`
              : result.failures
                  .map((f) => `✘ [${f.check}] ${f.reason.vi} / ${f.reason.en}`)
                  .join('\n'),
          );
          return result.ok ? 0 : 1;
        }
        const result = await store.verifyLedger(need('origin'));
        console.log(
          result.ok
            ? `Đã xác minh / Verified: ${result.size} mục / entries`
            : result.failures
                .map((f) => `✘ [${f.check}] ${f.subject}: ${f.reason.vi} / ${f.reason.en}`)
                .join('\n'),
        );
        return result.ok ? 0 : 1;
      }
      case 'export': {
        const text = JSON.stringify(await store.exportLedger(need('origin')));
        if (values.out) writeFileSync(values.out, text);
        else process.stdout.write(text);
        return 0;
      }
      case 'import': {
        const trustKey = values['trust-key'];
        const result = await store.importLedger(
          JSON.parse(readFileSync(file ?? '', 'utf8')) as LedgerExport,
          trustKey === undefined ? {} : { trustKey },
        );
        console.log(
          `${result.origin}: nhập / imported ${result.imported}, giữ / kept ${result.kept}`,
        );
        return 0;
      }
      default:
        console.error(`lệnh không rõ / unknown command ${command}\n\n${USAGE}`);
        return 2;
    }
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const vi = (error as { messageVi?: string }).messageVi;
    console.error(
      vi
        ? `${vi}\n${(error as Error).message}`
        : error instanceof Error
          ? error.message
          : String(error),
    );
    process.exit(1);
  },
);
