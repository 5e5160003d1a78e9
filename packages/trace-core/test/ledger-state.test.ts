import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ToBytes } from '../src/_bytes.js';
import {
  NGUONGOC_CONTEXT,
  TraceFormatError,
  buildFieldEvent,
  epcisEventHash,
} from '../src/index.js';
import {
  type EventDecision,
  type KnownEvent,
  LedgerState,
  MemoryLedger,
  ledgerLeafHash,
} from '../src/ledger/index.js';
import { leafHash, leafHashUtf8 } from '../src/merkle/index.js';
import { cooperative, fieldWork, lot, orchard, product } from '../src/sample-lot.js';

const ORIGIN = 'nguongoc.vn/htx-cam-nghia-dan';
const lotRecord = (id: string) => ({ ...lot, id });

describe('the ledger rules (LedgerState)', () => {
  it('gives every entry the next leaf, its RFC 8785 text and its RFC 9162 leaf hash', () => {
    const state = new LedgerState(ORIGIN);
    const record = state.addRecord(cooperative);
    expect(record.leafIndex).toBe(0);
    expect(record.leafHash).toEqual(ledgerLeafHash({ type: 'record', record: cooperative }));
    state.addRecord(lot);
    const decision = state.appendEvent('e1', lot.id);
    expect(decision).toMatchObject({ outcome: 'append', leafIndex: 2, previous: null });
    const entry = { type: 'event' as const, eventId: 'e1', lot: lot.id, previous: null };
    if (decision.outcome !== 'append') throw new Error('expected an append');
    expect(decision.leafHash).toEqual(ledgerLeafHash(entry));
    expect(decision.leafHash).toEqual(leafHash(utf8ToBytes(decision.text)));
    expect(state.size).toBe(3);
  });

  it("chains each lot's events, whatever else comes between them", () => {
    const state = new LedgerState(ORIGIN);
    state.addRecord(lotRecord('A'));
    state.addRecord(lotRecord('B'));
    const previous = (eventId: string, lotId: string) =>
      (state.appendEvent(eventId, lotId) as { previous: string | null }).previous;
    expect(previous('a1', 'A')).toBeNull();
    expect(previous('b1', 'B')).toBeNull();
    expect(previous('a2', 'A')).toBe('a1');
    expect(previous('b2', 'B')).toBe('b1');
    expect(previous('a3', 'A')).toBe('a2');
  });

  it('answers a repeated event with its first position and appends nothing (idempotency)', () => {
    const state = new LedgerState(ORIGIN);
    state.addRecord(lot);
    state.appendEvent('e1', lot.id);
    state.appendEvent('e2', lot.id);
    expect(state.appendEvent('e1', lot.id)).toEqual({
      outcome: 'duplicate',
      eventId: 'e1',
      lot: lot.id,
      previous: null,
      leafIndex: 1,
    });
    expect(state.size).toBe(3);
    expect(state.appendEvent('e3', lot.id)).toMatchObject({ previous: 'e2', leafIndex: 3 });
  });

  it('refuses an event of an unknown lot, or one already recorded for another lot, in both languages, and changes nothing', () => {
    const state = new LedgerState(ORIGIN);
    state.addRecord(lotRecord('A'));
    state.addRecord(lotRecord('B'));
    state.appendEvent('e1', 'A');
    expect(state.appendEvent('e2', 'NO-SUCH-LOT')).toEqual({
      outcome: 'refuse',
      code: 'store.unknown_lot',
      field: 'lot',
      reason: {
        vi: `lô NO-SUCH-LOT chưa có trong sổ cái ${ORIGIN}`,
        en: `lot NO-SUCH-LOT is not in ledger ${ORIGIN}`,
      },
    });
    expect(state.appendEvent('e1', 'B')).toEqual({
      outcome: 'refuse',
      code: 'store.event_lot',
      field: 'lot',
      reason: {
        vi: 'sự kiện e1 đã được ghi cho lô A',
        en: 'event e1 is already recorded for lot A',
      },
    });
    expect(state.size).toBe(3);
    expect(state.appendEvent('e2', 'A')).toMatchObject({ previous: 'e1', leafIndex: 3 });
  });

  it('knows a lot only from its record: a product or place of the same ID does not count', () => {
    const state = new LedgerState(ORIGIN);
    state.addRecord({ ...product, id: 'X' });
    state.addRecord({ ...orchard, id: 'X' });
    expect(state.appendEvent('e1', 'X').outcome).toBe('refuse');
    state.addRecord(lotRecord('X'));
    expect(state.appendEvent('e1', 'X').outcome).toBe('append');
  });

  it('decides from a partial state (what a store loads for one batch) as from the whole ledger (property)', () => {
    // Operations on a few lots and event IDs, so that duplicates, other lots and unknown lots occur.
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('record' as const),
        lot: fc.constantFrom<string>('A', 'B', 'C'),
      }),
      fc.record({
        kind: fc.constant('event' as const),
        eventId: fc.constantFrom<string>('e1', 'e2', 'e3', 'e4', 'e5', 'e6'),
        lot: fc.constantFrom<string>('A', 'B', 'C', 'D'),
      }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), fc.nat(), (operations, at) => {
        const cut = at % (operations.length + 1);
        const whole = new LedgerState(ORIGIN);
        // Replays the first part on the whole ledger, noting what a store would have in its rows.
        const lots = new Set<string>();
        const events = new Map<string, KnownEvent>();
        const heads = new Map<string, string>();
        const apply = (state: LedgerState, op: (typeof operations)[number]) => {
          if (op.kind === 'record') return state.addRecord(lotRecord(op.lot));
          return state.appendEvent(op.eventId, op.lot);
        };
        for (const op of operations.slice(0, cut)) {
          const result = apply(whole, op);
          if (op.kind === 'record') lots.add(op.lot);
          else if ((result as EventDecision).outcome === 'append') {
            const decision = result as Extract<EventDecision, { outcome: 'append' }>;
            events.set(op.eventId, {
              lot: op.lot,
              leafIndex: decision.leafIndex,
              previous: decision.previous,
            });
            heads.set(op.lot, op.eventId);
          }
        }
        // The rest: the whole ledger and a state seeded with only what the rest names agree.
        const rest = operations.slice(cut);
        const named = new Set(rest.map((op) => op.lot));
        const ids = new Set(rest.flatMap((op) => (op.kind === 'event' ? [op.eventId] : [])));
        const partial = new LedgerState(ORIGIN, {
          size: whole.size,
          lots: [...lots].filter((id) => named.has(id)),
          events: [...events].filter(([id]) => ids.has(id)),
          heads: [...heads].filter(([id]) => named.has(id)),
        });
        for (const op of rest) expect(apply(partial, op)).toEqual(apply(whole, op));
      }),
    );
  });

  it('refuses wrong types at the boundary', () => {
    const state = new LedgerState(ORIGIN);
    expect(() => state.appendEvent(42 as never, 'A')).toThrow(TypeError);
    expect(() => state.appendEvent('e1', undefined as never)).toThrow(TypeError);
    expect(() => state.addRecord({ type: 'lot' } as never)).toThrow(TypeError);
    expect(() => new LedgerState(ORIGIN, { size: -1 })).toThrow(RangeError);
  });
});

