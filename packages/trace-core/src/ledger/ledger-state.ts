import type { Message } from '@nguongoc/vn-locale';
import { aindex, aobject, astring } from '../_assert.js';
import { _leafHashUtf8 } from '../merkle/tree-hash.js';
import type { MasterRecord } from '../model/records.js';
import { ledgerEntryText } from './ledger-entry.js';

// The append rules of a NguonGoc ledger, once (ADR 024): the in-memory ledger, a store's writer,
// its import and its verification all run their entries through this state machine, so that
// they cannot disagree on what may be appended. It does no I/O and knows nothing of Merkle
// trees: it decides, writes the entry text and its RFC 9162 leaf hash, and remembers what the
// next decision needs. The caller appends the leaf hash to its tree and stores what it keeps.

/** What a ledger remembers of an event it holds: its lot, position and chain link. */
export interface KnownEvent {
  lot: string;
  leafIndex: number;
  previous: string | null;
}

/**
 * What the rules need to know of a ledger before its next entries. A store that holds millions of
 * entries passes only what the coming entries can touch: it must be complete for every event ID
 * and every lot that they name (each named lot's record, if any, and its chain head, if any).
 */
export interface KnownLedgerState {
  /** Entries in the ledger: the next entry's leaf index. */
  size: number;
  /** IDs of the lots that have a record in the ledger. */
  lots?: Iterable<string>;
  /** Events the ledger holds, by CBV 2.0 hash ID. */
  events?: Iterable<readonly [eventId: string, event: KnownEvent]>;
  /** The last event of each lot's chain, by lot ID. */
  heads?: Iterable<readonly [lot: string, eventId: string]>;
}

/** An entry the rules accepted: where it goes, its RFC 8785 text and its RFC 9162 leaf hash. */
export interface LedgerStep {
  leafIndex: number;
  text: string;
  leafHash: Uint8Array;
}

/** The rules' codes: stable, the same in trace-core, in the stores and in their HTTP answers. */
export type LedgerRuleCode = 'store.unknown_lot' | 'store.event_lot';

/** Why an entry may not be appended: a stable code, the field at fault, and a reason to show. */
export interface LedgerRefusal {
  code: LedgerRuleCode;
  field: 'lot';
  reason: Message;
}

/** What the rules decide for an event: append it, answer with its first position, or refuse. */
export type EventDecision =
  | ({ outcome: 'append'; eventId: string; lot: string; previous: string | null } & LedgerStep)
  | {
      outcome: 'duplicate';
      eventId: string;
      lot: string;
      previous: string | null;
      leafIndex: number;
    }
  | ({ outcome: 'refuse' } & LedgerRefusal);

/**
 * The state machine of one ledger's append rules (ADR 004, ADR 024):
 *
 * - every entry takes the next leaf index;
 * - a record is always accepted (a new version of its ID when the ID exists); a lot record makes
 *   its lot known;
 * - an event whose CBV 2.0 hash ID the ledger holds is a duplicate for the same lot (idempotent:
 *   its first position, nothing appended) and refused for another lot (`store.event_lot`);
 * - an event of a lot without a record is refused (`store.unknown_lot`);
 * - an accepted event links to the previous event of its lot (`null` for the first): the chain.
 *
 * Records are not validated here (their validity does not depend on the ledger): writers call
 * `validateRecord` first, verification replays what is stored. Only an accepted entry changes
 * the state; a refusal leaves it as it was.
 *
 * @example
 * const state = new LedgerState('nguongoc.vn/htx-cam-nghia-dan');
 * state.addRecord(lot);
 * const decision = state.appendEvent(epcisEventHash(event), lot.id);
 * if (decision.outcome === 'append') log.appendLeafHash(decision.leafHash);
 */
export class LedgerState {
  readonly origin: string;
  #size: number;
  readonly #lots: Set<string>;
  readonly #events: Map<string, KnownEvent>;
  readonly #heads: Map<string, string>;

  /** @throws TypeError / RangeError for a bad origin or size. */
  constructor(origin: string, known: KnownLedgerState = { size: 0 }) {
    this.origin = astring(origin, 'origin', 256);
    this.#size = aindex(known.size, 'known.size');
    this.#lots = new Set(known.lots);
    this.#events = new Map(known.events);
    this.#heads = new Map(known.heads);
  }

  /** Entries so far: the leaf index of the next one. */
  get size(): number {
    return this.#size;
  }

  /**
   * Appends a master-data record (unvalidated: see the class) and returns its step.
   * @throws TypeError if `record` is not an object with a string `type` and `id`.
   */
  addRecord(record: MasterRecord): LedgerStep {
    const { type, id } = aobject(record, 'record');
    astring(type, 'record.type');
    astring(id, 'record.id');
    const step = this.#step(ledgerEntryText({ type: 'record', record }));
    if (type === 'lot') this.#lots.add(id as string);
    return step;
  }

  /**
   * Decides on an event of `lot` whose CBV 2.0 hash ID is `eventId`, and appends it when the
   * rules allow. A refusal is an answer, not an exception: each caller reports it its own way.
   * @throws TypeError if `eventId` or `lot` is not a string.
   */
  appendEvent(eventId: string, lot: string): EventDecision {
    astring(eventId, 'eventId');
    astring(lot, 'lot');
    const known = this.#events.get(eventId);
    if (known !== undefined) {
      if (known.lot !== lot) {
        return {
          outcome: 'refuse',
          code: 'store.event_lot',
          field: 'lot',
          reason: {
            vi: `sự kiện ${eventId} đã được ghi cho lô ${known.lot}`,
            en: `event ${eventId} is already recorded for lot ${known.lot}`,
          },
        };
      }
      return {
        outcome: 'duplicate',
        eventId,
        lot,
        previous: known.previous,
        leafIndex: known.leafIndex,
      };
    }
    if (!this.#lots.has(lot)) {
      return {
        outcome: 'refuse',
        code: 'store.unknown_lot',
        field: 'lot',
        reason: {
          vi: `lô ${lot} chưa có trong sổ cái ${this.origin}`,
          en: `lot ${lot} is not in ledger ${this.origin}`,
        },
      };
    }
    const previous = this.#heads.get(lot) ?? null;
    const step = this.#step(ledgerEntryText({ type: 'event', eventId, lot, previous }));
    this.#events.set(eventId, { lot, leafIndex: step.leafIndex, previous });
    this.#heads.set(lot, eventId);
    return { outcome: 'append', eventId, lot, previous, ...step };
  }

  #step(text: string): LedgerStep {
    return { leafIndex: this.#size++, text, leafHash: _leafHashUtf8(text) };
  }
}
