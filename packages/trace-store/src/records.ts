import type { MasterRecord } from '@nguongoc/trace-core';
import { Record } from './entities.js';
import type { StoreDatabase } from './store-database.js';

// Reading master data (organisations, products, locations, lots). Records are written as ledger
// entries by ledger-writer.ts; a new version of a record is a new leaf, the newest is current.

/** The newest version of a master-data record, if the store has it. */
export function getRecord<T extends MasterRecord['type']>(
  database: StoreDatabase,
  type: T,
  id: string,
): Promise<Extract<MasterRecord, { type: T }> | undefined> {
  return database.serialised(async () => {
    const row = await database.manager.findOne(Record, {
      where: { recordType: type, recordId: id },
      order: { leafIndex: 'DESC' },
    });
    return row ? (JSON.parse(row.record) as Extract<MasterRecord, { type: T }>) : undefined;
  });
}

/** The newest version of every record of one type in a ledger, in the order they were added. */
export function listRecords<T extends MasterRecord['type']>(
  database: StoreDatabase,
  origin: string,
  type: T,
): Promise<Extract<MasterRecord, { type: T }>[]> {
  return database.serialised(async () => {
    const rows = await database.reader.select<{ record: string }>(
      `SELECT r.record FROM records r WHERE r.ledger = ? AND r.record_type = ?
       AND r.leaf_index = (SELECT max(v.leaf_index) FROM records v
         WHERE v.record_type = r.record_type AND v.record_id = r.record_id AND v.ledger = r.ledger)
       ORDER BY r.leaf_index`,
      [origin, type],
    );
    return rows.map((row) => JSON.parse(row.record) as Extract<MasterRecord, { type: T }>);
  });
}

/** One version of a master-data record: where it sits in its ledger and when it was recorded. */
export interface RecordVersion<T extends MasterRecord = MasterRecord> {
  record: T;
  ledger: string;
  leafIndex: number;
  /**
   * When the first checkpoint that covers this version was signed (ISO 8601 UTC): the ledger
   * keeps no clock of its own per entry, and from that moment the version is provably recorded.
   * Null until a checkpoint covers it.
   */
  recordedAt: string | null;
}

/** Every version of a master-data record, newest first (an empty list if the store has none). */
export function recordVersions<T extends MasterRecord['type']>(
  database: StoreDatabase,
  type: T,
  id: string,
): Promise<RecordVersion<Extract<MasterRecord, { type: T }>>[]> {
  return database.serialised(async () => {
    const rows = await database.reader.select<{
      ledger: string;
      leaf_index: number | string;
      record: string;
      recorded_at: string | null;
    }>(
      `SELECT r.ledger, r.leaf_index, r.record,
         (SELECT min(c.created_at) FROM checkpoints c
          WHERE c.ledger = r.ledger AND c.size > r.leaf_index) AS recorded_at
       FROM records r WHERE r.record_type = ? AND r.record_id = ?
       ORDER BY r.leaf_index DESC`,
      [type, id],
    );
    return rows.map((row) => ({
      record: JSON.parse(row.record) as Extract<MasterRecord, { type: T }>,
      ledger: row.ledger,
      leafIndex: Number(row.leaf_index),
      recordedAt: row.recorded_at,
    }));
  });
}
