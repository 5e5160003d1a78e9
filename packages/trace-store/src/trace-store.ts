import {
  type AppendedEvent,
  type EpcisEvent,
  type HashedSubtree,
  type LotBundle,
  type MasterRecord,
  NGUONGOC_CONTEXT,
  TraceFormatError,
  appendToFrontier,
  canonicalize,
  epcisEventHash,
  foldSubtrees,
  generateNoteKeys,
  ledgerEntryText,
  signCheckpoint,
  validateRecord,
} from '@nguongoc/trace-core';
import { bytes, hex, leafHashHex } from './_hex.js';
import { type DataSource, type EntityManager } from 'typeorm';
import { newCaptureKey, parseCaptureKey, secretMatches } from './capture-keys.js';
import {
  CaptureKey,
  Checkpoint,
  Entry,
  Event,
  Ledger,
  LotHead,
  Node,
  Record,
  Scan,
  SigningKey,
} from './entities.js';
import {
  DEFAULT_SCAN_THRESHOLDS,
  type ScanThresholds,
  type ScanVerdict,
  scanVerdict,
} from './scan-verdict.js';
import type { CheckpointRow, EntryRow, EventRow, LedgerRow, NodeRow } from './entities.js';
import { TraceStoreError } from './errors.js';
import { LEDGER_EXPORT_FORMAT, type LedgerExport, prepareImport } from './ledger-transfer.js';
import { readDatabase } from './read-database.js';
import { decryptSignerKey, encryptSignerKey } from './signing-keys.js';
import { verifyStoredLedger, type LedgerVerification } from './verify-ledger.js';
import {
  type ReadDatabase,
  eventPlace,
  readConsistencyProof,
  readLotBundle,
  readLotCheckpoint,
} from './lot-bundles.js';

/** How a store was opened. */
export interface StoreSettings {
  url: string;
  checkpointEveryEntries?: number | undefined;
  scanThresholds?: ScanThresholds | undefined;
}

/** Largest event the store accepts, as canonical JSON: a real event is 0.5–2 KB. */
export const MAX_EVENT_BYTES = 64 * 1024;

/**
 * A durable NguonGoc ledger store on TypeORM: SQLite or PostgreSQL, same behaviour. Open it with
 * `openTraceStore`. Every append writes its entry, event or record, Merkle nodes, lot head and
 * ledger frontier in one transaction, holding the ledger row's lock (PostgreSQL) or SQLite's
 * single writer lock, so concurrent appenders never fork the log.
 */
export class TraceStore {
  readonly #dataSource: DataSource;
  readonly #masterKey: Buffer;
  readonly #onClose: () => Promise<void>;
  /** SQLite has one connection: its work is queued so that two calls never share a transaction. */
  #queue: Promise<unknown> = Promise.resolve();
  readonly driver: 'sqlite' | 'postgres';

  /** The database this store is connected to (for an embedded server, its loopback URL). */
  readonly url: string;

  readonly #checkpointEveryEntries: number | undefined;
  readonly #scanThresholds: ScanThresholds;
  readonly #reader: ReadDatabase;

  constructor(
    dataSource: DataSource,
    masterKey: Buffer,
    settings: StoreSettings,
    onClose: () => Promise<void>,
  ) {
    this.url = settings.url;
    this.#checkpointEveryEntries = settings.checkpointEveryEntries;
    this.#scanThresholds = settings.scanThresholds ?? DEFAULT_SCAN_THRESHOLDS;
    this.#dataSource = dataSource;
    this.#masterKey = masterKey;
    this.#onClose = onClose;
    this.driver = dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    this.#reader = readDatabase(dataSource, this.driver);
  }

