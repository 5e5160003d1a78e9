import { type MasterRecord, canonicalize } from '@nguongoc/trace-core';
import { type AppendedEvent, type KnownEvent, LedgerState } from '@nguongoc/trace-core/ledger';
import { appendToFrontier } from '@nguongoc/trace-core/merkle';
import type { EntityManager } from 'typeorm';
import { hex } from './_hex.js';
import {
  Entry,
  Event,
  type EntryRow,
  type EventRow,
  Ledger,
  LotHead,
  Node,
  type NodeRow,
  Record,
  type RecordRow,
} from './entities.js';
import { TraceStoreError } from './errors.js';
import { formatFrontier, parseFrontier } from './frontier.js';
import { checkWritable, lockLedger } from './ledgers.js';
import type { PreparedEvent } from './prepare-event.js';
import type { StoreDatabase } from './store-database.js';

// The store's one write path (ADR 024): records, events and imported entries all go through
// `writeEntries`, which runs them through trace-core's ledger rules (LedgerState) and writes
// what they accept in one transaction, in a fixed number of statements whatever the count.

/** An entry to append: a record (validated by the caller) or a prepared event of a lot. */
export type PendingEntry =
  { kind: 'record'; record: MasterRecord } | ({ kind: 'event'; lot: string } & PreparedEvent);

/** What happened to each entry, in order: a record's leaf, or an event's append or duplicate. */
export type WrittenEntry =
  { kind: 'record'; leafIndex: number } | ({ kind: 'event' } & AppendedEvent);

export interface WriteOptions {
  /**
   * Import: the ledger may be a mirror whose owner keeps its signing key. Direct writes to a
   * mirror are refused (`store.no_signing_key`); an import is how a mirror grows.
   */
  mirror?: boolean;
}

/**
 * Appends entries to a ledger inside the caller's transaction, all or nothing: the ledger row is
 * locked first, then the rules decide each entry against what the ledger holds (lot records,
 * known event IDs, chain heads, read for exactly the lots and events named), then the entries,
 * their records or events, the Merkle nodes they complete, the lots' heads and the ledger's size
 * and frontier are written.
 * @throws TraceStoreError `store.unknown_ledger`, `store.no_signing_key`, or the rules'
 *   `store.unknown_lot` and `store.event_lot` (nothing is written then).
 */
