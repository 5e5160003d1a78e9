import type { EpcisEvent, MasterRecord } from '@nguongoc/trace-core';
import { Checkpoint, Entry, Event, Ledger, Record } from './entities.js';
import { unknownLedger } from './errors.js';
import { pinnedKeys } from './ledger-keys.js';
import type { StoreDatabase } from './store-database.js';

/** Identifies the export layout; an importer refuses layouts it does not know. */
export const LEDGER_EXPORT_FORMAT = 'nguongoc-ledger-export/1';

/**
 * A whole ledger as JSON, to carry from a cooperative's offline store to the hub. It holds what
 * cannot be recomputed (events, records, lots, signed checkpoints, verifier keys); event IDs, lot
 * links, leaf hashes and Merkle nodes are recomputed by the importer (ledger-import.ts), never
 * taken on trust.
 */
export interface LedgerExport {
  format: typeof LEDGER_EXPORT_FORMAT;
  origin: string;
  verifierKeys: string[];
  entries: (
    | { kind: 'event'; eventId: string; event: EpcisEvent; lot: string }
    | { kind: 'record'; record: MasterRecord }
  )[];
  checkpoints: string[];
}

/**
 * The whole ledger as JSON, to carry to another store.
 * @throws TraceStoreError `store.unknown_ledger`.
 */
export function exportLedger(database: StoreDatabase, origin: string): Promise<LedgerExport> {
  return database.serialised(async () => {
    const manager = database.manager;
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
    return {
      format: LEDGER_EXPORT_FORMAT,
      origin,
      // Every key the ledger has had, oldest first; the importer trusts none of them for itself.
      verifierKeys: await pinnedKeys(manager, origin),
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
