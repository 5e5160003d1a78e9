import {
  type EpcisEvent,
  type LotBundle,
  type MasterRecord,
  validateRecord,
} from '@nguongoc/trace-core';
import type { AppendedEvent } from '@nguongoc/trace-core/ledger';
import type { DataSource } from 'typeorm';
import { captureKeyLedger, createCaptureKey, revokeCaptureKey } from './capture-keys.js';
import {
  checkpointGrownLedgers,
  checkpointIfDue,
  latestCheckpoint,
  signCheckpoint,
} from './checkpoints.js';
import { type LedgerExport, exportLedger } from './ledger-export.js';
import { type ImportOptions, importLedger } from './ledger-import.js';
import { rotateLedgerKey } from './ledger-keys.js';
import { type PendingEntry, type WrittenEntry, writeEntries } from './ledger-writer.js';
import { createLedger, verifierKeys } from './ledgers.js';
import { readConsistencyProof, readLotBundle, readLotCheckpoint } from './lot-bundles.js';
import { prepareEvent } from './prepare-event.js';
import { type RecordVersion, getRecord, listRecords, recordVersions } from './records.js';
import { DEFAULT_SCAN_THRESHOLDS, type ScanThresholds, type ScanVerdict } from './scan-verdict.js';
import {
  type PrintedRange,
  type PrintedSerials,
  type ScanInput,
  printedSerials,
  readScanVerdict,
  recordPrintedSerials,
  recordScan,
} from './scans.js';
import { StoreDatabase } from './store-database.js';
import { type LedgerVerification, verifyLedger } from './verify-ledger.js';

/** How a store was opened. */
export interface StoreSettings {
  url: string;
  checkpointEveryEntries?: number | undefined;
  scanThresholds?: ScanThresholds | undefined;
}

/**
 * A durable NguonGoc ledger store on TypeORM: SQLite or PostgreSQL, same behaviour. Open it with
 * `openTraceStore`. This class is the store's public face; each part lives in its own file:
 * ledgers and keys (ledgers.ts), the one write path for records, events and imports
 * (ledger-writer.ts, on trace-core's ledger rules), checkpoints (checkpoints.ts), capture keys,
 * scans, lot bundles and proofs, verification, export and import.
 *
 * Every append writes its entries, events or records, Merkle nodes, lot heads and the ledger's
 * frontier in one transaction, holding the ledger row's lock (PostgreSQL) or SQLite's single
 * writer lock, so concurrent appenders never fork the log.
 */
export class TraceStore {
  readonly #database: StoreDatabase;
  readonly #masterKey: Buffer;
  readonly #onClose: () => Promise<void>;
  readonly #checkpointEveryEntries: number | undefined;
  readonly #scanThresholds: ScanThresholds;
  readonly driver: 'sqlite' | 'postgres';

  /** The database this store is connected to (for an embedded server, its loopback URL). */
  readonly url: string;

  constructor(
    dataSource: DataSource,
    masterKey: Buffer,
    settings: StoreSettings,
    onClose: () => Promise<void>,
  ) {
    this.#database = new StoreDatabase(dataSource);
    this.#masterKey = masterKey;
    this.#onClose = onClose;
    this.#checkpointEveryEntries = settings.checkpointEveryEntries;
    this.#scanThresholds = settings.scanThresholds ?? DEFAULT_SCAN_THRESHOLDS;
    this.driver = this.#database.driver;
    this.url = settings.url;
  }

