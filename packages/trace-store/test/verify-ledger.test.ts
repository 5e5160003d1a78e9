// Verification replays the stored entries through trace-core's ledger rules, the same ones that
// every write obeys: a stored ledger that breaks them is reported, even when every hash, node and
// checkpoint is consistent (as when a tool wrote the rows without the rules).
import {
  type EpcisEvent,
  NGUONGOC_CONTEXT,
  buildFieldEvent,
  canonicalize,
  epcisEventHash,
  generateNoteKeys,
  signCheckpoint,
} from '@nguongoc/trace-core';
import { ledgerEntryText } from '@nguongoc/trace-core/ledger';
import {
  type HashedSubtree,
  appendToFrontier,
  foldSubtrees,
  leafHashUtf8,
} from '@nguongoc/trace-core/merkle';
import { cooperative, fieldWork, lot } from '@nguongoc/trace-core/sample-lot';
import { describe, expect, it } from 'vitest';
import { hex } from '../src/_hex.js';
import type { EntryRow, EventRow, NodeRow, RecordRow } from '../src/entities.js';
import { formatFrontier } from '../src/frontier.js';
import { verifyStoredLedger } from '../src/verify-ledger.js';

const ORIGIN = 'nguongoc.vn/htx-cam-nghia-dan';
const keys = generateNoteKeys(ORIGIN);
const [first, second] = fieldWork.slice(0, 2).map((input) => buildFieldEvent(input)) as [
  EpcisEvent,
  EpcisEvent,
];
const idOf = (event: EpcisEvent) => epcisEventHash(event, NGUONGOC_CONTEXT);

type Item =
  | { kind: 'record'; record: typeof cooperative | typeof lot }
  | { kind: 'event'; event: EpcisEvent; lot: string; previous: string | null };

/** Rows exactly as a store would hold them for these entries, hashes and checkpoint included. */
function rows(items: Item[]) {
  const entries: EntryRow[] = [];
  const events: EventRow[] = [];
  const records: RecordRow[] = [];
  const nodes: NodeRow[] = [];
  let frontier: HashedSubtree[] = [];
  items.forEach((item, leafIndex) => {
    const text =
      item.kind === 'record'
        ? ledgerEntryText({ type: 'record', record: item.record })
        : ledgerEntryText({
            type: 'event',
            eventId: idOf(item.event),
            lot: item.lot,
            previous: item.previous,
          });
    const leafHash = leafHashUtf8(text);
    entries.push({
      ledger: ORIGIN,
      leafIndex,
      kind: item.kind,
      entry: text,
      leafHash: hex(leafHash),
    });
    if (item.kind === 'record') {
      const record = JSON.stringify(JSON.parse(text).record);
      records.push({
        ledger: ORIGIN,
        leafIndex,
        recordType: item.record.type,
        recordId: item.record.id,
        record,
      });
    } else {
      events.push({
        ledger: ORIGIN,
        eventId: idOf(item.event),
        leafIndex,
        lot: item.lot,
        previous: item.previous,
        event: canonicalize(item.event),
        place: null,
      });
    }
    const step = appendToFrontier(frontier, leafHash);
    frontier = step.frontier;
    for (const node of step.completed) {
      nodes.push({
        ledger: ORIGIN,
        level: node.level,
        nodeIndex: node.index,
        hash: hex(node.hash),
      });
    }
  });
  const root = foldSubtrees(frontier.map((node) => node.hash));
  const note = signCheckpoint({ origin: ORIGIN, size: items.length, root }, keys.signerKey);
  return {
    ledger: {
      origin: ORIGIN,
      size: items.length,
      frontier: formatFrontier(frontier),
      createdAt: '',
    },
    entries,
    events,
    records,
    nodes,
    checkpoints: [{ ledger: ORIGIN, size: items.length, note, createdAt: '' }],
    verifierKeys: [keys.verifierKey],
  };
}

describe('ledger verification applies the ledger rules', () => {
  it('names an event stored for a lot that has no record, though every hash matches', () => {
    const result = verifyStoredLedger(
      rows([
        { kind: 'record', record: cooperative },
        { kind: 'event', event: first, lot: 'NO-SUCH-LOT', previous: null },
      ]),
    );
    expect(result.failures).toEqual([
      {
        check: 'lot-chain',
        subject: idOf(first),
        reason: {
          vi: `lô NO-SUCH-LOT chưa có trong sổ cái ${ORIGIN}`,
          en: `lot NO-SUCH-LOT is not in ledger ${ORIGIN}`,
        },
      },
    ]);
  });

  it('names an event whose link skips the previous event of its lot', () => {
    const result = verifyStoredLedger(
      rows([
        { kind: 'record', record: lot },
        { kind: 'event', event: first, lot: lot.id, previous: null },
        { kind: 'event', event: second, lot: lot.id, previous: null },
      ]),
    );
    expect(result.failures).toEqual([
      expect.objectContaining({ check: 'lot-chain', subject: idOf(second) }),
    ]);
  });

  it('passes a ledger that follows the rules', () => {
    const result = verifyStoredLedger(
      rows([
        { kind: 'record', record: lot },
        { kind: 'event', event: first, lot: lot.id, previous: null },
        { kind: 'event', event: second, lot: lot.id, previous: idOf(first) },
      ]),
    );
    expect(result).toMatchObject({ ok: true, size: 3, failures: [] });
  });
});