export async function writeEntries(
  manager: EntityManager,
  driver: StoreDatabase['driver'],
  origin: string,
  items: readonly PendingEntry[],
  options: WriteOptions = {},
): Promise<WrittenEntry[]> {
  // The lock comes before the duplicate check: a racing twin waits here, then sees the event.
  const ledger = await lockLedger(manager, driver, origin);
  if (!options.mirror) await checkWritable(manager, origin);
  const {
    lots,
    events: knownEvents,
    heads: knownHeads,
    counts,
  } = await readKnownState(manager, origin, items);
  const state = new LedgerState(origin, {
    size: ledger.size,
    lots,
    events: knownEvents,
    heads: knownHeads,
  });
  let frontier = parseFrontier(ledger.frontier);
  const entries: EntryRow[] = [];
  const nodes: NodeRow[] = [];
  const events: EventRow[] = [];
  const records: RecordRow[] = [];
  const heads = new Map<string, string>();
  const append = (
    kind: EntryRow['kind'],
    step: { leafIndex: number; text: string; leafHash: Uint8Array },
  ) => {
    entries.push({
      ledger: origin,
      leafIndex: step.leafIndex,
      kind,
      entry: step.text,
      leafHash: hex(step.leafHash),
    });
    const next = appendToFrontier(frontier, step.leafHash);
    frontier = next.frontier;
    for (const node of next.completed) {
      nodes.push({
        ledger: origin,
        level: node.level,
        nodeIndex: node.index,
        hash: hex(node.hash),
      });
    }
  };
  const written = items.map((item): WrittenEntry => {
    if (item.kind === 'record') {
      const step = state.addRecord(item.record);
      append('record', step);
      records.push({
        ledger: origin,
        leafIndex: step.leafIndex,
        recordType: item.record.type,
        recordId: item.record.id,
        record: canonicalize(item.record),
      });
      return { kind: 'record', leafIndex: step.leafIndex };
    }
    const decision = state.appendEvent(item.eventId, item.lot);
    if (decision.outcome === 'refuse') throw new TraceStoreError(decision.code, decision.reason);
    const { eventId, leafIndex, previous } = decision;
    if (decision.outcome === 'duplicate') {
      return { kind: 'event', eventId, leafIndex, previous, duplicate: true };
    }
    append('event', decision);
    events.push({
      ledger: origin,
      eventId,
      leafIndex,
      lot: item.lot,
      previous,
      event: item.eventText,
      place: item.place,
    });
    heads.set(item.lot, eventId);
    counts.set(item.lot, (counts.get(item.lot) ?? 0) + 1);
    return { kind: 'event', eventId, leafIndex, previous, duplicate: false };
  });
  if (entries.length === 0) return written;
  for (const chunk of chunks(entries)) await manager.insert(Entry, chunk);
  for (const chunk of chunks(nodes)) await manager.insert(Node, chunk);
  for (const chunk of chunks(records)) await manager.insert(Record, chunk);
  for (const chunk of chunks(events)) await manager.insert(Event, chunk);
  if (heads.size > 0) {
    await manager.upsert(
      LotHead,
      [...heads].map(([lot, head]) => ({
        ledger: origin,
        lot,
        head,
        eventCount: counts.get(lot)!,
      })),
      ['ledger', 'lot'],
    );
  }
  await manager.update(
    Ledger,
    { origin },
    { size: state.size, frontier: formatFrontier(frontier) },
  );
  return written;
}

/**
 * What the rules need of the stored ledger for these entries: the lot records, events and chain
 * heads (with their event counts) that the events name. Nothing is read for records alone.
 */
async function readKnownState(
  manager: EntityManager,
  origin: string,
  items: readonly PendingEntry[],
): Promise<{
  lots: Set<string>;
  events: Map<string, KnownEvent>;
  heads: Map<string, string>;
  counts: Map<string, number>;
}> {
  const ids = new Set<string>();
  const lots = new Set<string>();
  for (const item of items) {
    if (item.kind === 'event') {
      ids.add(item.eventId);
      lots.add(item.lot);
    }
  }
  const known = {
    lots: new Set<string>(),
    events: new Map<string, KnownEvent>(),
    heads: new Map<string, string>(),
    counts: new Map<string, number>(),
  };
  for (const chunk of chunks([...ids])) {
    const rows = await manager
      .createQueryBuilder(Event, 'e')
      .select(['e.eventId', 'e.lot', 'e.leafIndex', 'e.previous'])
      .where('e.ledger = :origin AND e.eventId IN (:...chunk)', { origin, chunk })
      .getMany();
    for (const row of rows) known.events.set(row.eventId, row);
  }
  for (const chunk of chunks([...lots])) {
    const records = await manager
      .createQueryBuilder(Record, 'r')
      .select(['r.recordId'])
      .where("r.ledger = :origin AND r.recordType = 'lot' AND r.recordId IN (:...chunk)", {
        origin,
        chunk,
      })
      .getMany();
    for (const row of records) known.lots.add(row.recordId);
    const heads = await manager
      .createQueryBuilder(LotHead, 'h')
      .where('h.ledger = :origin AND h.lot IN (:...chunk)', { origin, chunk })
      .getMany();
    for (const row of heads) {
      if (row.head !== null) known.heads.set(row.lot, row.head);
      known.counts.set(row.lot, row.eventCount);
    }
  }
  return known;
}

/** Splits rows for multi-row statements: well under SQLite's and PostgreSQL's parameter limits. */
function chunks<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