  /** Creates a ledger and its Ed25519 signing key (named after the origin); returns the verifier key. */
  createLedger(origin: string): Promise<{ origin: string; verifierKey: string }> {
    return createLedger(this.#database, this.#masterKey, origin);
  }

  /**
   * The verifier keys a trace page should trust for this ledger (none for an unknown one): every
   * key it has had, oldest first, the current one last (ADR 035).
   */
  verifierKeys(origin: string): Promise<string[]> {
    return verifierKeys(this.#database, origin);
  }

  /**
   * Replaces the signing key of a ledger this store signs (ADR 035): a `key-rotation` record and
   * a checkpoint ending at it signed by the current key, then the new key, in one transaction.
   * @throws TraceStoreError `store.unknown_ledger`, `store.no_signing_key` (a mirror).
   */
  rotateKey(
    origin: string,
  ): Promise<{ previousKey: string; newKey: string; fingerprint: string; checkpoint: string }> {
    return rotateLedgerKey(this.#database, this.#masterKey, origin);
  }

  /**
   * Appends a master-data record (a new version when its ID exists) and returns its leaf index.
   * @throws TraceFormatError for a malformed record; TraceStoreError for an unknown ledger or a
   *   mirror (`store.no_signing_key`).
   */
  async addRecord(origin: string, record: MasterRecord): Promise<number> {
    const [written] = await this.#write(origin, [
      { kind: 'record', record: validateRecord(record) },
    ]);
    return written!.leafIndex;
  }

  /**
   * Appends an EPCIS event to a lot's chain. Idempotent: an event whose CBV hash ID the ledger
   * holds returns its first position and writes nothing.
   * @throws TraceFormatError for a malformed or oversize event; TraceStoreError for an unknown
   *   ledger or lot, or an event already recorded for another lot.
   */
  async appendEvent(origin: string, event: EpcisEvent, lot: string): Promise<AppendedEvent> {
    const [appended] = await this.appendEvents(origin, [{ event, lot }]);
    return appended!;
  }

  /**
   * Appends many events in one transaction: one durable commit for the batch (group commit), with
   * the same per-event rules as appendEvent, in a fixed number of queries whatever the batch size.
   * All or nothing: a bad event leaves the ledger as it was.
   */
  async appendEvents(
    origin: string,
    items: readonly { event: EpcisEvent; lot: string }[],
  ): Promise<AppendedEvent[]> {
    const pending = items.map(({ event, lot }): PendingEntry => ({
      kind: 'event',
      lot,
      ...prepareEvent(event),
    }));
    const appended = (await this.#write(origin, pending)).map((entry): AppendedEvent => {
      const { eventId, leafIndex, previous, duplicate } = entry as AppendedEvent;
      return { eventId, leafIndex, previous, duplicate };
    });
    const written = appended.filter((a) => !a.duplicate);
    if (written.length > 0) {
      await checkpointIfDue(
        this.#database,
        this.#masterKey,
        origin,
        Math.max(...written.map((a) => a.leafIndex)) + 1,
        this.#checkpointEveryEntries,
      );
    }
    return appended;
  }