describe('MemoryLedger follows the same rules', () => {
  it('refuses with the rules’ codes and bilingual reasons', () => {
    const ledger = new MemoryLedger(ORIGIN);
    for (const record of [cooperative, orchard, product, lot]) ledger.addRecord(record);
    const event = buildFieldEvent(fieldWork[3]!);
    const refusal = (run: () => unknown): TraceFormatError => {
      try {
        run();
      } catch (error) {
        if (error instanceof TraceFormatError) return error;
        throw error;
      }
      throw new Error('expected a TraceFormatError');
    };
    const unknown = refusal(() => ledger.appendEvent(event, 'NO-SUCH-LOT'));
    expect(unknown.code).toBe('store.unknown_lot');
    expect(unknown.message).toBe(`lot: lot NO-SUCH-LOT is not in ledger ${ORIGIN}`);
    expect(unknown.messageVi).toBe(`lot: lô NO-SUCH-LOT chưa có trong sổ cái ${ORIGIN}`);
    ledger.appendEvent(event, lot.id);
    ledger.addRecord(lotRecord('OTHER'));
    const eventId = epcisEventHash(event, NGUONGOC_CONTEXT);
    expect(refusal(() => ledger.appendEvent(event, 'OTHER')).code).toBe('store.event_lot');
    expect(ledger.appendEvent(event, lot.id)).toMatchObject({ eventId, duplicate: true });
  });
});

describe('leafHashUtf8', () => {
  it('is the RFC 9162 leaf hash of the text’s UTF-8 bytes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(leafHashUtf8(text)).toEqual(leafHash(utf8ToBytes(text)));
      }),
    );
  });
});
