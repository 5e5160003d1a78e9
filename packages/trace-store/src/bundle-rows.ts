import type { ReadDatabase } from './read-database.js';

// The rows a lot bundle is made of, read in one snapshot: the lot's ledger and its newest
// checkpoint, the lot's events before that checkpoint, and the newest version before it of the
// lot, its product, organisation, location and household (issue #23), and of every place its
// events name; and every key
// rotation of the ledger before it (ADR 035), so that a trace page can say the key changed.

export interface BundleRows {
  /** Absent when no record of the lot exists. */
  head: { origin: string; size: number | null; note: string | null } | undefined;
  /** In ledger order. */
  events: { eventId: string; leafIndex: number; previous: string | null; event: string }[];
  /** In ledger order. */
  records: { leafIndex: number; type: string; record: string }[];
}

/**
 * The ledger of `lot` and that ledger's newest checkpoint (size and note null when it has none),
 * in one indexed lookup: what a bundle's ETag is made of.
 */
export async function readLotHead(db: ReadDatabase, lot: string): Promise<BundleRows['head']> {
  const [head] = await db.select<{ origin: string; size: number | null; note: string | null }>(
    `SELECT r.ledger AS origin, c.size, c.note FROM records r
     LEFT JOIN checkpoints c ON c.ledger = r.ledger
       AND c.size = (SELECT max(size) FROM checkpoints WHERE ledger = r.ledger)
     WHERE r.record_type = 'lot' AND r.record_id = ? ORDER BY r.leaf_index DESC LIMIT 1`,
    [lot],
  );
  return head && { ...head, size: head.size === null ? null : Number(head.size) };
}

/** Reads a bundle's rows: in one statement on PostgreSQL, in three on SQLite (in-process). */
export function readBundleRows(db: ReadDatabase, lot: string): Promise<BundleRows> {
  return db.driver === 'postgres' ? postgresRows(db, lot) : sqliteRows(db, lot);
}

// One round trip and one snapshot ($1 is the lot). Every record is one indexed lookup (records_id: type, id,
// leaf) through LATERAL; the rows of the three kinds share one shape.
const POSTGRES_BUNDLE = `
WITH head AS (
  SELECT r.ledger, c.size, c.note
  FROM (SELECT ledger FROM records WHERE record_type = 'lot' AND record_id = $1
        ORDER BY leaf_index DESC LIMIT 1) r
  LEFT JOIN LATERAL (SELECT size, note FROM checkpoints WHERE ledger = r.ledger
                     ORDER BY size DESC LIMIT 1) c ON true
),
lot_events AS (
  SELECT e.leaf_index, e.event_id, e.previous, e.event, e.place
  FROM head h JOIN events e ON e.ledger = h.ledger AND e.lot = $1 AND e.leaf_index < h.size
),
lot_record AS (
  SELECT v.* FROM head h CROSS JOIN LATERAL (
    SELECT leaf_index, record_type, record FROM records
    WHERE record_type = 'lot' AND record_id = $1 AND ledger = h.ledger AND leaf_index < h.size
    ORDER BY leaf_index DESC LIMIT 1) v
),
wanted (record_type, record_id) AS (
  SELECT 'product', record::json ->> 'productId' FROM lot_record
  UNION SELECT 'organisation', record::json ->> 'organisationId' FROM lot_record
  UNION SELECT 'location', record::json ->> 'locationId' FROM lot_record
  UNION SELECT 'organisation', record::json ->> 'householdId' FROM lot_record
  UNION SELECT 'location', place FROM lot_events
),
wanted_records AS (
  SELECT v.* FROM head h CROSS JOIN wanted w CROSS JOIN LATERAL (
    SELECT leaf_index, record_type, record FROM records
    WHERE record_type = w.record_type AND record_id = w.record_id AND ledger = h.ledger
      AND leaf_index < h.size
    ORDER BY leaf_index DESC LIMIT 1) v
  WHERE w.record_id IS NOT NULL
),
rotations AS (
  SELECT v.leaf_index, v.record_type, v.record FROM head h JOIN records v
    ON v.record_type = 'key-rotation' AND v.ledger = h.ledger AND v.leaf_index < h.size
)
SELECT 'h' AS kind, size AS leaf_index, ledger AS a, note AS b, NULL AS c FROM head
UNION ALL SELECT 'e', leaf_index, event_id, previous, event FROM lot_events
UNION ALL SELECT 'r', leaf_index, record_type, record, NULL FROM lot_record
UNION ALL SELECT 'r', leaf_index, record_type, record, NULL FROM wanted_records
UNION ALL SELECT 'r', leaf_index, record_type, record, NULL FROM rotations`;

