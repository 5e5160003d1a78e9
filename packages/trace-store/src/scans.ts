import type { EntityManager } from 'typeorm';
import { TraceStoreError } from './errors.js';
import {
  type ScanLevel,
  type ScanTally,
  type ScanThresholds,
  type ScanVerdict,
  addScan,
  emptyTally,
  verdictOf,
} from './scan-verdict.js';
import type { StoreDatabase } from './store-database.js';

// Scans of trace codes (a lot's short code, or a unit serial printed for a lot), for the
// cloned-code verdict that scan-verdict.ts judges. Only codes the store knows are recorded: a lot
// record, or a serial inside a printed range of that lot. Each scan adds a row to `scans` (the
// log) and updates the code's row in `scan_tallies` (the running aggregate the verdict reads).

/** A unit serial as labels print it (GS1 AI 21 digits, optionally zero-padded). */
const SERIAL = /^\d{1,12}$/;

/** A printed range of unit serials of one lot, as the label printer made them. */
export interface PrintedSerials {
  from: number;
  to: number;
  /** Zero-padded to this many digits (`0001`); 0 = none. */
  width: number;
}

/** The key of a code's tally and scan rows: the lot's code, or `<lot>/<serial>` for a unit. */
const keyOf = (lot: string, serial: string | undefined) =>
  serial === undefined ? lot : `${lot}/${serial}`;

/** `?` placeholders for either driver. */
function query(
  database: StoreDatabase,
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
) {
  let n = 0;
  const text = database.driver === 'postgres' ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  return manager.query(text, parameters) as Promise<Record<string, unknown>[]>;
}

const unknownCode = (lot: string, serial?: string) =>
  new TraceStoreError(
    'store.unknown_code',
    serial === undefined
      ? { vi: `không có lô nào mang mã ${lot}`, en: `no lot has the code ${lot}` }
      : {
          vi: `số sê-ri ${serial} chưa từng được in cho lô ${lot}`,
          en: `serial ${serial} was never printed for lot ${lot}`,
        },
  );

/** Whether `serial` falls in one of the ranges, written as that range writes its serials. */
export function inPrintedRange(serial: string, ranges: readonly PrintedSerials[]): boolean {
  if (!SERIAL.test(serial)) return false;
  const n = Number(serial);
  return ranges.some(
    (range) => n >= range.from && n <= range.to && serial === String(n).padStart(range.width, '0'),
  );
}

/**
 * Lots known to exist, with their printed ranges, per store: a ledger is append-only, so a lot
 * once found stays, and a range once printed stays printed. Only what was found is kept (a lot
 * added later is looked up again); bounded, emptied when full.
 */
const known = new WeakMap<StoreDatabase, Map<string, PrintedSerials[] | null>>();
const KNOWN_LOTS = 10_000;

/** Checks that the code is known, returning its level. */
async function levelOf(
  database: StoreDatabase,
  manager: EntityManager,
  lot: string,
  serial: string | undefined,
): Promise<ScanLevel> {
  let lots = known.get(database);
  if (!lots) known.set(database, (lots = new Map()));
  let ranges = lots.get(lot);
  if (ranges === undefined) {
    const [record] = await query(
      database,
      manager,
      "SELECT 1 AS found FROM records WHERE record_type = 'lot' AND record_id = ? LIMIT 1",
      [lot],
    );
    if (!record) throw unknownCode(lot);
    if (lots.size >= KNOWN_LOTS) lots.clear();
    lots.set(lot, (ranges = null));
  }
  if (serial === undefined) return 'lot';
  if (ranges === null || !inPrintedRange(serial, ranges)) {
    ranges = (
      await query(
        database,
        manager,
        'SELECT first_serial, last_serial, width FROM printed_serials WHERE lot = ?',
        [lot],
      )
    ).map((row) => ({
      from: Number(row.first_serial),
      to: Number(row.last_serial),
      width: Number(row.width),
    }));
    lots.set(lot, ranges);
  }
  if (!inPrintedRange(serial, ranges)) throw unknownCode(lot, serial);
  return 'unit';
}

function tallyFrom(row: Record<string, unknown>): ScanTally {
  return {
    code: String(row.code),
    level: row.level === 'unit' ? 'unit' : 'lot',
    scans: Number(row.scans),
    sightings: JSON.parse(String(row.sightings)) as Record<string, string>,
    pair: row.pair ? (JSON.parse(String(row.pair)) as ScanTally['pair']) : null,
  };
}

