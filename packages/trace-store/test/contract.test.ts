import {
  TraceFormatError,
  buildFieldEvent,
  generateNoteKeys,
  lotStory,
  parseCheckpoint,
  verifyLotBundle,
} from '@nguongoc/trace-core';
import { MemoryLedger } from '@nguongoc/trace-core/ledger';
import { nodeHash, verifyConsistency } from '@nguongoc/trace-core/merkle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TraceStoreError, type TraceStore, openTraceStore } from '../src/index.js';
import { type Driver, drivers, sql } from './_drivers.js';
import {
  cooperative,
  fieldWork,
  lot,
  orchard,
  packingHouse,
  product,
} from '@nguongoc/trace-core/sample-lot';

const ORIGIN = 'nguongoc.vn/htx-cam-nghia-dan';
const records = [cooperative, orchard, packingHouse, product, lot];
const base64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

for (const { name, make } of drivers()) {
  describe(`trace store contract: ${name}`, () => {
    const driver: Driver = make();
    let store: TraceStore;
    let verifierKey: string;

    beforeAll(async () => {
      store = await driver.open();
      ({ verifierKey } = await store.createLedger(ORIGIN));
      for (const record of records) await store.addRecord(ORIGIN, record);
      for (const input of fieldWork)
        await store.appendEvent(ORIGIN, buildFieldEvent(input), lot.id);
    });

    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it('serves a lot bundle that trace-core verifies, with the same proofs as the reference ledger', async () => {
      await store.signCheckpoint(ORIGIN);
      const bundle = await store.getLotBundle(lot.id);
      const result = verifyLotBundle(bundle, [verifierKey]);
      expect(result.failures).toEqual([]);
      expect(result.events).toHaveLength(fieldWork.length);
      const reference = new MemoryLedger(ORIGIN);
      for (const record of records) reference.addRecord(record);
      for (const input of fieldWork) reference.appendEvent(buildFieldEvent(input), lot.id);
      const expected = reference.lotBundle(
        lot.id,
        reference.signCheckpoint(generateNoteKeys(ORIGIN).signerKey),
      );
      const byLeaf = <T extends { leafIndex: number }>(items: T[]) =>
        [...items].sort((a, b) => a.leafIndex - b.leafIndex);
      expect(bundle.events).toEqual(expected.events);
      expect(byLeaf(bundle.records)).toEqual(byLeaf(expected.records));
      expect(lotStory(bundle).steps.map((s) => s.title)).toEqual([
        'Bón phân',
        'Phun thuốc bảo vệ thực vật',
        'Chứng nhận',
        'Thu hoạch',
        'Đóng gói',
        'Vận chuyển',
      ]);
    });

    if (name.includes('DATABASE_URL')) {
      it('keeps its tables in the schema that its URL names (?schema=trace)', async () => {
        const tables = (await sql(
          store,
          "SELECT table_schema FROM information_schema.tables WHERE table_name IN ('events', 'merkle_nodes', 'migrations') ORDER BY table_schema",
        )) as { table_schema: string }[];
        expect(tables.map((t) => t.table_schema)).toEqual(['trace', 'trace', 'trace']);
      });
    }

    it('finds the places of events stored before events.place existed (migration backfill)', async () => {
      await store.signCheckpoint(ORIGIN);
      const before = await store.getLotBundle(lot.id);
      const migration = store.dataSource.migrations.find(
        (m) => m.name === 'EventPlaces1764000000000',
      )!;
      const runner = store.dataSource.createQueryRunner();
      try {
        await migration.down(runner);
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      const places = (await sql(store, 'SELECT DISTINCT place FROM events ORDER BY place')) as {
        place: string;
      }[];
      expect(places.map((row) => row.place)).toEqual([orchard.id, packingHouse.id].sort());
      expect(await store.getLotBundle(lot.id)).toEqual(before);
    });

    it('names the checkpoint a lot bundle is proven against, without reading the bundle', async () => {
      await store.signCheckpoint(ORIGIN);
      const bundle = await store.getLotBundle(lot.id);
      const checkpoint = await store.getLotCheckpoint(lot.id);
      expect(checkpoint.note).toBe(bundle.checkpoint);
      expect(checkpoint).toMatchObject({
        origin: ORIGIN,
        size: parseCheckpoint(bundle.checkpoint.split('\n\n')[0] + '\n').size,
      });
      const unknown = await store
        .getLotCheckpoint('NO-SUCH-LOT')
        .catch((caught: unknown) => caught);
      expect((unknown as TraceStoreError).code).toBe('store.unknown_lot');
    });

    it('serves no bundle for a lot added after the newest checkpoint, and says so', async () => {
      await store.signCheckpoint(ORIGIN);
      const late = { ...lot, id: 'LATE-LOT-1', code: 'LATE-1' };
      await store.addRecord(ORIGIN, late);
      const refused = await store.getLotBundle(late.id).then(
        () => undefined,
        (caught: unknown) => caught as TraceStoreError,
      );
      expect(refused).toBeInstanceOf(TraceStoreError);
      expect(refused?.code).toBe('store.no_checkpoint');
      expect(refused?.message).toContain('LATE-LOT-1');
      await store.signCheckpoint(ORIGIN);
      const bundle = await store.getLotBundle(late.id);
      expect(bundle.events).toEqual([]);
      expect(verifyLotBundle(bundle, [verifierKey]).failures).toEqual([]);
    });

    it('lists the newest version of each record of a type', async () => {
      expect(await store.listRecords(ORIGIN, 'location')).toEqual([orchard, packingHouse]);
      const renamed = { ...orchard, name: 'Vùng trồng cam xóm 3 (mở rộng)' };
      await store.addRecord(ORIGIN, renamed);
      expect(await store.listRecords(ORIGIN, 'location')).toEqual([packingHouse, renamed]);
      await store.addRecord(ORIGIN, orchard);
      expect(await store.listRecords('nguongoc.vn/nobody', 'lot')).toEqual([]);
    });

    it('puts the household that grew a lot in its bundle, as the reference ledger does (issue #23)', async () => {
      const household = {
        type: 'organisation' as const,
        id: 'htx-cam-nghia-dan.hh.BUNDLE1',
        kind: 'household' as const,
        name: 'Hộ Lê Thị Hoa',
        communeCode: '16941',
      };
      const area = {
        ...orchard,
        id: 'vung-trong-hoa',
        crop: 'Cam',
        variety: 'Cam Xã Đoài',
        areaHectares: 1.2,
        householdIds: [household.id],
        seasons: [{ id: 'vu-2026', name: 'Vụ cam 2026', startsOn: '2026-02-01' }],
      };
      const grown = {
        ...lot,
        id: 'GROWNLOT001',
        code: 'CAM-HOA-1',
        locationId: area.id,
        householdId: household.id,
        seasonId: 'vu-2026',
      };
      for (const record of [household, area, grown]) await store.addRecord(ORIGIN, record);
      await store.signCheckpoint(ORIGIN);
      const bundle = await store.getLotBundle(grown.id);
      expect(verifyLotBundle(bundle, [verifierKey]).failures).toEqual([]);
      expect(bundle.records.map(({ record }) => `${record.type}:${record.id}`).sort()).toEqual(
        [
          `lot:${grown.id}`,
          `location:${area.id}`,
          `organisation:${cooperative.id}`,
          `organisation:${household.id}`,
          `product:${product.id}`,
        ].sort(),
      );
      const reference = new MemoryLedger(ORIGIN);
      for (const record of [cooperative, product, household, area, grown])
        reference.addRecord(record);
      const expected = reference.lotBundle(
        grown.id,
        reference.signCheckpoint(generateNoteKeys(ORIGIN).signerKey),
      );
      expect(
        expected.records.map(({ record }) => record).sort((a, b) => a.id.localeCompare(b.id)),
      ).toEqual(
        bundle.records.map(({ record }) => record).sort((a, b) => a.id.localeCompare(b.id)),
      );
      expect(lotStory(bundle, 'vi').household?.name).toBe('Hộ Lê Thị Hoa');
    });

    it('lists every version of a record, newest first, with when a checkpoint first covered it', async () => {
      const place = {
        ...packingHouse,
        id: 'kho-lanh-1',
        kind: 'warehouse' as const,
        name: 'Kho lạnh',
      };
      await store.addRecord(ORIGIN, place);
      await store.signCheckpoint(ORIGIN);
      const renamed = { ...place, name: 'Kho lạnh số 1' };
      await store.addRecord(ORIGIN, renamed);
      const [newest, first, ...rest] = await store.recordVersions('location', place.id);
      expect(rest).toEqual([]);
      expect(newest).toMatchObject({ record: renamed, ledger: ORIGIN, recordedAt: null });
      expect(first).toMatchObject({ record: place, ledger: ORIGIN });
      expect(first!.leafIndex).toBeLessThan(newest!.leafIndex);
      expect(Date.parse(first!.recordedAt!)).toBeGreaterThan(Date.now() - 60_000);
      await store.signCheckpoint(ORIGIN);
      expect((await store.recordVersions('location', place.id))[0]!.recordedAt).not.toBeNull();
      expect(await store.recordVersions('location', 'no-such-place')).toEqual([]);
    });

    it('answers no verifier keys for a ledger it does not hold: absence is not an error', async () => {
      // The commerce trace module creates a cooperative's ledger on this answer, and lets
      // every error (a database away) through instead (apps/commerce modules/trace/service.ts).
      expect(await store.verifierKeys('nguongoc.vn/nobody')).toEqual([]);
      expect(await store.verifierKeys(ORIGIN)).toEqual([verifierKey]);
    });

    it('refuses an event already recorded for another lot, with the rules of trace-core', async () => {
      const other = { ...lot, id: 'OTHERLOT002' };
      await store.addRecord(ORIGIN, other);
      const event = buildFieldEvent(fieldWork[3]!);
      const before = await size(store);
      const error = await store.appendEvent(ORIGIN, event, other.id).then(
        () => undefined,
        (caught: unknown) => caught as TraceStoreError,
      );
      expect(error).toBeInstanceOf(TraceStoreError);
      expect(error?.code).toBe('store.event_lot');
      // The reference ledger refuses it with the same code and reason.
      const reference = new MemoryLedger(ORIGIN);
      for (const record of [...records, other]) reference.addRecord(record);
      reference.appendEvent(event, lot.id);
      let expected: TraceFormatError | undefined;
      try {
        reference.appendEvent(event, other.id);
      } catch (caught) {
        expected = caught as TraceFormatError;
      }
      expect(expected?.code).toBe(error?.code);
      expect(`lot: ${error?.message}`).toBe(expected?.message);
      expect(`lot: ${error?.messageVi}`).toBe(expected?.messageVi);
      expect(await size(store)).toBe(before);
    });

    it('appends idempotently: a repeated event returns its first position and writes nothing', async () => {
      const event = buildFieldEvent(fieldWork[3]!);
      const before = await size(store);
      const again = await store.appendEvent(ORIGIN, structuredClone(event), lot.id);
      expect(again.duplicate).toBe(true);
      expect(await size(store)).toBe(before);
    });

    it('appends a batch in one transaction, all or nothing', async () => {
      const at = (day: number) =>
        buildFieldEvent({ ...fieldWork[5]!, time: `2026-12-${day}T05:30` });
      const before = await size(store);
      const bad = await store
        .appendEvents(ORIGIN, [
          { event: at(10), lot: lot.id },
          { event: at(11), lot: 'NO-SUCH-LOT' },
        ])
        .then(
          () => undefined,
          (caught: unknown) => caught as TraceStoreError,
        );
      expect(bad?.code).toBe('store.unknown_lot');
      expect(await size(store)).toBe(before);
      const appended = await store.appendEvents(ORIGIN, [
        { event: at(10), lot: lot.id },
        { event: at(12), lot: lot.id },
        { event: at(10), lot: lot.id },
      ]);
      expect(appended.map((a) => [a.leafIndex - before, a.duplicate])).toEqual([
        [0, false],
        [1, false],
        [0, true],
      ]);
      expect(appended[1]!.previous).toBe(appended[0]!.eventId);
    });

    it('refuses bad input with typed errors and writes nothing', async () => {
      const before = await size(store);
      const harvest = buildFieldEvent({ ...fieldWork[3]!, time: '2026-11-23T06:00' });
      const cases: [() => Promise<unknown>, new (...args: never[]) => Error, string][] = [
        [
          () => store.appendEvent(ORIGIN, harvest, 'NO-SUCH-LOT'),
          TraceStoreError,
          'store.unknown_lot',
        ],
        [
          () => store.appendEvent('nguongoc.vn/nobody', harvest, lot.id),
          TraceStoreError,
          'store.unknown_ledger',
        ],
        [
          () => store.appendEvent(ORIGIN, { type: 'ObjectEvent' } as never, lot.id),
          TraceFormatError,
          'epcis.event_time',
        ],
        [
          () => store.appendEvent(ORIGIN, { ...harvest, 'ng:note': 'x'.repeat(70_000) }, lot.id),
          TraceFormatError,
          'store.event_size',
        ],
        [
          () => store.addRecord(ORIGIN, { ...lot, code: 'Lô 1' }),
          TraceFormatError,
          'record.format',
        ],
        [() => store.createLedger(ORIGIN), TraceStoreError, 'store.ledger_exists'],
      ];
      for (const [run, type, code] of cases) {
        const error = await run().then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error, code).toBeInstanceOf(type);
        expect((error as { code: string }).code).toBe(code);
      }
      expect(await size(store)).toBe(before);
    });

    it('proves that a later checkpoint extends an earlier one', async () => {
      const first = parseCheckpoint(body(await store.signCheckpoint(ORIGIN)));
      await store.appendEvent(
        ORIGIN,
        buildFieldEvent({
          kind: 'shipping',
          product,
          lot,
          location: packingHouse,
          time: '2026-11-21T05:30',
          quantity: 250,
          destination: 'Chợ Vinh',
        }),
        lot.id,
      );
      const second = parseCheckpoint(body(await store.signCheckpoint(ORIGIN)));
      const proof = (await store.getConsistencyProof(ORIGIN, first.size, second.size)).map(base64);
      expect(
        verifyConsistency({
          size1: first.size,
          size2: second.size,
          root1: first.root,
          root2: second.root,
          proof,
        }),
      ).toBe(true);
      expect((await store.verifyLedger(ORIGIN)).failures).toEqual([]);
    });

    it('keeps everything across a close and reopen', async () => {
      const before = await store.getLotBundle(lot.id);
      await store.close();
      store = await driver.open();
      expect(await store.getLotBundle(lot.id)).toEqual(before);
      expect(verifyLotBundle(before, [verifierKey]).ok).toBe(true);
    });

    it('names what a direct SQL change touched: an event, a Merkle node, a checkpoint', async () => {
      const bundle = await store.getLotBundle(lot.id);
      const harvest = bundle.events[3]!;
      const original = (await sql(store, 'SELECT event FROM events WHERE event_id = ?', [
        harvest.eventId,
      ])) as { event: string }[];
      await sql(store, 'UPDATE events SET event = ? WHERE event_id = ?', [
        original[0]!.event.replace('"quantity":1250', '"quantity":12500'),
        harvest.eventId,
      ]);
      const forged = verifyLotBundle(await store.getLotBundle(lot.id), [verifierKey]);
      expect(forged.failures).toEqual([
        expect.objectContaining({ check: 'event-id', subject: harvest.eventId }),
      ]);
      expect((await store.verifyLedger(ORIGIN)).failures).toEqual([
        expect.objectContaining({ check: 'event', subject: harvest.eventId }),
      ]);
      await sql(store, 'UPDATE events SET event = ? WHERE event_id = ?', [
        original[0]!.event,
        harvest.eventId,
      ]);

      await sql(store, 'UPDATE merkle_nodes SET hash = ? WHERE level = 1 AND node_index = 0', [
        '0'.repeat(64),
      ]);
      const ledger = await store.verifyLedger(ORIGIN);
      expect(ledger.failures).toEqual([
        expect.objectContaining({ check: 'node', subject: 'node 1/0' }),
      ]);
      expect(verifyLotBundle(await store.getLotBundle(lot.id), [verifierKey]).ok).toBe(false);
      // Put the true hash back: the ledger verifies again.
      await sql(store, 'UPDATE merkle_nodes SET hash = ? WHERE level = 1 AND node_index = 0', [
        await repairedNode(store),
      ]);
      expect((await store.verifyLedger(ORIGIN)).failures).toEqual([]);

      // A checkpoint whose size line was rewritten: the signature no longer matches.
      const rows = (await sql(store, 'SELECT size, note FROM checkpoints ORDER BY size DESC')) as {
        size: number;
        note: string;
      }[];
      const latest = rows[0]!;
      await sql(store, 'UPDATE checkpoints SET note = ? WHERE size = ?', [
        latest.note.replace(`\n${latest.size}\n`, `\n${Number(latest.size) - 1}\n`),
        latest.size,
      ]);
      expect((await store.verifyLedger(ORIGIN)).failures).toEqual([
        expect.objectContaining({ check: 'checkpoint', subject: `checkpoint ${latest.size}` }),
      ]);
      expect(
        verifyLotBundle(await store.getLotBundle(lot.id), [verifierKey]).failures.map(
          (f) => f.check,
        ),
      ).toContain('checkpoint-signature');
      await sql(store, 'UPDATE checkpoints SET note = ? WHERE size = ?', [
        latest.note,
        latest.size,
      ]);
    });

    it("lets a capture key write only to its own cooperative's ledger", async () => {
      const other = 'nguongoc.vn/htx-khac';
      await store.createLedger(other);
      const otherLot = { ...lot, id: 'OTHERLOT001', organisationId: cooperative.id };
      await store.addRecord(other, otherLot);
      const { key, id } = await store.createCaptureKey(ORIGIN, 'Điện thoại tổ 3');
      const event = buildFieldEvent({ ...fieldWork[0]!, time: '2026-11-24T07:00' });
      expect((await store.capture(key, event, lot.id)).duplicate).toBe(false);
      // The other cooperative's lot is not in this key's ledger: refused, nothing written there.
      const before = await size(store, other);
      const crossed = await store
        .capture(
          key,
          buildFieldEvent({ ...fieldWork[0]!, lot: otherLot, time: '2026-11-24T08:00' }),
          otherLot.id,
        )
        .then(
          () => undefined,
          (caught: unknown) => caught,
        );
      expect((crossed as TraceStoreError).code).toBe('store.unknown_lot');
      expect(await size(store, other)).toBe(before);
      for (const bad of [
        '',
        'ngck_x',
        key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'),
        `${key}x`,
      ]) {
        const error = await store.capture(bad, event, lot.id).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect((error as TraceStoreError).code, bad).toBe('store.capture_key');
      }
      await store.revokeCaptureKey(id);
      const revoked = await store.capture(key, event, lot.id).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect((revoked as TraceStoreError).code).toBe('store.capture_key');
      const rows = (await sql(store, 'SELECT secret_hash FROM capture_keys WHERE id = ?', [
        id,
      ])) as { secret_hash: string }[];
      expect(key).not.toContain(rows[0]!.secret_hash);
    });

    it('refuses to start in production without TRACE_MASTER_KEY, and to sign with the wrong key', async () => {
      const error = await driver.open({ NODE_ENV: 'production', TRACE_MASTER_KEY: '' }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(TraceStoreError);
      expect((error as TraceStoreError).code).toBe('store.master_key_missing');
      expect((error as TraceStoreError).messageVi).toContain('TRACE_MASTER_KEY');
      await store.close();
      store = await driver.open({ TRACE_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') });
      await store.appendEvent(
        ORIGIN,
        buildFieldEvent({
          kind: 'shipping',
          product,
          lot,
          location: packingHouse,
          time: '2026-11-22T05:30',
          quantity: 1,
        }),
        lot.id,
      );
      const wrong = await store.signCheckpoint(ORIGIN).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect((wrong as TraceStoreError).code).toBe('store.master_key_wrong');
    });
  });
}

async function size(store: TraceStore, origin = ORIGIN): Promise<number> {
  const rows = (await sql(store, 'SELECT size FROM ledgers WHERE origin = ?', [origin])) as {
    size: number;
  }[];
  return Number(rows[0]!.size);
}

/** The true hash of node 1/0: the node hash of leaves 0 and 1, recomputed from the entries. */
async function repairedNode(store: TraceStore): Promise<string> {
  const leaves = (await sql(
    store,
    'SELECT leaf_hash FROM ledger_entries WHERE leaf_index < 2 ORDER BY leaf_index',
  )) as { leaf_hash: string }[];
  return Buffer.from(
    nodeHash(
      ...(leaves.map((row) => new Uint8Array(Buffer.from(row.leaf_hash, 'hex'))) as [
        Uint8Array,
        Uint8Array,
      ]),
    ),
  ).toString('hex');
}

function body(note: string): string {
  return note.slice(0, note.indexOf('\n\n') + 1);
}

describe('automatic checkpoints', () => {
  const { make } = drivers()[0]!; // SQLite: the timing logic is the store's, not the database's
  const driver = make();
  afterAll(() => driver.cleanup());

  it('signs one every N entries and on a timer, and none when nothing changed', async () => {
    const probe = await driver.open();
    const url = probe.url;
    await probe.close();
    const store = await openTraceStore({
      url,
      checkpointEveryEntries: 3,
      checkpointEverySeconds: 0.2,
    });
    try {
      await store.createLedger(ORIGIN);
      for (const record of [cooperative, orchard, product]) await store.addRecord(ORIGIN, record);
      expect(await store.latestCheckpoint(ORIGIN)).toBeUndefined();
      await store.addRecord(ORIGIN, lot);
      await store.appendEvent(ORIGIN, buildFieldEvent(fieldWork[3]!), lot.id); // 5 entries: >= 3 since none
      expect(parseCheckpoint(body((await store.latestCheckpoint(ORIGIN))!)).size).toBe(5);
      await store.appendEvent(ORIGIN, buildFieldEvent(fieldWork[4]!), lot.id); // 6: 1 since the last
      expect(parseCheckpoint(body((await store.latestCheckpoint(ORIGIN))!)).size).toBe(5);
      // Nothing else signs: the 0.2 s timer does, size 6.
      await expect
        .poll(async () => parseCheckpoint(body((await store.latestCheckpoint(ORIGIN))!)).size, {
          timeout: 5_000,
        })
        .toBe(6);
      expect(await store.checkpointGrownLedgers()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
