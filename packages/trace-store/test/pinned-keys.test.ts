// ADR 035: a ledger's keys are pinned at the hub. An import signed by another key is refused,
// naming the key, and writes nothing; a key changes only by a rotation the current key signed.
import {
  type KeyRotation,
  type MasterRecord,
  buildFieldEvent,
  epcisEventHash,
  generateNoteKeys,
  keyFingerprint,
  keyRotationId,
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
import {
  type LedgerExport,
  type TraceStore,
  type TraceStoreError,
  openTraceStore,
} from '../src/index.js';
import { type Driver, drivers } from './_drivers.js';

const records: MasterRecord[] = [cooperative, orchard, packingHouse, product, lot];
// The hub-held ledger's own lot: a lot ID names one ledger.
const hubLot = { ...lot, id: 'HUBLOT00001' };
const forgedCooperative = { ...cooperative, name: 'FORGED COOPERATIVE' };
const forgedProduct = {
  ...product,
  ocop: { stars: 5 as const, decisionNumber: '9999/QĐ-UBND', expiresOn: '2030-12-31' },
};

const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (caught: unknown) => caught as TraceStoreError,
  );

/**
 * What an attacker can build from an honest export: the same entries, then `extra` records, the
 * honest checkpoints, and checkpoints signed with keys of the attacker's own (`sign`, after the
 * entry counts given), with the attacker's key added to the export's keys.
 */
function tamperedExport(
  honest: LedgerExport,
  extra: MasterRecord[],
  sign: { after: number; signerKey: string }[],
  addedKeys: string[],
): LedgerExport {
  const ledger = new MemoryLedger(honest.origin);
  const entries = [
    ...honest.entries,
    ...extra.map((record) => ({ kind: 'record' as const, record })),
  ];
  const checkpoints = [...honest.checkpoints];
  entries.forEach((entry, i) => {
    if (entry.kind === 'record') ledger.addRecord(entry.record);
    else ledger.appendEvent(entry.event, entry.lot);
    for (const { after, signerKey } of sign) {
      if (after === i + 1) checkpoints.push(ledger.signCheckpoint(signerKey));
    }
  });
  return {
    ...honest,
    verifierKeys: [...honest.verifierKeys, ...addedKeys],
    entries,
    checkpoints,
  };
}

