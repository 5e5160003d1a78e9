import {
  type HashedSubtree,
  MerkleLog,
  NGUONGOC_CONTEXT,
  appendToFrontier,
  canonicalize,
  epcisEventHash,
  ledgerEntryText,
  verifyCheckpoint,
} from '@nguongoc/trace-core';
import { bytes, hex, leafHashHex } from './_hex.js';
import type {
  CheckpointRow,
  EntryRow,
  EventRow,
  LedgerRow,
  NodeRow,
  RecordRow,
} from './entities.js';

/** What a ledger check found wrong: the check, the row it is about, and why, in both languages. */
export interface LedgerFailure {
  check: 'entry' | 'event' | 'record' | 'lot-chain' | 'node' | 'frontier' | 'checkpoint';
  /** `leaf 17`, `node 3/5`, `checkpoint 40`, an event ID… */
  subject: string;
  reason: { vi: string; en: string };
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
  const fail = (check: LedgerFailure['check'], subject: string, en: string, vi: string) =>
    failures.push({ check, subject, reason: { en, vi } });
  const events = new Map(stored.events.map((row) => [row.leafIndex, row]));
  const records = new Map(stored.records.map((row) => [row.leafIndex, row]));
  const nodes = new Map(stored.nodes.map((row) => [`${row.level}/${row.nodeIndex}`, row.hash]));
  const heads = new Map<string, string>();
  const log = new MerkleLog();
  let frontier: HashedSubtree[] = [];

  stored.entries.forEach((entry, position) => {
    const subject = `leaf ${entry.leafIndex}`;
    if (entry.leafIndex !== position)
      fail('entry', subject, `leaf ${position} is missing`, `thiếu mục ${position}`);
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
        fail(
          'event',
          event.eventId,
          `event ${event.eventId} at leaf ${entry.leafIndex} was changed: its JSON now hashes to ${eventId ?? 'nothing'}`,
          `sự kiện ${event.eventId} tại mục ${entry.leafIndex} đã bị sửa: JSON hiện có mã băm ${eventId ?? 'không tính được'}`,
        );
      }
      const previous = heads.get(event.lot) ?? null;
      if (event.previous !== previous) {
        fail(
          'lot-chain',
          event.eventId,
          `event ${event.eventId} links to ${event.previous ?? 'nothing'}, but lot ${event.lot}'s previous event is ${previous ?? 'none'}`,
          `sự kiện ${event.eventId} nối với ${event.previous ?? 'không có'}, nhưng sự kiện trước của lô ${event.lot} là ${previous ?? 'không có'}`,
        );
      }
      heads.set(event.lot, event.eventId);
      expected = ledgerEntryText({
        type: 'event',
        eventId: event.eventId,
        lot: event.lot,
        previous: event.previous,
      });
    } else if (entry.kind === 'record' && record) {
      try {
        expected = ledgerEntryText({ type: 'record', record: JSON.parse(record.record) as never });
        if (canonicalize(JSON.parse(record.record)) !== record.record) expected = undefined;
      } catch {
        expected = undefined;
      }
    }
    if (expected !== entry.entry) {
      fail(
        entry.kind === 'event' ? 'event' : 'record',
        subject,
        `the ${entry.kind} stored at leaf ${entry.leafIndex} does not match its ledger entry`,
        `${entry.kind === 'event' ? 'sự kiện' : 'bản ghi'} lưu tại mục ${entry.leafIndex} không khớp với mục sổ cái`,
      );
    }
    const leafHashText = leafHashHex(entry.entry);
    const leafHash = bytes(leafHashText);
    if (leafHashText !== entry.leafHash)
      fail(
        'entry',
        subject,
        `the leaf hash of leaf ${entry.leafIndex} was changed`,
        `mã băm của mục ${entry.leafIndex} đã bị sửa`,
      );
    log.appendLeafHash(leafHash);
    const step = appendToFrontier(frontier, leafHash);
    frontier = step.frontier;
    for (const node of step.completed) {
      const key = `${node.level}/${node.index}`;
      if (nodes.get(key) !== hex(node.hash))
        fail(
          'node',
          `node ${key}`,
          `Merkle node ${key} does not match the entries below it`,
          `nút Merkle ${key} không khớp với các mục bên dưới`,
        );
    }
  });

  const expectedFrontier = JSON.stringify(
    frontier.map(({ level, index, hash }) => [level, index, hex(hash)]),
  );
  if (ledger.size !== stored.entries.length || ledger.frontier !== expectedFrontier) {
    fail(
      'frontier',
      ledger.origin,
      `the ledger row (size ${ledger.size}) does not match its ${stored.entries.length} entries`,
      `dòng sổ cái (kích thước ${ledger.size}) không khớp với ${stored.entries.length} mục`,
    );
  }
  for (const row of stored.checkpoints) {
    const result = verifyCheckpoint(row.note, stored.verifierKeys, {
      origin: ledger.origin,
      required: [ledger.origin],
    });
    const matches =
      result.checkpoint !== undefined &&
      result.checkpoint.size === row.size &&
      row.size <= log.size &&
      hex(result.checkpoint.root) === hex(log.root(row.size));
    if (!result.ok || !matches) {
      fail(
        'checkpoint',
        `checkpoint ${row.size}`,
        `the checkpoint of size ${row.size} does not verify against the entries and the ledger key`,
        `checkpoint kích thước ${row.size} không khớp với các mục và khoá của sổ cái`,
      );
    }
  }
  return {
    ok: failures.length === 0,
    origin: ledger.origin,
    size: stored.entries.length,
    failures,
  };
}