  /** Creates a ledger and its Ed25519 signing key (named after the origin); returns the verifier key. */
  async createLedger(origin: string): Promise<{ origin: string; verifierKey: string }> {
    const { signerKey, verifierKey } = generateNoteKeys(origin);
    const createdAt = new Date().toISOString();
    await this.#transaction(async (manager) => {
      if (await manager.findOneBy(Ledger, { origin })) {
        throw new TraceStoreError(
          'store.ledger_exists',
          `ledger ${origin} already exists`,
          `sổ cái ${origin} đã tồn tại`,
        );
      }
      await manager.insert(Ledger, { origin, size: 0, frontier: '[]', createdAt });
      const encryptedSignerKey = encryptSignerKey(this.#masterKey, origin, signerKey);
      await manager.insert(SigningKey, {
        ledger: origin,
        name: origin,
        verifierKey,
        encryptedSignerKey,
        createdAt,
      });
    });
    return { origin, verifierKey };
  }

  /** The verifier keys a trace page should trust for this ledger. */
  verifierKeys(origin: string): Promise<string[]> {
    return this.#serialised(async () => {
      const rows = await this.#dataSource.getRepository(SigningKey).findBy({ ledger: origin });
      return rows.map((row) => row.verifierKey);
    });
  }

  /** Appends a master-data record (a new version when its ID exists) and returns its leaf index. */
  async addRecord(origin: string, record: MasterRecord): Promise<number> {
    const valid = validateRecord(record);
    const entry = ledgerEntryText({ type: 'record', record: valid });
    return this.#transaction(async (manager) => {
      await this.#checkWritable(manager, origin);
      const leafIndex = await this.#appendEntry(manager, origin, 'record', entry);
      await manager.insert(Record, {
        ledger: origin,
        leafIndex,
        recordType: valid.type,
        recordId: valid.id,
        record: canonicalize(valid),
      });
      return leafIndex;
    });
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
    const prepared = items.map(({ event, lot }) => ({ lot, ...prepareEvent(event) }));
    const appended = await this.#transaction((manager) =>
      this.#appendBatch(manager, origin, prepared),
    );
    const written = appended.filter((a) => !a.duplicate);
    if (written.length > 0) {
      await this.#checkpointIfDue(origin, Math.max(...written.map((a) => a.leafIndex)) + 1);
    }
    return appended;
  }

  async #appendBatch(
    manager: EntityManager,
    origin: string,
    items: readonly { eventId: string; eventText: string; place: string | null; lot: string }[],
  ): Promise<AppendedEvent[]> {
    // The lock comes before the duplicate check: a racing twin waits here, then sees the event.
    const ledger = await this.#lockLedger(manager, origin);
    await this.#checkWritable(manager, origin);
    const ids = [...new Set(items.map((item) => item.eventId))];
    const lots = [...new Set(items.map((item) => item.lot))];
    const known = new Map<string, { lot: string; leafIndex: number; previous: string | null }>();
    for (const chunk of chunks(ids)) {
      const rows = await manager
        .createQueryBuilder(Event, 'e')
        .select(['e.eventId', 'e.lot', 'e.leafIndex', 'e.previous'])
        .where('e.ledger = :origin AND e.eventId IN (:...chunk)', { origin, chunk })
        .getMany();
      for (const row of rows) known.set(row.eventId, row);
    }
    const lotRecords = new Set<string>();
    const heads = new Map<string, { head: string | null; eventCount: number }>();
    for (const chunk of chunks(lots)) {
      const records = await manager
        .createQueryBuilder(Record, 'r')
        .select(['r.recordId'])
        .where("r.ledger = :origin AND r.recordType = 'lot' AND r.recordId IN (:...chunk)", {
          origin,
          chunk,
        })
        .getMany();
      for (const row of records) lotRecords.add(row.recordId);
      for (const row of await manager
        .createQueryBuilder(LotHead, 'h')
        .where('h.ledger = :origin AND h.lot IN (:...chunk)', { origin, chunk })
        .getMany()) {
        heads.set(row.lot, { head: row.head, eventCount: row.eventCount });
      }
    }
    let frontier = parseFrontier(ledger.frontier);
    let size = ledger.size;
    const entries: EntryRow[] = [];
    const nodes: NodeRow[] = [];
    const events: EventRow[] = [];
    const results = items.map(({ eventId, eventText, place, lot }): AppendedEvent => {
      const existing = known.get(eventId);
      if (existing) {
        if (existing.lot !== lot) {
          throw new TraceStoreError(
            'store.event_lot',
            `event ${eventId} is already recorded for lot ${existing.lot}`,
            `sự kiện ${eventId} đã được ghi cho lô ${existing.lot}`,
          );
        }
        return {
          eventId,
          leafIndex: existing.leafIndex,
          previous: existing.previous,
          duplicate: true,
        };
      }
      if (!lotRecords.has(lot)) {
        throw new TraceStoreError(
          'store.unknown_lot',
          `lot ${lot} is not in ledger ${origin}`,
          `lô ${lot} chưa có trong sổ cái ${origin}`,
        );
      }
      const head = heads.get(lot);
      const previous = head?.head ?? null;
      const entry = ledgerEntryText({ type: 'event', eventId, lot, previous });
      const leafHash = leafHashHex(entry);
      const step = appendToFrontier(frontier, bytes(leafHash));
      frontier = step.frontier;
      const leafIndex = size++;
      entries.push({ ledger: origin, leafIndex, kind: 'event', entry, leafHash });
      for (const node of step.completed)
        nodes.push({
          ledger: origin,
          level: node.level,
          nodeIndex: node.index,
          hash: hex(node.hash),
        });
      events.push({ ledger: origin, eventId, leafIndex, lot, previous, event: eventText, place });
      heads.set(lot, { head: eventId, eventCount: (head?.eventCount ?? 0) + 1 });
      known.set(eventId, { lot, leafIndex, previous });
      return { eventId, leafIndex, previous, duplicate: false };
    });
    if (events.length === 0) return results;
    for (const chunk of chunks(entries)) await manager.insert(Entry, chunk);
    for (const chunk of chunks(nodes)) await manager.insert(Node, chunk);
    for (const chunk of chunks(events)) await manager.insert(Event, chunk);
    const touched = [...new Set(events.map((event) => event.lot))];
    await manager.upsert(
      LotHead,
      touched.map((lot) => ({ ledger: origin, lot, ...heads.get(lot)! })),
      ['ledger', 'lot'],
    );
    await manager.update(Ledger, { origin }, { size, frontier: formatFrontier(frontier) });
    return results;
  }

  /** Signs a checkpoint of every ledger that has entries after its newest checkpoint. */
  async checkpointGrownLedgers(): Promise<string[]> {
    const ledgers = await this.#serialised(() => this.#dataSource.manager.find(Ledger));
    const signed: string[] = [];
    for (const ledger of ledgers) {
      const latest = await this.#serialised(() =>
        this.#latestCheckpoint(this.#dataSource.manager, ledger.origin),
      );
      if (ledger.size > (latest?.size ?? 0)) signed.push(await this.signCheckpoint(ledger.origin));
    }
    return signed;
  }

  async #checkpointIfDue(origin: string, size: number): Promise<void> {
    if (this.#checkpointEveryEntries === undefined) return;
    const latest = await this.#serialised(() =>
      this.#latestCheckpoint(this.#dataSource.manager, origin),
    );
    if (size - (latest?.size ?? 0) >= this.#checkpointEveryEntries)
      await this.signCheckpoint(origin);
  }

  /**
   * Makes a capture key for a cooperative's ledger: the key is returned once and stored hashed.
   * Give it to the phones and tools that capture for that cooperative.
   */
  async createCaptureKey(origin: string, label: string): Promise<{ id: string; key: string }> {
    const { id, key, secretHash } = newCaptureKey();
    await this.#transaction(async (manager) => {
      if (!(await manager.findOneBy(Ledger, { origin }))) throw unknownLedger(origin);
      await manager.insert(CaptureKey, {
        id,
        ledger: origin,
        label: label.slice(0, 200),
        secretHash,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      });
    });
    return { id, key };
  }

  /** Revokes a capture key: later captures with it are refused. */
  async revokeCaptureKey(id: string): Promise<void> {
    await this.#transaction((manager) =>
      manager.update(CaptureKey, { id }, { revokedAt: new Date().toISOString() }),
    );
  }

  /**
   * Appends an event with a capture key: into the key's own ledger only, so a key of cooperative
   * A cannot write to cooperative B's ledger, whatever lot it names.
   * @throws TraceStoreError `store.capture_key` for an unknown, malformed or revoked key.
   */
  async capture(captureKey: string, event: EpcisEvent, lot: string): Promise<AppendedEvent> {
    const parsed = parseCaptureKey(captureKey);
    const row =
      parsed &&
      (await this.#serialised(() =>
        this.#dataSource.manager.findOneBy(CaptureKey, { id: parsed.id }),
      ));
    if (
      !parsed ||
      !row ||
      row.revokedAt !== null ||
      !secretMatches(parsed.secret, row.secretHash)
    ) {
      throw new TraceStoreError(
        'store.capture_key',
        'the capture key is unknown or revoked',
        'khoá ghi nhận không hợp lệ hoặc đã bị thu hồi',
      );
    }
    return this.appendEvent(row.ledger, event, lot);
  }

  /** Records one scan of a trace code (a lot short code or a unit serial). */
  async recordScan(
    serial: string,
    scan: { at: Date | string; province?: string; userAgentHash?: string },
  ): Promise<void> {
    const at = new Date(scan.at);
    if (
      typeof serial !== 'string' ||
      serial === '' ||
      serial.length > 200 ||
      Number.isNaN(at.getTime())
    ) {
      throw new TraceStoreError(
        'store.scan',
        'a scan needs a code of 1 to 200 characters and a valid time',
        'lượt quét cần mã dài 1-200 ký tự và thời điểm hợp lệ',
      );
    }
    await this.#transaction((manager) =>
      manager.insert(Scan, {
        serial,
        at: at.toISOString(),
        province: scan.province ?? null,
        userAgentHash: scan.userAgentHash ?? null,
      }),
    );
  }

  /** Whether a code's scans look like a copied label, with reasons in Vietnamese and English. */
  scanVerdict(serial: string): Promise<ScanVerdict> {
    return this.#serialised(async () => {
      const scans = await this.#dataSource.manager.find(Scan, {
        where: { serial },
        order: { at: 'ASC' },
      });
      return scanVerdict(serial, scans, this.#scanThresholds);
    });
  }

  /** Signs a checkpoint of the whole ledger now and stores it; returns the signed note. */
  async signCheckpoint(origin: string): Promise<string> {
    return this.#transaction(async (manager) => {
      const ledger = await this.#lockLedger(manager, origin);
      const existing = await manager.findOneBy(Checkpoint, { ledger: origin, size: ledger.size });
      if (existing) return existing.note;
      const key = await manager.findOneByOrFail(SigningKey, { ledger: origin });
      if (key.encryptedSignerKey === '') {
        throw new TraceStoreError(
          'store.no_signing_key',
          `ledger ${origin} is signed by its owner; this store holds only its verifier key`,
          `sổ cái ${origin} do chủ sở hữu ký; kho này chỉ giữ khoá xác minh`,
        );
      }
      const root = foldSubtrees(parseFrontier(ledger.frontier).map((node) => node.hash));
      const note = signCheckpoint(
        { origin, size: ledger.size, root },
        decryptSignerKey(this.#masterKey, origin, key.encryptedSignerKey),
      );
      await manager.insert(Checkpoint, {
        ledger: origin,
        size: ledger.size,
        note,
        createdAt: new Date().toISOString(),
      });
      return note;
    });
  }

  /** The newest signed checkpoint of a ledger, if any. */
  latestCheckpoint(origin: string): Promise<string | undefined> {
    return this.#serialised(async () => {
      const row = await this.#latestCheckpoint(this.#dataSource.manager, origin);
      return row?.note;
    });
  }

  /**
   * The lot bundle of `lot` against its ledger's newest checkpoint: exactly what trace-core's
   * `verifyLotBundle` checks. Events after that checkpoint wait for the next one.
   * @throws TraceStoreError for an unknown lot or a ledger without a checkpoint.
   */
  getLotBundle(lot: string): Promise<LotBundle> {
    return this.#serialised(() => readLotBundle(this.#reader, lot));
  }

  /**
   * The checkpoint that `getLotBundle(lot)` is proven against (the newest of the lot's ledger),
   * in one indexed lookup: a bundle changes only when it does.
   * @throws TraceStoreError for an unknown lot or a ledger without a checkpoint.
   */
  getLotCheckpoint(lot: string): Promise<{ origin: string; size: number; note: string }> {
    return this.#serialised(() => readLotCheckpoint(this.#reader, lot));
  }

  /** RFC 9162 consistency proof (base64) from the tree of `size1` leaves to that of `size2`. */
  getConsistencyProof(origin: string, size1: number, size2: number): Promise<string[]> {
    return this.#serialised(async () => {
      const ledger = await this.#dataSource.manager.findOneBy(Ledger, { origin });
      if (!ledger) throw unknownLedger(origin);
      if (size2 > ledger.size) {
        throw new TraceStoreError(
          'store.size',
          `size2 ${size2} is beyond the ledger's ${ledger.size} entries`,
          `size2 ${size2} vượt quá ${ledger.size} mục của sổ cái`,
        );
      }
      return readConsistencyProof(this.#reader, origin, size1, size2);
    });
  }

  /** Recomputes every entry, event ID, lot link, Merkle node and checkpoint of a ledger. */
  verifyLedger(origin: string): Promise<LedgerVerification> {
    return this.#serialised(async () => {
      const manager = this.#dataSource.manager;
      const ledger = await manager.findOneBy(Ledger, { origin });
      if (!ledger) throw unknownLedger(origin);
      return verifyStoredLedger({
        ledger,
        entries: await manager.find(Entry, {
          where: { ledger: origin },
          order: { leafIndex: 'ASC' },
        }),
        events: await manager.findBy(Event, { ledger: origin }),
        records: await manager.findBy(Record, { ledger: origin }),
        nodes: await manager.findBy(Node, { ledger: origin }),
        checkpoints: await manager.find(Checkpoint, {
          where: { ledger: origin },
          order: { size: 'ASC' },
        }),
        verifierKeys: (await manager.findBy(SigningKey, { ledger: origin })).map(
          (row) => row.verifierKey,
        ),
      });
    });
  }

  /** The whole ledger as JSON, to carry to another store (see ledger-transfer.ts). */
  exportLedger(origin: string): Promise<LedgerExport> {
    return this.#serialised(async () => {
      const manager = this.#dataSource.manager;
      if (!(await manager.findOneBy(Ledger, { origin }))) throw unknownLedger(origin);
      const entries = await manager.find(Entry, {
        where: { ledger: origin },
        order: { leafIndex: 'ASC' },
      });
      const events = new Map(
        (await manager.findBy(Event, { ledger: origin })).map((row) => [row.leafIndex, row]),
      );
      const records = new Map(
        (await manager.findBy(Record, { ledger: origin })).map((row) => [row.leafIndex, row]),
      );
      const checkpoints = await manager.find(Checkpoint, {
        where: { ledger: origin },
        order: { size: 'ASC' },
      });
      const keys = await manager.findBy(SigningKey, { ledger: origin });
      return {
        format: LEDGER_EXPORT_FORMAT,
        origin,
        verifierKeys: keys.map((key) => key.verifierKey),
        entries: entries.map((entry) => {
          const event = events.get(entry.leafIndex);
          if (entry.kind === 'event' && event) {
            return {
              kind: 'event' as const,
              eventId: event.eventId,
              event: JSON.parse(event.event) as EpcisEvent,
              lot: event.lot,
            };
          }
          return {
            kind: 'record' as const,
            record: JSON.parse(records.get(entry.leafIndex)?.record ?? 'null') as MasterRecord,
          };
        }),
        checkpoints: checkpoints.map((row) => row.note),
      };
    });
  }

  /**
   * Imports an exported ledger: recomputes every hash and proof, checks every checkpoint against
   * the ledger's key, and appends what the store lacks, all in one transaction. A ledger the store
   * already holds must be a prefix of the export; a fork is refused naming the first differing
   * entry, and nothing in the store changes.
   * @throws TraceStoreError `store.import_refused` or `store.import_fork`.
   */
  async importLedger(
    data: LedgerExport,
  ): Promise<{ origin: string; imported: number; kept: number }> {
    const { entries, checkpoints } = prepareImport(data);
    const origin = data.origin;
    return this.#transaction(async (manager) => {
      if (!(await manager.findOneBy(Ledger, { origin }))) {
        const createdAt = new Date().toISOString();
        await manager.insert(Ledger, { origin, size: 0, frontier: '[]', createdAt });
        // The cooperative keeps its signing key: the hub holds only the verifier key.
        await manager.insert(SigningKey, {
          ledger: origin,
          name: origin,
          verifierKey: data.verifierKeys[0]!,
          encryptedSignerKey: '',
          createdAt,
        });
      } else {
        const known = (await manager.findBy(SigningKey, { ledger: origin })).map(
          (key) => key.verifierKey,
        );
        if (!known.every((key) => data.verifierKeys.includes(key))) {
          throw new TraceStoreError(
            'store.import_refused',
            `the export of ${origin} is signed with another key than the ledger in this store`,
            `tệp xuất của ${origin} được ký bằng khoá khác với sổ cái trong kho này`,
          );
        }
      }
      const existing = await manager.find(Entry, {
        where: { ledger: origin },
        order: { leafIndex: 'ASC' },
      });
      existing.forEach((row, i) => {
        const incoming = entries[i];
        if (incoming?.leafHash !== row.leafHash) {
          const what = incoming?.kind === 'event' ? ` (event ${incoming.eventId})` : '';
          throw new TraceStoreError(
            'store.import_fork',
            `the export forks from this store's ledger ${origin} at entry ${i}${what}: history may only be appended to`,
            `tệp xuất rẽ nhánh khỏi sổ cái ${origin} trong kho tại mục ${i}${what}: lịch sử chỉ được ghi thêm`,
          );
        }
      });
      for (const entry of entries.slice(existing.length)) {
        const leafIndex = await this.#appendEntry(manager, origin, entry.kind, entry.text);
        if (entry.kind === 'record') {
          await manager.insert(Record, {
            ledger: origin,
            leafIndex,
            recordType: entry.record.type,
            recordId: entry.record.id,
            record: canonicalize(entry.record),
          });
        } else {
          await manager.insert(Event, {
            ledger: origin,
            eventId: entry.eventId,
            leafIndex,
            lot: entry.lot,
            previous: entry.previous,
            event: entry.eventText,
            place: entry.place,
          });
          const head = await manager.findOneBy(LotHead, { ledger: origin, lot: entry.lot });
          await manager.upsert(
            LotHead,
            {
              lot: entry.lot,
              ledger: origin,
              head: entry.eventId,
              eventCount: (head?.eventCount ?? 0) + 1,
            },
            ['ledger', 'lot'],
          );
        }
      }
      for (const { size, note } of checkpoints) {
        if (!(await manager.findOneBy(Checkpoint, { ledger: origin, size }))) {
          await manager.insert(Checkpoint, {
            ledger: origin,
            size,
            note,
            createdAt: new Date().toISOString(),
          });
        }
      }
      return { origin, imported: entries.length - existing.length, kept: existing.length };
    });
  }

  /** The newest version of a master-data record, if the store has it. */
  getRecord<T extends MasterRecord['type']>(
    type: T,
    id: string,
  ): Promise<Extract<MasterRecord, { type: T }> | undefined> {
    return this.#serialised(async () => {
      const row = await this.#dataSource.manager.findOne(Record, {
        where: { recordType: type, recordId: id },
        order: { leafIndex: 'DESC' },
      });
      return row ? (JSON.parse(row.record) as Extract<MasterRecord, { type: T }>) : undefined;
    });
  }

  /** The newest version of every record of one type in a ledger, in the order they were added. */
  listRecords<T extends MasterRecord['type']>(
    origin: string,
    type: T,
  ): Promise<Extract<MasterRecord, { type: T }>[]> {
    return this.#serialised(async () => {
      const rows = await this.#reader.select<{ record: string }>(
        `SELECT r.record FROM records r WHERE r.ledger = ? AND r.record_type = ?
         AND r.leaf_index = (SELECT max(v.leaf_index) FROM records v
           WHERE v.record_type = r.record_type AND v.record_id = r.record_id AND v.ledger = r.ledger)
         ORDER BY r.leaf_index`,
        [origin, type],
      );
      return rows.map((row) => JSON.parse(row.record) as Extract<MasterRecord, { type: T }>);
    });
  }

  /** Raw SQL access for tests and tools (tamper tests use it to change stored bytes). */
  get dataSource(): DataSource {
    return this.#dataSource;
  }

  async close(): Promise<void> {
    await this.#onClose();
  }

  #serialised<T>(work: () => Promise<T>): Promise<T> {
    if (this.driver === 'postgres') return work();
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.driver === 'postgres') return this.#dataSource.transaction(work);
    // SQLite: BEGIN IMMEDIATE takes the write lock up front, so that another process writing the
    // same file makes this one wait (busy_timeout) instead of failing to upgrade a read lock.
    return this.#serialised(async () => {
      const runner = this.#dataSource.createQueryRunner();
      await runner.connect();
      await runner.query('BEGIN IMMEDIATE');
      try {
        const result = await work(runner.manager);
        await runner.query('COMMIT');
        return result;
      } catch (error) {
        await runner.query('ROLLBACK');
        throw error;
      } finally {
        await runner.release();
      }
    });
  }

  async #lockLedger(manager: EntityManager, origin: string): Promise<LedgerRow> {
    const query = manager.createQueryBuilder(Ledger, 'l').where('l.origin = :origin', { origin });
    // PostgreSQL: a row lock serialises appenders; SQLite has one writer at a time anyway.
    if (this.driver === 'postgres') query.setLock('pessimistic_write');
    const ledger = await query.getOne();
    if (!ledger) throw unknownLedger(origin);
    return ledger;
  }

  /** Refuses direct writes to a ledger whose owner keeps its signing key (an imported mirror). */
  async #checkWritable(manager: EntityManager, origin: string): Promise<void> {
    const key = await manager.findOneBy(SigningKey, { ledger: origin });
    if (key?.encryptedSignerKey === '') {
      throw new TraceStoreError(
        'store.no_signing_key',
        `ledger ${origin} is kept by its owner: capture there and import, this store only mirrors it`,
        `sổ cái ${origin} do chủ sở hữu giữ: hãy ghi nhận ở đó rồi nhập vào, kho này chỉ lưu bản sao`,
      );
    }
  }

  /** Writes one leaf: entry row, completed Merkle nodes, new size and frontier. */
  async #appendEntry(
    manager: EntityManager,
    origin: string,
    kind: 'event' | 'record',
    entry: string,
  ): Promise<number> {
    const ledger = await this.#lockLedger(manager, origin);
    const leafHash = leafHashHex(entry);
    const { frontier, completed } = appendToFrontier(
      parseFrontier(ledger.frontier),
      bytes(leafHash),
    );
    const leafIndex = ledger.size;
    await manager.insert(Entry, { ledger: origin, leafIndex, kind, entry, leafHash });
    await manager.insert(
      Node,
      completed.map((node) => ({
        ledger: origin,
        level: node.level,
        nodeIndex: node.index,
        hash: hex(node.hash),
      })),
    );
    await manager.update(
      Ledger,
      { origin },
      { size: leafIndex + 1, frontier: formatFrontier(frontier) },
    );
    return leafIndex;
  }

  #latestCheckpoint(manager: EntityManager, origin: string): Promise<CheckpointRow | null> {
    return manager.findOne(Checkpoint, { where: { ledger: origin }, order: { size: 'DESC' } });
  }
}