for (const { name, make } of drivers()) {
  describe(`pinned ledger keys: ${name}`, () => {
    const directory = mkdtempSync(join(tmpdir(), 'ng-pinned-'));
    const driver: Driver = make();
    let hub: TraceStore;
    let offline: TraceStore;

    beforeAll(async () => {
      hub = await driver.open();
      offline = await openTraceStore({ url: `file:${join(directory, 'htx.db')}` });
    });

    afterAll(async () => {
      await offline?.close();
      await hub?.close();
      await driver.cleanup();
      rmSync(directory, { recursive: true, force: true });
    });

    it('refuses a ledger that adds its own key and forged records, naming the key; nothing verifies', async () => {
      // The scenario: the hub keeps the cooperative's ledger and signs its checkpoints.
      const origin = 'nguongoc.vn/htx-hub-held';
      const { verifierKey } = await hub.createLedger(origin);
      for (const record of [cooperative, orchard, packingHouse, product, hubLot])
        await hub.addRecord(origin, record);
      await hub.appendEvent(origin, buildFieldEvent(fieldWork[0]!), hubLot.id);
      await hub.signCheckpoint(origin);
      const honest = await hub.exportLedger(origin);
      const attacker = generateNoteKeys(origin);
      const forged = tamperedExport(
        honest,
        [forgedCooperative, forgedProduct],
        [{ after: honest.entries.length + 2, signerKey: attacker.signerKey }],
        [attacker.verifierKey],
      );

      const error = await refused(hub.importLedger(forged));
      expect(error?.code).toBe('store.import_unpinned_key');
      expect(error?.message).toContain(keyFingerprint(attacker.verifierKey));
      expect(error?.messageVi).toContain(keyFingerprint(attacker.verifierKey));
      expect(error?.message).toContain(`import of ${origin} refused`);
      expect(error?.messageVi).toContain(`từ chối nhập ${origin}`);

      // Nothing of it was written: after the hub's next checkpoint the page shows the real records.
      expect((await hub.verifyLedger(origin)).size).toBe(honest.entries.length);
      await hub.signCheckpoint(origin);
      const bundle = await hub.getLotBundle(hubLot.id);
      const names = bundle.records
        .map((item) => item.record)
        .filter((r) => r.type === 'organisation');
      expect(names.map((r) => (r as typeof cooperative).name)).toEqual([cooperative.name]);
      expect(JSON.stringify(bundle)).not.toContain('FORGED');
      expect(await hub.verifierKeys(origin)).toEqual([verifierKey]);
      expect(verifyLotBundle(bundle, await hub.verifierKeys(origin)).ok).toBe(true);
    });

    it('pins the first key of a new ledger only when the operator names it', async () => {
      const origin = 'nguongoc.vn/htx-offline';
      const { verifierKey } = await offline.createLedger(origin);
      for (const record of records) await offline.addRecord(origin, record);
      await offline.signCheckpoint(origin);
      const data = await offline.exportLedger(origin);
      const fingerprint = keyFingerprint(verifierKey);

      const unnamed = await refused(hub.importLedger(data));
      expect(unnamed?.code).toBe('store.import_untrusted_key');
      expect(unnamed?.message).toContain(fingerprint);
      expect(unnamed?.messageVi).toContain(fingerprint);
      const wrong = await refused(
        hub.importLedger(data, { trustKey: keyFingerprint(generateNoteKeys(origin).verifierKey) }),
      );
      expect(wrong?.code).toBe('store.import_untrusted_key');
      // A key ID's eight digits are not enough: they can be ground out.
      const short = await refused(hub.importLedger(data, { trustKey: fingerprint.slice(0, 9) }));
      expect(short?.code).toBe('store.import_untrusted_key');
      expect(await hub.verifierKeys(origin)).toEqual([]);

      expect(await hub.importLedger(data, { trustKey: fingerprint })).toMatchObject({
        imported: records.length,
      });
      expect(await hub.verifierKeys(origin)).toEqual([verifierKey]);

      // Later imports: a key the export adds is refused by name, and nothing is written.
      const attacker = generateNoteKeys(origin);
      const forged = tamperedExport(
        await offline.exportLedger(origin),
        [forgedCooperative],
        [{ after: records.length + 1, signerKey: attacker.signerKey }],
        [attacker.verifierKey],
      );
      const error = await refused(hub.importLedger(forged));
      expect(error?.code).toBe('store.import_unpinned_key');
      expect(error?.message).toContain(keyFingerprint(attacker.verifierKey));
      expect((await hub.verifyLedger(origin)).size).toBe(records.length);
      // The same forgery without naming its key is refused too: its checkpoint names the signer.
      const quiet = await refused(hub.importLedger({ ...forged, verifierKeys: data.verifierKeys }));
      expect(quiet?.code).toBe('store.import_unpinned_key');
      expect(quiet?.message).toContain(
        `signed by key ${keyFingerprint(attacker.verifierKey).replace(/ /g, '').slice(0, 8)}`,
      );
      expect((await hub.exportLedger(origin)).checkpoints).toEqual(data.checkpoints);
    });

    it('accepts an honest key rotation and carries it in the lot bundle', async () => {
      const origin = 'nguongoc.vn/htx-offline';
      const [oldKey] = await offline.verifierKeys(origin);
      const rotated = await offline.rotateKey(origin);
      expect(rotated.previousKey).toBe(oldKey);
      expect(rotated.fingerprint).toBe(keyFingerprint(rotated.newKey));
      await offline.appendEvent(origin, buildFieldEvent(fieldWork[0]!), lot.id);
      await offline.signCheckpoint(origin);
      expect(await offline.verifierKeys(origin)).toEqual([oldKey, rotated.newKey]);
      expect((await offline.verifyLedger(origin)).failures).toEqual([]);

      expect(await hub.importLedger(await offline.exportLedger(origin))).toEqual({
        origin,
        imported: 2,
        kept: records.length,
      });
      expect(await hub.verifierKeys(origin)).toEqual([oldKey, rotated.newKey]);
      expect((await hub.verifyLedger(origin)).failures).toEqual([]);

      const bundle = await hub.getLotBundle(lot.id);
      const rotation = bundle.records.find((item) => item.record.type === 'key-rotation')
        ?.record as KeyRotation | undefined;
      expect(rotation).toMatchObject({
        id: keyRotationId(rotated.newKey),
        previousKey: oldKey,
        newKey: rotated.newKey,
      });
      const verified = verifyLotBundle(bundle, await hub.verifierKeys(origin));
      expect(verified.ok).toBe(true);
      expect(verified.records).toContainEqual({
        type: 'key-rotation',
        id: keyRotationId(rotated.newKey),
        ok: true,
      });
      // The newest checkpoint is the new key's: the old key alone no longer verifies it.
      expect(verifyLotBundle(bundle, [rotated.newKey]).ok).toBe(true);
      expect(verifyLotBundle(bundle, [oldKey!]).ok).toBe(false);
      expect(bundle).toEqual(await offline.getLotBundle(lot.id));
      // The rotation's own checkpoint (size 6) is the old key's; the next (7) the new key's.
      expect((await offline.exportLedger(origin)).checkpoints).toHaveLength(3);
    });

    it('refuses a rotation signed by a key that is not the current one, naming it', async () => {
      const origin = 'nguongoc.vn/htx-offline';
      const honest = await offline.exportLedger(origin);
      const [, current] = honest.verifierKeys;
      const attacker = generateNoteKeys(origin);
      const rotation: KeyRotation = {
        type: 'key-rotation',
        id: keyRotationId(attacker.verifierKey),
        previousKey: current!,
        newKey: attacker.verifierKey,
        at: '2026-12-07T10:00:00.000Z',
      };
      const size = honest.entries.length;
      // The rotation to the attacker's key, "closed" by a checkpoint the attacker signed.
      const selfSigned = tamperedExport(
        honest,
        [rotation, forgedCooperative],
        [
          { after: size + 1, signerKey: attacker.signerKey },
          { after: size + 2, signerKey: attacker.signerKey },
        ],
        [],
      );
      const error = await refused(hub.importLedger(selfSigned));
      expect(error?.code).toBe('store.import_unpinned_key');
      expect(error?.message).toContain(
        `the checkpoint of size ${size + 1} is signed by key ${keyFingerprint(attacker.verifierKey)}`,
      );
      expect(error?.messageVi).toContain(`checkpoint kích thước ${size + 1}`);
      // A rotation that claims the attacker's key was the current one.
      const stranger = generateNoteKeys(origin).verifierKey;
      const claimed = tamperedExport(
        honest,
        [{ ...rotation, previousKey: stranger }],
        [{ after: size + 1, signerKey: attacker.signerKey }],
        [],
      );
      const claimedError = await refused(hub.importLedger(claimed));
      expect(claimedError?.code).toBe('store.import_unpinned_key');
      expect(claimedError?.message).toContain(
        `the key rotation at entry ${size} replaces key ${keyFingerprint(stranger)}`,
      );
      expect(claimedError?.message).toContain(
        `the pinned current key is ${keyFingerprint(current!)}`,
      );
      // A rotation with no checkpoint of the old key ending at it.
      const unclosed = tamperedExport(
        honest,
        [rotation, forgedCooperative],
        [{ after: size + 2, signerKey: attacker.signerKey }],
        [],
      );
      expect((await refused(hub.importLedger(unclosed)))?.message).toContain(
        `is not signed by the current key: a checkpoint of size ${size + 1} signed by ${keyFingerprint(current!)}`,
      );
      expect(await hub.verifierKeys(origin)).toEqual(honest.verifierKeys);
      expect((await hub.verifyLedger(origin)).size).toBe(size);
      expect(JSON.stringify(await hub.getLotBundle(lot.id))).not.toContain('FORGED');
      // The hub's copy still grows from the cooperative's real ledger.
      await offline.appendEvent(origin, buildFieldEvent(fieldWork[1]!), lot.id);
      await offline.signCheckpoint(origin);
      expect((await hub.importLedger(await offline.exportLedger(origin))).imported).toBe(1);
      const eventId = epcisEventHash(buildFieldEvent(fieldWork[1]!), NGUONGOC_CONTEXT);
      const bundle = await hub.getLotBundle(lot.id);
      expect(bundle.events.map((e) => e.eventId)).toContain(eventId);
      expect(verifyLotBundle(bundle, await hub.verifierKeys(origin)).ok).toBe(true);
    });
  });
}
