import {
  type KeyRotation,
  NGUONGOC_CONTEXT,
  canonicalize,
  epcisEventHash,
  verifyCheckpoint,
} from '@nguongoc/trace-core';
import { LedgerState, ledgerEntryText } from '@nguongoc/trace-core/ledger';
import {
  type HashedSubtree,
  MerkleLog,
  appendToFrontier,
  leafHashUtf8,
} from '@nguongoc/trace-core/merkle';
import type { Message } from '@nguongoc/vn-locale';
import { hex } from './_hex.js';
import {
  Checkpoint,
  type CheckpointRow,
  Entry,
  type EntryRow,
  Event,
  type EventRow,
  Ledger,
  type LedgerRow,
  Node,
  type NodeRow,
  Record as RecordEntity,
  type RecordRow,
} from './entities.js';
import { unknownLedger } from './errors.js';
import { formatFrontier } from './frontier.js';
import { keyAt, pinnedKeys } from './ledger-keys.js';
import type { StoreDatabase } from './store-database.js';

/** What a ledger check found wrong: the check, the row it is about, and why, in both languages. */
export interface LedgerFailure {
  check: 'entry' | 'event' | 'record' | 'lot-chain' | 'node' | 'frontier' | 'checkpoint';
  /** `leaf 17`, `node 3/5`, `checkpoint 40`, an event ID… */
  subject: string;
  reason: Message;
}

export interface LedgerVerification {
  ok: boolean;
  origin: string;
  size: number;
  failures: LedgerFailure[];
}

interface StoredLedger {
  ledger: LedgerRow;
  entries: EntryRow[];
  events: EventRow[];
  records: RecordRow[];
  nodes: NodeRow[];
  checkpoints: CheckpointRow[];
  /** The keys the ledger has had, oldest first (ledger-keys.ts `pinnedKeys`). */
  verifierKeys: string[];
}

/**
 * Recomputes a stored ledger from its rows and compares: every entry's leaf hash, every event's
 * CBV hash ID and its entry (lot, previous link), every record's entry, every stored Merkle node,
 * the ledger's size and frontier, and every checkpoint's root and signature. A direct SQL change
 * to any of them is reported with the row it touched.
 */
