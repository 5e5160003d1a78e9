import {
  type EpcisEvent,
  type MasterRecord,
  buildFieldEvent,
  epcisEventHash,
  generateNoteKeys,
  keyFingerprint,
  NGUONGOC_CONTEXT,
  verifyLotBundle,
} from '@nguongoc/trace-core';
import { MemoryLedger } from '@nguongoc/trace-core/ledger';
import {
  cooperative,
  fieldWork,
  lot,
  orchard,
  packingHouse,
  product,
} from '@nguongoc/trace-core/sample-lot';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TraceStoreError } from '../src/index.js';
import {
  LEDGER_EXPORT_FORMAT,
  type LedgerExport,
  type TraceStore,
  openTraceStore,
} from '../src/index.js';
import { type Driver, drivers } from './_drivers.js';

const ORIGIN = 'nguongoc.vn/htx-cam-nghia-dan';
const records: MasterRecord[] = [cooperative, orchard, packingHouse, product, lot];

/** A signed export built with trace-core alone, so a test can craft a fork with the same key. */
function craftedExport(
  origin: string,
  keys: { signerKey: string; verifierKey: string },
  events: EpcisEvent[],
): LedgerExport {
  const ledger = new MemoryLedger(origin);
  records.forEach((record) => ledger.addRecord(record));
  events.forEach((event) => ledger.appendEvent(event, lot.id));
  return {
    format: LEDGER_EXPORT_FORMAT,
    origin,
    verifierKeys: [keys.verifierKey],
    entries: [
      ...records.map((record) => ({ kind: 'record' as const, record })),
      ...events.map((event) => ({
        kind: 'event' as const,
        eventId: epcisEventHash(event, NGUONGOC_CONTEXT),
        event,
        lot: lot.id,
      })),
    ],
    checkpoints: [ledger.signCheckpoint(keys.signerKey)],
  };
}

const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (caught: unknown) => caught as TraceStoreError,
  );