function checkScan(code: string, serial: string | undefined, at: Date, province?: string) {
  if (
    typeof code !== 'string' ||
    code === '' ||
    code.length > 64 ||
    (serial !== undefined && (typeof serial !== 'string' || serial === '' || serial.length > 20)) ||
    (province !== undefined && !/^\d{2}$/.test(province)) ||
    Number.isNaN(at.getTime())
  ) {
    throw new TraceStoreError('store.scan', {
      vi: 'lượt quét cần mã lô 1-64 ký tự, sê-ri 1-20 ký tự, mã tỉnh 2 chữ số và thời điểm hợp lệ',
      en: 'a scan needs a lot code of 1 to 64 characters, a serial of 1 to 20, a 2-digit province code and a valid time',
    });
  }
}

/** One scan as it is recorded: when, which unit (none: the lot's own label), where, and who. */
export interface ScanInput {
  at: Date | string;
  serial?: string | undefined;
  province?: string | undefined;
  userAgentHash?: string | undefined;
}

/**
 * Records one scan of a lot's code, or of one of its printed unit serials, and returns the
 * verdict, in one transaction: the scan row, and the code's tally updated under a row lock. A
 * fixed number of statements whatever the number of earlier scans.
 * @throws TraceStoreError `store.unknown_code` for a lot the store does not have or a serial never
 *   printed for it (nothing is stored), `store.scan` for a malformed scan.
 */
export async function recordScan(
  database: StoreDatabase,
  code: string,
  scan: ScanInput,
  thresholds: ScanThresholds,
): Promise<ScanVerdict> {
  const at = new Date(scan.at);
  checkScan(code, scan.serial, at, scan.province);
  const key = keyOf(code, scan.serial);
  return database.transaction(async (manager) => {
    const level = await levelOf(database, manager, code, scan.serial);
    const postgres = database.driver === 'postgres';
    // A scan is a statistic, not a ledger entry: PostgreSQL acknowledges it before its commit
    // reaches the disk (a crash may lose the last fraction of a second of scans, never a
    // ledger's entries, and never leaves a tally out of step with the log: both are one commit).
    if (postgres) await manager.query('SET LOCAL synchronous_commit TO off');
    const select = `SELECT code, level, scans, sightings, pair FROM scan_tallies WHERE code = ?${
      postgres ? ' FOR UPDATE' : ''
    }`;
    let [row] = await query(database, manager, select, [key]);
    if (!row) {
      await query(
        database,
        manager,
        "INSERT INTO scan_tallies (code, level, scans, sightings, pair) VALUES (?, ?, 0, '{}', NULL) ON CONFLICT (code) DO NOTHING",
        [key, level],
      );
      [row] = await query(database, manager, select, [key]);
    }
    const tally = addScan(
      tallyFrom(row!),
      { at: at.toISOString(), province: scan.province ?? null },
      thresholds,
    );
    const update = 'UPDATE scan_tallies SET scans = ?, sightings = ?, pair = ? WHERE code = ?';
    const insert = 'INSERT INTO scans (serial, at, province, user_agent_hash) VALUES (?, ?, ?, ?)';
    const updated = [
      tally.scans,
      JSON.stringify(tally.sightings),
      tally.pair && JSON.stringify(tally.pair),
      key,
    ];
    const inserted = [key, at.toISOString(), scan.province ?? null, scan.userAgentHash ?? null];
    if (postgres) {
      // One round trip for both writes.
      await query(database, manager, `WITH t AS (${update} RETURNING 1) ${insert}`, [
        ...updated,
        ...inserted,
      ]);
    } else {
      await query(database, manager, update, updated);
      await query(database, manager, insert, inserted);
    }
    return verdictOf(tally, thresholds);
  });
}

/** The verdict on a lot's code, or one of its unit serials, from its tally (none: not scanned). */
export function readScanVerdict(
  database: StoreDatabase,
  code: string,
  serial: string | undefined,
  thresholds: ScanThresholds,
): Promise<ScanVerdict> {
  const key = keyOf(code, serial);
  return database.serialised(async () => {
    const [row] = await query(
      database,
      database.manager,
      'SELECT code, level, scans, sightings, pair FROM scan_tallies WHERE code = ?',
      [key],
    );
    const tally = row ? tallyFrom(row) : emptyTally(key, serial === undefined ? 'lot' : 'unit');
    return verdictOf(tally, thresholds);
  });
}