export function verifyStoredLedger(stored: StoredLedger): LedgerVerification {
  const { ledger } = stored;
  const failures: LedgerFailure[] = [];
  const fail = (check: LedgerFailure['check'], subject: string, reason: Message) =>
    failures.push({ check, subject, reason });
  const events = new Map(stored.events.map((row) => [row.leafIndex, row]));
  const records = new Map(stored.records.map((row) => [row.leafIndex, row]));
  const nodes = new Map(stored.nodes.map((row) => [`${row.level}/${row.nodeIndex}`, row.hash]));
  // The ledger's rules, replayed over what is stored: each event's lot link is what they give.
  const state = new LedgerState(ledger.origin);
  const log = new MerkleLog();
  let frontier: HashedSubtree[] = [];

  stored.entries.forEach((entry, position) => {
    const subject = `leaf ${entry.leafIndex}`;
    if (entry.leafIndex !== position) {
      fail('entry', subject, { vi: `thiếu mục ${position}`, en: `leaf ${position} is missing` });
    }
    let expected: string | undefined;
    const event = events.get(entry.leafIndex);
    const record = records.get(entry.leafIndex);
    if (entry.kind === 'event' && event) {
      let eventId: string | undefined;
      try {
        eventId = epcisEventHash(
          JSON.parse(event.event) as Record<string, unknown>,
          NGUONGOC_CONTEXT,
        );
      } catch {
        eventId = undefined;
      }
      if (eventId !== event.eventId) {
        fail('event', event.eventId, {
          vi: `sự kiện ${event.eventId} tại mục ${entry.leafIndex} đã bị sửa: JSON hiện có mã băm ${eventId ?? 'không tính được'}`,
          en: `event ${event.eventId} at leaf ${entry.leafIndex} was changed: its JSON now hashes to ${eventId ?? 'nothing'}`,
        });
      }
      const decision = state.appendEvent(event.eventId, event.lot);
      if (decision.outcome === 'refuse') {
        fail('lot-chain', event.eventId, decision.reason);
      } else if (decision.outcome === 'duplicate') {
        fail('lot-chain', event.eventId, {
          vi: `sự kiện ${event.eventId} được ghi hai lần, tại mục ${decision.leafIndex} và ${entry.leafIndex}`,
          en: `event ${event.eventId} is recorded twice, at leaves ${decision.leafIndex} and ${entry.leafIndex}`,
        });
      } else if (event.previous !== decision.previous) {
        const { previous } = decision;
        fail('lot-chain', event.eventId, {
          vi: `sự kiện ${event.eventId} nối với ${event.previous ?? 'không có'}, nhưng sự kiện trước của lô ${event.lot} là ${previous ?? 'không có'}`,
          en: `event ${event.eventId} links to ${event.previous ?? 'nothing'}, but lot ${event.lot}'s previous event is ${previous ?? 'none'}`,
        });
      }
      // The row must match its entry as stored; the rules' link is checked above.
      expected = ledgerEntryText({
        type: 'event',
        eventId: event.eventId,
        lot: event.lot,
        previous: event.previous,
      });
    } else if (entry.kind === 'record' && record) {
      try {
        const parsed = JSON.parse(record.record) as never;
        expected = ledgerEntryText({ type: 'record', record: parsed });
        if (canonicalize(parsed) !== record.record) expected = undefined;
        state.addRecord(parsed);
      } catch {
        expected = undefined;
      }
    }
    if (expected !== entry.entry) {
      fail(entry.kind === 'event' ? 'event' : 'record', subject, {
        vi: `${entry.kind === 'event' ? 'sự kiện' : 'bản ghi'} lưu tại mục ${entry.leafIndex} không khớp với mục sổ cái`,
        en: `the ${entry.kind} stored at leaf ${entry.leafIndex} does not match its ledger entry`,
      });
    }
    const leafHash = leafHashUtf8(entry.entry);
    if (hex(leafHash) !== entry.leafHash) {
      fail('entry', subject, {
        vi: `mã băm của mục ${entry.leafIndex} đã bị sửa`,
        en: `the leaf hash of leaf ${entry.leafIndex} was changed`,
      });
    }
    log.appendLeafHash(leafHash);
    const step = appendToFrontier(frontier, leafHash);
    frontier = step.frontier;
    for (const node of step.completed) {
      const key = `${node.level}/${node.index}`;
      if (nodes.get(key) !== hex(node.hash)) {
        fail('node', `node ${key}`, {
          vi: `nút Merkle ${key} không khớp với các mục bên dưới`,
          en: `Merkle node ${key} does not match the entries below it`,
        });
      }
    }
  });

  if (ledger.size !== stored.entries.length || ledger.frontier !== formatFrontier(frontier)) {
    fail('frontier', ledger.origin, {
      vi: `dòng sổ cái (kích thước ${ledger.size}) không khớp với ${stored.entries.length} mục`,
      en: `the ledger row (size ${ledger.size}) does not match its ${stored.entries.length} entries`,
    });
  }
  // Each checkpoint must be signed by the key current at its size (ADR 035), not by any key the
  // ledger ever had.
  const rotations = stored.records
    .filter((row) => row.recordType === 'key-rotation')
    .sort((a, b) => a.leafIndex - b.leafIndex)
    .flatMap((row) => {
      try {
        return [{ leafIndex: row.leafIndex, record: JSON.parse(row.record) as KeyRotation }];
      } catch {
        return [];
      }
    });
  for (const row of stored.checkpoints) {
    const initial = stored.verifierKeys[0];
    const keys = initial === undefined ? [] : [keyAt(initial, rotations, row.size)];
    const result = verifyCheckpoint(row.note, keys, {
      origin: ledger.origin,
      required: [ledger.origin],
    });
    const matches =
      result.checkpoint !== undefined &&
      result.checkpoint.size === row.size &&
      row.size <= log.size &&
      hex(result.checkpoint.root) === hex(log.root(row.size));
    if (!result.ok || !matches) {
      fail('checkpoint', `checkpoint ${row.size}`, {
        vi: `checkpoint kích thước ${row.size} không khớp với các mục và khoá của sổ cái`,
        en: `the checkpoint of size ${row.size} does not verify against the entries and the ledger key`,
      });
    }
  }
  return {
    ok: failures.length === 0,
    origin: ledger.origin,
    size: stored.entries.length,
    failures,
  };
}

/**
 * Reads a stored ledger's rows and verifies them (verifyStoredLedger).
 * @throws TraceStoreError `store.unknown_ledger`.
 */
export function verifyLedger(database: StoreDatabase, origin: string): Promise<LedgerVerification> {
  return database.serialised(async () => {
    const manager = database.manager;
    const ledger = await manager.findOneBy(Ledger, { origin });
    if (!ledger) throw unknownLedger(origin);
    return verifyStoredLedger({
      ledger,
      entries: await manager.find(Entry, {
        where: { ledger: origin },
        order: { leafIndex: 'ASC' },
      }),
      events: await manager.findBy(Event, { ledger: origin }),
      records: await manager.findBy(RecordEntity, { ledger: origin }),
      nodes: await manager.findBy(Node, { ledger: origin }),
      checkpoints: await manager.find(Checkpoint, {
        where: { ledger: origin },
        order: { size: 'ASC' },
      }),
      verifierKeys: await pinnedKeys(manager, origin),
    });
  });
}
