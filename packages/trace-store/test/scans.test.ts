// Scans of trace codes on every driver (issue #22, item 1): only a known lot's code or a printed
// serial is recorded; unit serials are judged by count and by two provinces within the window,
// lot codes never; the verdict reads a running tally, which the migration builds from old scans.
import { generateShortCode } from '@nguongoc/trace-core';
import { lot } from '@nguongoc/trace-core/sample-lot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TraceStore, TraceStoreError } from '../src/index.js';
import { type Driver, drivers, sql } from './_drivers.js';
import { seedLedger } from './_seed.js';

const ORIGIN = 'nguongoc.vn/htx-scans';
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 1) + minutes * 60_000);
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (caught: unknown) => caught as TraceStoreError,
  );
const count = async (store: TraceStore, table: string) =>
  Number(
    ((await sql(store, `SELECT count(*) AS n FROM ${table}`)) as { n: number | string }[])[0]!.n,
  );

for (const { name, make } of drivers()) {
  describe(`scans: ${name}`, () => {
    const driver: Driver = make();
    let store: TraceStore;

    beforeAll(async () => {
      store = await driver.open();
      await seedLedger(store, ORIGIN);
      await store.recordPrintedSerials(lot.id, { from: 1, to: 500, width: 4 });
    });

    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it('refuses a code no lot has and a serial never printed, storing nothing', async () => {
      const before = [await count(store, 'scans'), await count(store, 'scan_tallies')];
      for (const [code, serial] of [
        ['NOLOT123456', undefined],
        [lot.id, '0501'],
        [lot.id, '1'],
        [lot.id, '00001'],
        [lot.id, 'ABCD'],
      ] as const) {
        const error = await refusal(store.recordScan(code, { at: at(0), serial }));
        expect(error).toBeInstanceOf(TraceStoreError);
        expect(error!.code).toBe('store.unknown_code');
        expect(error!.messageVi).toMatch(/chưa từng được in|không có lô/);
      }
      expect([await count(store, 'scans'), await count(store, 'scan_tallies')]).toEqual(before);
      const unknownLot = await refusal(
        store.recordPrintedSerials('NOLOT123456', { from: 1, to: 2, width: 0 }),
      );
      expect(unknownLot!.code).toBe('store.unknown_code');
      const reversed = await refusal(
        store.recordPrintedSerials(lot.id, { from: 5, to: 2, width: 0 }),
      );
      expect(reversed!.code).toBe('store.serials');
      const malformed = await refusal(
        store.recordScan(lot.id, { at: 'yesterday', province: 'Nghệ An' }),
      );
      expect(malformed!.code).toBe('store.scan');
    });

    it('flags a unit serial scanned in two provinces within the window, for good', async () => {
      const scan = (minutes: number, province: string) =>
        store.recordScan(lot.id, { at: at(minutes), serial: '0001', province });
      expect(await scan(0, '40')).toMatchObject({ level: 'unit', scans: 1, suspicious: false });
      expect(await scan(30, '40')).toMatchObject({
        scans: 2,
        suspicious: false,
        provinces: ['40'],
      });
      const verdict = await scan(75, '01');
      expect(verdict).toMatchObject({ serial: '0001', suspicious: true, provinces: ['01', '40'] });
      expect(verdict.reasons[0]!.vi).toContain('tỉnh 40 và tỉnh 01 trong vòng 45 phút');
      expect((await scan(600, '01')).suspicious).toBe(true);
      expect(await store.scanVerdict(lot.id, '0001')).toMatchObject({ scans: 4, suspicious: true });
      // Far apart in time, two provinces are one item travelling.
      await store.recordScan(lot.id, { at: at(0), serial: '0002', province: '40' });
      expect(
        (await store.recordScan(lot.id, { at: at(600), serial: '0002', province: '01' }))
          .suspicious,
      ).toBe(false);
    });

    it('flags a unit serial scanned more than 30 times, but never judges a lot code', async () => {
      for (let i = 0; i < 30; i++)
        await store.recordScan(lot.id, { at: at(i * 600), serial: '0003', province: '40' });
      const many = await store.recordScan(lot.id, { at: at(31 * 600), serial: '0003' });
      expect(many.reasons.map((r) => r.en)).toEqual([expect.stringContaining('scanned 31 times')]);
      // A lot label is printed on many boxes: 40 scans in two provinces an hour apart are honest.
      let verdict = await store.recordScan(lot.id, { at: at(0), province: '40' });
      for (let i = 1; i < 40; i++)
        verdict = await store.recordScan(lot.id, { at: at(i), province: i % 2 ? '01' : '40' });
      expect(verdict).toMatchObject({
        serial: lot.id,
        level: 'lot',
        scans: 40,
        provinces: ['01', '40'],
        suspicious: false,
        reasons: [],
      });
      expect(await store.scanVerdict('NEVER')).toMatchObject({ scans: 0, suspicious: false });
    });

    it('lists the ranges printed for a lot, newest first, and the serial that comes next', async () => {
      const first = await store.printedSerials(lot.id);
      expect(first.ranges).toEqual([
        { from: 1, to: 500, width: 4, printedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      ]);
      expect(first.nextSerial).toBe(501);
      await store.recordPrintedSerials(lot.id, { from: 501, to: 521, width: 0 });
      // A reprint of earlier serials does not move where the next labels start.
      await store.recordPrintedSerials(lot.id, { from: 7, to: 9, width: 4 });
      const { ranges, nextSerial } = await store.printedSerials(lot.id);
      expect(ranges.map(({ from, to, width }) => [from, to, width])).toEqual([
        [7, 9, 4],
        [501, 521, 0],
        [1, 500, 4],
      ]);
      expect(nextSerial).toBe(522);
      // A lot with nothing printed starts at 1; a lot the store does not have is refused.
      const fresh = generateShortCode();
      await store.addRecord(ORIGIN, { ...lot, id: fresh });
      expect(await store.printedSerials(fresh)).toEqual({ ranges: [], nextSerial: 1 });
      const unknown = await refusal(store.printedSerials('NOLOT123456'));
      expect(unknown!.code).toBe('store.unknown_code');
    });

    it('builds the tallies from the scans recorded before them (the migration)', async () => {
      // Scans as an older store recorded them, without tallies: the migration is undone and redone.
      await sql(store, 'DROP TABLE scan_tallies');
      await sql(store, 'DROP TABLE printed_serials');
      await sql(store, "DELETE FROM migrations WHERE name = 'ScanTallies1764200000000'");
      await sql(store, 'DELETE FROM scans');
      const old = [
        [lot.id, 0, '40'],
        [lot.id, 5, '01'],
        ['OLD-SERIAL', 0, '40'],
        ['OLD-SERIAL', 20, null],
        ['OLD-SERIAL', 60, '79'],
      ] as const;
      for (const [serial, minutes, province] of old)
        await sql(store, 'INSERT INTO scans (serial, at, province) VALUES (?, ?, ?)', [
          serial,
          at(minutes).toISOString(),
          province,
        ]);
      await store.close();
      store = await driver.open();
      expect(await store.scanVerdict(lot.id)).toMatchObject({
        level: 'lot',
        scans: 2,
        provinces: ['01', '40'],
        suspicious: false,
      });
      const rows = (await sql(store, "SELECT * FROM scan_tallies WHERE code = 'OLD-SERIAL'")) as {
        level: string;
        scans: number;
        pair: string;
      }[];
      expect(rows.map((row) => [row.level, Number(row.scans), JSON.parse(row.pair)])).toEqual([
        ['unit', 3, { first: '40', second: '79', minutes: 60 }],
      ]);
    });
  });
}
