import { bytesToBase64 } from '../_bytes.js';
import { LOT_BUNDLE_FORMAT, type LotBundle } from '../bundle/lot-bundle.js';
import { parseCheckpoint, signCheckpoint } from '../checkpoint/checkpoint.js';
import { epcisEventHash } from '../epcis/event-hash.js';
import { TraceFormatError } from '../errors.js';
import { MerkleLog } from '../merkle/merkle-log.js';
import { type EpcisEvent, NGUONGOC_CONTEXT } from '../model/epcis-context.js';
import { type MasterRecord, validateRecord } from '../model/records.js';
import { LedgerState } from './ledger-state.js';

interface StoredEvent {
  event: EpcisEvent;
  eventId: string;
  previous: string | null;
  leafIndex: number;
  lot: string;
}

/** The result of appending an event. */
export interface AppendedEvent {
  eventId: string;
  leafIndex: number;
  previous: string | null;
  /** True when the ledger already held this event: nothing was written. */
  duplicate: boolean;
}

/**
 * A complete NguonGoc ledger held in memory: master data and events as ledger entries on one
 * Merkle log, per-lot chains, checkpoints and lot bundles. It is the reference for the durable
 * stores of `@nguongoc/trace-store`, and what the demo, tests and benchmarks use.
 *
 * @example
 * const ledger = new MemoryLedger('nguongoc.vn/htx-con-cuong');
 * ledger.addRecord(lot);
 * ledger.appendEvent(buildFieldEvent({ kind: 'harvest', ... }), lot.id);
 * const bundle = ledger.lotBundle(lot.id, ledger.signCheckpoint(signerKey));
 */
export class MemoryLedger {
  readonly origin: string;
  readonly context: unknown;
  readonly log = new MerkleLog();
  readonly #state: LedgerState;
  readonly #records = new Map<string, { record: MasterRecord; leafIndex: number }>();
  readonly #lots = new Map<string, StoredEvent[]>();

  constructor(origin: string, context: unknown = NGUONGOC_CONTEXT) {
    this.#state = new LedgerState(origin);
    this.origin = this.#state.origin;
    this.context = context;
  }

  /** Appends a master-data record (a new version when its ID exists); returns its leaf index. */
  addRecord(record: MasterRecord): number {
    const valid = validateRecord(record);
    const { leafHash } = this.#state.addRecord(valid);
    const leafIndex = this.log.appendLeafHash(leafHash);
    this.#records.set(`${valid.type}:${valid.id}`, { record: valid, leafIndex });
    return leafIndex;
  }

  /**
   * Appends an EPCIS event to a lot's chain, by the rules of {@link LedgerState}. Idempotent: an
   * event whose CBV hash ID is already in the ledger returns its first position and writes nothing.
   * @throws TraceFormatError `store.unknown_lot` if the lot is unknown, `store.event_lot` if the
   *   event is already recorded for another lot.
   */
  appendEvent(event: EpcisEvent, lot: string): AppendedEvent {
    const decision = this.#state.appendEvent(epcisEventHash(event, this.context), lot);
    if (decision.outcome === 'refuse') {
      throw new TraceFormatError(decision.code, decision.field, decision.reason);
    }
    const { eventId, leafIndex, previous } = decision;
    if (decision.outcome === 'duplicate') return { eventId, leafIndex, previous, duplicate: true };
    this.log.appendLeafHash(decision.leafHash);
    let chain = this.#lots.get(lot);
    if (chain === undefined) this.#lots.set(lot, (chain = []));
    chain.push({ event, eventId, previous, leafIndex, lot });
    return { eventId, leafIndex, previous, duplicate: false };
  }

  /** Signs a checkpoint of the whole log now. */
  signCheckpoint(signerKeys: string | readonly string[]): string {
    return signCheckpoint(
      { origin: this.origin, size: this.log.size, root: this.log.root() },
      signerKeys,
    );
  }

  /**
   * The lot bundle of `lot` against a signed checkpoint of this ledger: the lot, its product,
   * organisation, location and household records, and its events up to the checkpoint, each with its proof.
   */
  lotBundle(lot: string, checkpoint: string): LotBundle {
    const body = checkpoint.slice(0, checkpoint.indexOf('\n\n') + 1);
    const { origin, size } = parseCheckpoint(body);
    if (origin !== this.origin)
      throw new TraceFormatError('ledger.origin', 'checkpoint', {
        vi: `checkpoint của ${origin}, không phải ${this.origin}`,
        en: `checkpoint of ${origin}, not ${this.origin}`,
      });
    const lotRecord = this.#records.get(`lot:${lot}`)?.record;
    if (lotRecord?.type !== 'lot')
      throw new TraceFormatError('store.unknown_lot', 'lot', {
        vi: `lô ${lot} chưa có trong sổ cái ${this.origin}`,
        en: `lot ${lot} is not in ledger ${this.origin}`,
      });
    const keys = [
      `lot:${lot}`,
      `product:${lotRecord.productId}`,
      `organisation:${lotRecord.organisationId}`,
    ];
    if (lotRecord.locationId !== undefined) keys.push(`location:${lotRecord.locationId}`);
    if (lotRecord.householdId !== undefined) keys.push(`organisation:${lotRecord.householdId}`);
    const events = (this.#lots.get(lot) ?? []).filter((e) => e.leafIndex < size);
    for (const { event } of events) {
      const id = (event.readPoint as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && id.startsWith('urn:nguongoc:location:'))
        keys.push(`location:${id.slice(22)}`);
    }
    const proof = (leafIndex: number) =>
      this.log.inclusionProof(leafIndex, size).map(bytesToBase64);
    return {
      format: LOT_BUNDLE_FORMAT,
      origin: this.origin,
      lot,
      context: this.context,
      checkpoint,
      records: [...new Set(keys)]
        .map((key) => this.#records.get(key))
        .filter((item) => item !== undefined && item.leafIndex < size)
        .map((item) => ({
          record: item!.record,
          leafIndex: item!.leafIndex,
          proof: proof(item!.leafIndex),
        })),
      events: events.map(({ event, eventId, previous, leafIndex }) => ({
        event,
        eventId,
        previous,
        leafIndex,
        proof: proof(leafIndex),
      })),
    };
  }
}