async function postgresRows(db: ReadDatabase, lot: string): Promise<BundleRows> {
  const rows = await db.select<{
    kind: 'h' | 'e' | 'r';
    leaf_index: number | null;
    a: string;
    b: string | null;
    c: string | null;
  }>(POSTGRES_BUNDLE, [lot]);
  const result: BundleRows = { head: undefined, events: [], records: [] };
  for (const row of rows) {
    const leafIndex = row.leaf_index === null ? null : Number(row.leaf_index);
    if (row.kind === 'h') result.head = { origin: row.a, size: leafIndex, note: row.b };
    else if (row.kind === 'e') {
      result.events.push({ eventId: row.a, leafIndex: leafIndex!, previous: row.b, event: row.c! });
    } else result.records.push({ leafIndex: leafIndex!, type: row.a, record: row.b! });
  }
  result.events.sort((x, y) => x.leafIndex - y.leafIndex);
  result.records.sort((x, y) => x.leafIndex - y.leafIndex);
  return result;
}

async function sqliteRows(db: ReadDatabase, lot: string): Promise<BundleRows> {
  const head = await readLotHead(db, lot);
  if (!head || head.size === null) return { head, events: [], records: [] };
  const { origin, size } = head;
  const events = await db.select<BundleRows['events'][number] & { place: string | null }>(
    `SELECT event_id AS eventId, leaf_index AS leafIndex, previous, event, place FROM events
     WHERE ledger = ? AND lot = ? AND leaf_index < ? ORDER BY leaf_index`,
    [origin, lot, size],
  );
  // One indexed lookup per record: the lot's, then those it names, then its events' places.
  const lookup = `SELECT * FROM (SELECT leaf_index AS leafIndex, record_type AS type, record
    FROM records WHERE record_type = ? AND record_id = ? AND ledger = ? AND leaf_index < ?
    ORDER BY leaf_index DESC LIMIT 1)`;
  const [lotRecord] = await db.select<BundleRows['records'][number]>(lookup, [
    'lot',
    lot,
    origin,
    size,
  ]);
  if (!lotRecord) return { head, events, records: [] };
  const named = JSON.parse(lotRecord.record) as {
    productId: string;
    organisationId: string;
    locationId?: string;
    householdId?: string;
  };
  const wanted = new Map<string, [string, string]>();
  for (const [type, id] of [
    ['product', named.productId],
    ['organisation', named.organisationId],
    ['location', named.locationId],
    ['organisation', named.householdId],
    ...events.map((event) => ['location', event.place] as const),
  ] as const) {
    if (id) wanted.set(`${type} ${id}`, [type, id]);
  }
  const lookups = [...wanted.values()];
  const others = await db.select<BundleRows['records'][number]>(
    lookups.map((_, i) => `${lookup} AS r${i}`).join(' UNION ALL '),
    lookups.flatMap(([type, id]) => [type, id, origin, size]),
  );
  const rotations = await db.select<BundleRows['records'][number]>(
    `SELECT leaf_index AS leafIndex, record_type AS type, record FROM records
     WHERE record_type = 'key-rotation' AND ledger = ? AND leaf_index < ? ORDER BY leaf_index`,
    [origin, size],
  );
  const records = [lotRecord, ...others, ...rotations].sort((x, y) => x.leafIndex - y.leafIndex);
  return { head, events, records };
}