/**
 * Records that a lot's unit serials `from`..`to` were printed (the label printer's job): scans of
 * those serials are then accepted.
 * @throws TraceStoreError `store.unknown_code` for an unknown lot, `store.serials` for a bad range.
 */
export async function recordPrintedSerials(
  database: StoreDatabase,
  lot: string,
  range: PrintedSerials,
): Promise<void> {
  const { from, to, width } = range;
  if (
    ![from, to, width].every(Number.isSafeInteger) ||
    from < 0 ||
    to < from ||
    to > 999_999_999_999 ||
    width < 0 ||
    width > 12
  ) {
    throw new TraceStoreError('store.serials', {
      vi: 'dải sê-ri cần số đầu ≤ số cuối (0 đến 999999999999) và độ dài 0-12 chữ số',
      en: 'a serial range needs first ≤ last (0 to 999999999999) and a width of 0 to 12 digits',
    });
  }
  await database.transaction(async (manager) => {
    await levelOf(database, manager, lot, undefined);
    await query(
      database,
      manager,
      'INSERT INTO printed_serials (lot, first_serial, last_serial, width, printed_at) VALUES (?, ?, ?, ?, ?)',
      [lot, from, to, width, new Date().toISOString()],
    );
  });
}

/** A range of unit serials printed for a lot, and when (ISO 8601, UTC). */
export interface PrintedRange extends PrintedSerials {
  printedAt: string;
}

/**
 * The unit serial ranges printed for a lot, newest first, and the serial after the highest one
 * printed (1 when none was): where the next sheet of labels starts.
 * @throws TraceStoreError `store.unknown_code` for an unknown lot.
 */
export function printedSerials(
  database: StoreDatabase,
  lot: string,
): Promise<{ ranges: PrintedRange[]; nextSerial: number }> {
  return database.serialised(async () => {
    await levelOf(database, database.manager, lot, undefined);
    const ranges = (
      await query(
        database,
        database.manager,
        'SELECT first_serial, last_serial, width, printed_at FROM printed_serials WHERE lot = ? ORDER BY id DESC',
        [lot],
      )
    ).map((row) => ({
      from: Number(row.first_serial),
      to: Number(row.last_serial),
      width: Number(row.width),
      printedAt: String(row.printed_at),
    }));
    const highest = Math.max(0, ...ranges.map((range) => range.to));
    return { ranges, nextSerial: highest + 1 };
  });
}

/**
 * Builds the tallies from the scan log (the migration that added them, and the benchmark): one
 * pass in (code, time) order, a page at a time. Codes that are a lot's are lot-level; any other
 * (units, and codes recorded before codes were checked) unit-level.
 */
export async function backfillScanTallies(
  run: (sql: string, parameters: unknown[]) => Promise<Record<string, unknown>[]>,
  thresholds: ScanThresholds,
  pageSize = 10_000,
): Promise<number> {
  const lots = new Set<string>();
  let tally: ScanTally | undefined;
  let written = 0;
  const flush = async () => {
    if (!tally) return;
    await run(
      'INSERT INTO scan_tallies (code, level, scans, sightings, pair) VALUES (?, ?, ?, ?, ?)',
      [
        tally.code,
        tally.level,
        tally.scans,
        JSON.stringify(tally.sightings),
        tally.pair && JSON.stringify(tally.pair),
      ],
    );
    written++;
  };
  let after: { serial: string; at: string; id: number } | undefined;
  for (;;) {
    const rows = await run(
      `SELECT id, serial, at, province FROM scans
       ${after ? 'WHERE serial > ? OR (serial = ? AND (at > ? OR (at = ? AND id > ?)))' : ''}
       ORDER BY serial, at, id LIMIT ${pageSize}`,
      after ? [after.serial, after.serial, after.at, after.at, after.id] : [],
    );
    for (const row of rows) {
      const code = String(row.serial);
      if (tally?.code !== code) {
        await flush();
        const [lot] = await run(
          "SELECT 1 AS found FROM records WHERE record_type = 'lot' AND record_id = ? LIMIT 1",
          [code],
        );
        if (lot) lots.add(code);
        tally = emptyTally(code, lots.has(code) ? 'lot' : 'unit');
      }
      tally = addScan(
        tally,
        { at: String(row.at), province: row.province as string | null },
        thresholds,
      );
    }
    if (rows.length < pageSize) break;
    const last = rows[rows.length - 1]!;
    after = { serial: String(last.serial), at: String(last.at), id: Number(last.id) };
  }
  await flush();
  return written;
}
