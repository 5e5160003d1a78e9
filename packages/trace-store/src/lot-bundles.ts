import {
  type EpcisEvent,
  LOT_BUNDLE_FORMAT,
  type LotBundle,
  type MasterRecord,
  NGUONGOC_CONTEXT,
} from '@nguongoc/trace-core';
import { ledgerLeafHash } from '@nguongoc/trace-core/ledger';
import {
  type Subtree,
  consistencyProofPlan,
  foldSubtrees,
  inclusionProofPlan,
  nodeHash,
} from '@nguongoc/trace-core/merkle';
import { bytes } from './_hex.js';
import { type BundleRows, readBundleRows, readLotHead } from './bundle-rows.js';
import { TraceStoreError, unknownLedger } from './errors.js';
import type { ReadDatabase } from './read-database.js';

// The read path: lot bundles and consistency proofs, in plain SQL. A trace page waits for this,
// and TypeORM's query building costs more than the queries themselves. On PostgreSQL a bundle
// takes two rounds to the database: its rows (bundle-rows.ts), then every proof node it needs
// that its own events do not give.

/**
 * The lot bundle of `lot` against its ledger's newest checkpoint: exactly what trace-core's
 * `verifyLotBundle` checks. Events after that checkpoint wait for the next one.
 */
export async function readLotBundle(db: ReadDatabase, lot: string): Promise<LotBundle> {
  const { head, events, records } = await readBundleRows(db, lot);
  const { origin, size, note } = checkedHead(lot, head);
  if (!records.some((row) => row.type === 'lot')) {
    throw new TraceStoreError('store.no_checkpoint', {
      vi: `lô ${lot} được thêm sau checkpoint mới nhất của ${origin}`,
      en: `lot ${lot} was added after the newest checkpoint of ${origin}`,
    });
  }
  // The lot's own leaves are known from its events: the proof nodes above them that they fill
  // are hashed here rather than read (for a lot recorded in a run, most of its proofs' nodes).
  const leaves = new Map(
    events.map((e) => [
      e.leafIndex,
      ledgerLeafHash({ type: 'event', eventId: e.eventId, lot, previous: e.previous }),
    ]),
  );
  const proofs = await resolveProofs(
    db,
    origin,
    [...records, ...events].map((row) => inclusionProofPlan(row.leafIndex, size)),
    leaves,
  );
  return {
    format: LOT_BUNDLE_FORMAT,
    origin,
    lot,
    context: NGUONGOC_CONTEXT,
    checkpoint: note,
    records: records.map((row, i) => ({
      record: JSON.parse(row.record) as MasterRecord,
      leafIndex: row.leafIndex,
      proof: proofs[i]!,
    })),
    events: events.map((row, i) => ({
      event: JSON.parse(row.event) as EpcisEvent,
      eventId: row.eventId,
      previous: row.previous,
      leafIndex: row.leafIndex,
      proof: proofs[records.length + i]!,
    })),
  };
}

/**
 * The newest checkpoint of the ledger that holds `lot`: what its bundle is proven against, so a
 * cache can tell whether the bundle it holds is still the current one without reading it.
 */
export async function readLotCheckpoint(
  db: ReadDatabase,
  lot: string,
): Promise<{ origin: string; size: number; note: string }> {
  return checkedHead(lot, await readLotHead(db, lot));
}

function checkedHead(
  lot: string,
  head: BundleRows['head'],
): { origin: string; size: number; note: string } {
  if (!head) {
    throw new TraceStoreError('store.unknown_lot', {
      vi: `lô ${lot} không có trong kho`,
      en: `lot ${lot} is not in the store`,
    });
  }
  const { origin, size, note } = head;
  if (size === null || note === null) {
    throw new TraceStoreError('store.no_checkpoint', {
      vi: `sổ cái ${origin} chưa có checkpoint được ký`,
      en: `ledger ${origin} has no signed checkpoint yet`,
    });
  }
  return { origin, size, note };
}

/**
 * RFC 9162 consistency proof (base64) from the tree of `size1` leaves to that of `size2`.
 * @throws TraceStoreError `store.unknown_ledger`, or `store.size` for a size beyond the ledger.
 */
export async function readConsistencyProof(
  db: ReadDatabase,
  origin: string,
  size1: number,
  size2: number,
): Promise<string[]> {
  const [ledger] = await db.select<{ size: number }>('SELECT size FROM ledgers WHERE origin = ?', [
    origin,
  ]);
  if (!ledger) throw unknownLedger(origin);
  if (size2 > Number(ledger.size)) {
    throw new TraceStoreError('store.size', {
      vi: `size2 ${size2} vượt quá ${ledger.size} mục của sổ cái`,
      en: `size2 ${size2} is beyond the ledger's ${ledger.size} entries`,
    });
  }
  const [proof] = await resolveProofs(db, origin, [consistencyProofPlan(size1, size2)], new Map());
  return proof!;
}