  /**
   * Makes a capture key for a cooperative's ledger: the key is returned once and stored hashed.
   * Give it to the phones and tools that capture for that cooperative.
   */
  createCaptureKey(origin: string, label: string): Promise<{ id: string; key: string }> {
    return createCaptureKey(this.#database, origin, label);
  }

  /** Revokes a capture key: later captures with it are refused. */
  revokeCaptureKey(id: string): Promise<void> {
    return revokeCaptureKey(this.#database, id);
  }

  /**
   * Appends an event with a capture key: into the key's own ledger only, so a key of cooperative
   * A cannot write to cooperative B's ledger, whatever lot it names.
   * @throws TraceStoreError `store.capture_key` for an unknown, malformed or revoked key.
   */
  async capture(captureKey: string, event: EpcisEvent, lot: string): Promise<AppendedEvent> {
    return this.appendEvent(await captureKeyLedger(this.#database, captureKey), event, lot);
  }

  /**
   * Records one scan of a lot's code, or (with `serial`) of one of its printed unit serials, and
   * returns the code's verdict. Unknown lots and serials never printed are refused, nothing stored.
   * @throws TraceStoreError `store.unknown_code`, or `store.scan` for a malformed scan.
   */
  recordScan(code: string, scan: ScanInput): Promise<ScanVerdict> {
    return recordScan(this.#database, code, scan, this.#scanThresholds);
  }

  /** Whether a lot's code (or one of its unit serials) looks copied, with reasons in both languages. */
  scanVerdict(code: string, serial?: string): Promise<ScanVerdict> {
    return readScanVerdict(this.#database, code, serial, this.#scanThresholds);
  }

  /** Records that a lot's unit serials `from`..`to` were printed: their scans are then accepted. */
  recordPrintedSerials(lot: string, range: PrintedSerials): Promise<void> {
    return recordPrintedSerials(this.#database, lot, range);
  }

  /**
   * The unit serial ranges printed for a lot, newest first, and the serial after the highest one
   * printed (1 when none was): where the next labels start.
   * @throws TraceStoreError `store.unknown_code` for an unknown lot.
   */
  printedSerials(lot: string): Promise<{ ranges: PrintedRange[]; nextSerial: number }> {
    return printedSerials(this.#database, lot);
  }

  /** Signs a checkpoint of the whole ledger now and stores it; returns the signed note. */
  signCheckpoint(origin: string): Promise<string> {
    return signCheckpoint(this.#database, this.#masterKey, origin);
  }

  /** Signs a checkpoint of every ledger that has entries after its newest checkpoint. */
  checkpointGrownLedgers(): Promise<string[]> {
    return checkpointGrownLedgers(this.#database, this.#masterKey);
  }

  /** The newest signed checkpoint of a ledger, if any. */
  latestCheckpoint(origin: string): Promise<string | undefined> {
    return latestCheckpoint(this.#database, origin);
  }

  /**
   * The lot bundle of `lot` against its ledger's newest checkpoint: exactly what trace-core's
   * `verifyLotBundle` checks. Events after that checkpoint wait for the next one.
   * @throws TraceStoreError for an unknown lot or a ledger without a checkpoint.
   */
  getLotBundle(lot: string): Promise<LotBundle> {
    return this.#database.serialised(() => readLotBundle(this.#database.reader, lot));
  }

  /**
   * The checkpoint that `getLotBundle(lot)` is proven against (the newest of the lot's ledger),
   * in one indexed lookup: a bundle changes only when it does.
   * @throws TraceStoreError for an unknown lot or a ledger without a checkpoint.
   */
  getLotCheckpoint(lot: string): Promise<{ origin: string; size: number; note: string }> {
    return this.#database.serialised(() => readLotCheckpoint(this.#database.reader, lot));
  }

  /** RFC 9162 consistency proof (base64) from the tree of `size1` leaves to that of `size2`. */
  getConsistencyProof(origin: string, size1: number, size2: number): Promise<string[]> {
    return this.#database.serialised(() =>
      readConsistencyProof(this.#database.reader, origin, size1, size2),
    );
  }

  /** Recomputes every entry, event ID, lot link, Merkle node and checkpoint of a ledger. */
  verifyLedger(origin: string): Promise<LedgerVerification> {
    return verifyLedger(this.#database, origin);
  }

  /** The whole ledger as JSON, to carry to another store (see ledger-export.ts). */
  exportLedger(origin: string): Promise<LedgerExport> {
    return exportLedger(this.#database, origin);
  }

  /**
   * Imports an exported ledger: recomputes every hash and proof, checks every checkpoint against
   * the keys this store pinned for the ledger (ADR 035), and appends what the store lacks, all in
   * one transaction. A ledger the store does not hold needs `options.trustKey`, the fingerprint of
   * its first key as the cooperative reads it out. A ledger the store already holds must be a
   * prefix of the export; a fork is refused naming the first differing entry, and nothing in the
   * store changes.
   * @throws TraceStoreError `store.import_refused`, `store.import_untrusted_key`,
   *   `store.import_unpinned_key` (naming the key) or `store.import_fork`.
   */
  importLedger(
    data: LedgerExport,
    options: ImportOptions = {},
  ): Promise<{ origin: string; imported: number; kept: number }> {
    return importLedger(this.#database, data, options);
  }

  /** The newest version of a master-data record, if the store has it. */
  getRecord<T extends MasterRecord['type']>(
    type: T,
    id: string,
  ): Promise<Extract<MasterRecord, { type: T }> | undefined> {
    return getRecord(this.#database, type, id);
  }

  /** The newest version of every record of one type in a ledger, in the order they were added. */
  listRecords<T extends MasterRecord['type']>(
    origin: string,
    type: T,
  ): Promise<Extract<MasterRecord, { type: T }>[]> {
    return listRecords(this.#database, origin, type);
  }

  /**
   * Every version of a master-data record, newest first, each with its ledger position and when
   * the first checkpoint covering it was signed: a place's history.
   */
  recordVersions<T extends MasterRecord['type']>(
    type: T,
    id: string,
  ): Promise<RecordVersion<Extract<MasterRecord, { type: T }>>[]> {
    return recordVersions(this.#database, type, id);
  }

  /** Raw SQL access for tests and tools (tamper tests use it to change stored bytes). */
  get dataSource(): DataSource {
    return this.#database.dataSource;
  }

  async close(): Promise<void> {
    await this.#onClose();
  }

  #write(origin: string, entries: readonly PendingEntry[]): Promise<WrittenEntry[]> {
    return this.#database.transaction((manager) =>
      writeEntries(manager, this.#database.driver, origin, entries),
    );
  }
}