/** Splits rows for multi-row statements: well under SQLite's and PostgreSQL's parameter limits. */
function chunks<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The CBV hash ID and canonical JSON of an event, within the size limit. */
function prepareEvent(event: EpcisEvent): {
  eventId: string;
  eventText: string;
  place: string | null;
} {
  const eventId = epcisEventHash(event, NGUONGOC_CONTEXT);
  const eventText = canonicalize(event);
  const size = Buffer.byteLength(eventText);
  if (size > MAX_EVENT_BYTES) {
    throw new TraceFormatError(
      'store.event_size',
      'event',
      `is ${size} bytes; the limit is ${MAX_EVENT_BYTES}`,
      `dài ${size} byte; giới hạn là ${MAX_EVENT_BYTES}`,
    );
  }
  return { eventId, eventText, place: eventPlace(event) };
}

function unknownLedger(origin: string): TraceStoreError {
  return new TraceStoreError(
    'store.unknown_ledger',
    `ledger ${origin} does not exist`,
    `sổ cái ${origin} không tồn tại`,
  );
}

function parseFrontier(text: string): HashedSubtree[] {
  return (JSON.parse(text) as [number, number, string][]).map(([level, index, hash]) => ({
    level,
    index,
    hash: bytes(hash),
  }));
}

function formatFrontier(frontier: readonly HashedSubtree[]): string {
  return JSON.stringify(frontier.map(({ level, index, hash }) => [level, index, hex(hash)]));
}