/**
 * Resolves the nodes that the proof plans name, hashing those that `leaves` (leaf index -> hash)
 * fill and reading the others in one query, and folds them into base64 proofs.
 */
async function resolveProofs(
  db: ReadDatabase,
  origin: string,
  plans: Subtree[][][],
  leaves: ReadonlyMap<number, Uint8Array>,
): Promise<string[][]> {
  const hashes = new Map<number, Uint8Array>();
  let first = Infinity;
  let last = -Infinity;
  for (const leaf of leaves.keys()) {
    first = Math.min(first, leaf);
    last = Math.max(last, leaf);
  }
  const derive = (level: number, index: number): Uint8Array | undefined => {
    const key = nodeKey(level, index);
    const known = hashes.get(key);
    // Only a node whose leaves all lie within the lot's can be hashed from them.
    const width = POWERS_OF_TWO[level]!;
    if (known || index * width < first || (index + 1) * width - 1 > last) return known;
    let hash: Uint8Array | undefined;
    if (level === 0) hash = leaves.get(index);
    else {
      const left = derive(level - 1, 2 * index);
      const right = left && derive(level - 1, 2 * index + 1);
      hash = left && right && nodeHash(left, right);
    }
    if (hash) hashes.set(key, hash);
    return hash;
  };
  const keys = new Map<number, Subtree>();
  for (const plan of plans) {
    for (const group of plan) {
      for (const { level, index } of group) {
        if (!derive(level, index)) keys.set(nodeKey(level, index), { level, index });
      }
    }
  }
  const wanted = [...keys.values()];
  // A join against the wanted (level, index) pairs: one index lookup each. PostgreSQL takes them
  // as two arrays; SQLite as a JSON array that json_each unrolls, with CROSS JOIN to keep that
  // list the outer loop (left to itself, SQLite walked every node of the ledger per pair).
  const rows =
    wanted.length === 0
      ? []
      : db.driver === 'postgres'
        ? await db.select<{ level: number; node_index: number; hash: string }>(
            'SELECT n.level, n.node_index, n.hash FROM unnest(?::int[], ?::int[]) AS w(level, node_index) JOIN merkle_nodes n ON n.ledger = ? AND n.level = w.level AND n.node_index = w.node_index',
            [wanted.map((s) => s.level), wanted.map((s) => s.index), origin],
          )
        : await db.select<{ level: number; node_index: number; hash: string }>(
            "SELECT n.level, n.node_index, n.hash FROM json_each(?) AS w CROSS JOIN merkle_nodes n ON n.ledger = ? AND n.level = json_extract(w.value, '$[0]') AND n.node_index = json_extract(w.value, '$[1]')",
            [JSON.stringify(wanted.map((s) => [s.level, s.index])), origin],
          );
  for (const row of rows) hashes.set(nodeKey(row.level, row.node_index), bytes(row.hash));
  // Proofs of one tree share their elements: each is encoded (or folded) once. A single node is
  // keyed by its number, a folded group by its nodes' numbers joined (one map each: a map of one
  // key type stays fast).
  const encodedNodes = new Map<number, string>();
  const encodedGroups = new Map<string, string>();
  const lookup = ({ level, index }: Subtree): Uint8Array => {
    const hash = hashes.get(nodeKey(level, index));
    if (hash) return hash;
    throw new TraceStoreError('store.missing_node', {
      vi: `thiếu nút Merkle ${level}/${index} của ${origin}`,
      en: `Merkle node ${level}/${index} of ${origin} is missing`,
    });
  };
  const encode = (group: Subtree[]): string =>
    Buffer.from(foldSubtrees(group.map(lookup))).toString('base64');
  return plans.map((plan) =>
    plan.map((group) => {
      if (group.length === 1) {
        const key = nodeKey(group[0]!.level, group[0]!.index);
        let element = encodedNodes.get(key);
        if (element === undefined) encodedNodes.set(key, (element = encode(group)));
        return element;
      }
      const key = group.map(({ level, index }) => nodeKey(level, index)).join(' ');
      let element = encodedGroups.get(key);
      if (element === undefined) encodedGroups.set(key, (element = encode(group)));
      return element;
    }),
  );
}

/**
 * A node's number, `index * 32 + level` (levels run 0..31 here; `2^32` leaves is past any
 * ledger). Below 2^26 leaves it is a small integer, which V8's maps hash fastest.
 */
const nodeKey = (level: number, index: number): number => index * 32 + level;

const POWERS_OF_TWO = Array.from({ length: 64 }, (_, level) => 2 ** level);