for (const { name, make } of drivers()) {
  describe(`offline store to hub: ${name}`, () => {
    const directory = mkdtempSync(join(tmpdir(), 'ng-offline-'));
    const driver: Driver = make();
    let offline: TraceStore;
    let hub: TraceStore;
    let verifierKey: string;

    beforeAll(async () => {
      offline = await openTraceStore({ url: `file:${join(directory, 'htx.db')}` });
      ({ verifierKey } = await offline.createLedger(ORIGIN));
      for (const record of records) await offline.addRecord(ORIGIN, record);
      for (const input of fieldWork.slice(0, 4))
        await offline.appendEvent(ORIGIN, buildFieldEvent(input), lot.id);
      await offline.signCheckpoint(ORIGIN);
      hub = await driver.open();
    });

    afterAll(async () => {
      await offline?.close();
      await hub?.close();
      await driver.cleanup();
      rmSync(directory, { recursive: true, force: true });
    });

    it('imports an offline ledger; the hub serves bundles that verify under the cooperative key', async () => {
      const data = await offline.exportLedger(ORIGIN);
      expect(await hub.importLedger(data, { trustKey: keyFingerprint(verifierKey) })).toEqual({
        origin: ORIGIN,
        imported: 9,
        kept: 0,
      });
      const bundle = await hub.getLotBundle(lot.id);
      expect(verifyLotBundle(bundle, [verifierKey]).ok).toBe(true);
      expect(bundle).toEqual(await offline.getLotBundle(lot.id));
      expect((await hub.verifyLedger(ORIGIN)).failures).toEqual([]);
      const direct = buildFieldEvent({ ...fieldWork[0]!, time: '2026-11-30T07:00' });
      expect((await refused(hub.appendEvent(ORIGIN, direct, lot.id)))?.code).toBe(
        'store.no_signing_key',
      );
    });

    it('takes only what is new on the next import', async () => {
      for (const input of fieldWork.slice(4))
        await offline.appendEvent(ORIGIN, buildFieldEvent(input), lot.id);
      await offline.signCheckpoint(ORIGIN);
      expect(await hub.importLedger(await offline.exportLedger(ORIGIN))).toEqual({
        origin: ORIGIN,
        imported: 2,
        kept: 9,
      });
      expect(verifyLotBundle(await hub.getLotBundle(lot.id), [verifierKey]).events).toHaveLength(6);
    });

    it('refuses a tampered export naming the first bad event, and changes nothing', async () => {
      const data = await offline.exportLedger(ORIGIN);
      const harvest = data.entries[8] as unknown as {
        eventId: string;
        event: { quantityList: { quantity: number }[] };
      };
      harvest.event.quantityList[0]!.quantity = 12_500;
      const error = await refused(hub.importLedger(data));
      expect(error?.code).toBe('store.import_refused');
      expect(error?.message).toContain(`entry 8: event ${harvest.eventId} was changed`);
      const unsigned = await offline.exportLedger(ORIGIN);
      unsigned.checkpoints = unsigned.checkpoints.slice(0, 1);
      expect((await refused(hub.importLedger(unsigned)))?.message).toContain(
        'after the newest signed checkpoint',
      );
      const otherKey = {
        ...(await offline.exportLedger(ORIGIN)),
        verifierKeys: [generateNoteKeys(ORIGIN).verifierKey],
      };
      expect((await refused(hub.importLedger(otherKey)))?.code).toBe('store.import_unpinned_key');
      expect((await hub.verifyLedger(ORIGIN)).size).toBe(11);
    });

    it('refuses by the ledger rules what no store could have written, in both languages', async () => {
      const origin = 'nguongoc.vn/htx-rules-test';
      const keys = generateNoteKeys(origin);
      const events = fieldWork.slice(0, 2).map((input) => buildFieldEvent(input));
      const twice = craftedExport(origin, keys, [...events, events[0]!]);
      const error = await refused(hub.importLedger(twice));
      expect(error?.code).toBe('store.import_refused');
      const eventId = epcisEventHash(events[0]!, NGUONGOC_CONTEXT);
      expect(error?.message).toBe(
        `import refused at entry 7: event ${eventId} is already at entry 5`,
      );
      expect(error?.messageVi).toBe(`từ chối nhập tại mục 7: sự kiện ${eventId} đã có tại mục 5`);
      const unknownLot = craftedExport(origin, keys, events);
      unknownLot.entries = unknownLot.entries.filter(
        (entry) => entry.kind !== 'record' || entry.record.type !== 'lot',
      );
      expect((await refused(hub.importLedger(unknownLot)))?.messageVi).toBe(
        `từ chối nhập tại mục 4: lô ${lot.id} chưa có trong sổ cái ${origin}`,
      );
      expect(
        await hub.exportLedger(origin).catch((caught: unknown) => caught as TraceStoreError),
      ).toMatchObject({ code: 'store.unknown_ledger' });
    });

    it('says in Vietnamese which event of an export was changed', async () => {
      const data = await offline.exportLedger(ORIGIN);
      const harvest = data.entries[8] as unknown as {
        eventId: string;
        event: { quantityList: { quantity: number }[] };
      };
      harvest.event.quantityList[0]!.quantity = 12_500;
      expect((await refused(hub.importLedger(data)))?.messageVi).toContain(
        `từ chối nhập tại mục 8: sự kiện ${harvest.eventId} đã bị sửa`,
      );
    });

    it('refuses a forked history signed with the same key, naming where it forks', async () => {
      const origin = 'nguongoc.vn/htx-fork-test';
      const keys = generateNoteKeys(origin);
      const events = fieldWork.map((input) => buildFieldEvent(input));
      await hub.importLedger(craftedExport(origin, keys, events.slice(0, 4)), {
        trustKey: keys.verifierKey,
      });
      const forked = [
        ...events.slice(0, 2),
        buildFieldEvent({ ...fieldWork[2]!, time: '2026-10-31T09:00' }),
        ...events.slice(3),
      ];
      const error = await refused(hub.importLedger(craftedExport(origin, keys, forked)));
      expect(error?.code).toBe('store.import_fork');
      expect(error?.message).toContain('at entry 7');
      expect((await hub.verifyLedger(origin)).size).toBe(9);
      expect((await hub.importLedger(craftedExport(origin, keys, events))).imported).toBe(2);
      expect((await hub.verifyLedger(origin)).failures).toEqual([]);
    });
  });
}
