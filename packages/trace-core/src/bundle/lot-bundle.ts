import type { EpcisEvent } from '../model/epcis-context.js';
import type { MasterRecord } from '../model/records.js';

/** Identifies the bundle layout; a verifier refuses layouts it does not know. */
export const LOT_BUNDLE_FORMAT = 'nguongoc-lot-bundle/1';

/**
 * Everything a trace page needs to show a lot and prove it, as plain JSON (docs/decisions/004):
 * the master data and the lot's events, each with its RFC 9162 inclusion proof against one
 * signed checkpoint. Proof hashes are base64. Immutable for a given checkpoint, so a CDN can
 * cache it.
 */
export interface LotBundle {
  format: typeof LOT_BUNDLE_FORMAT;
  /** The ledger's origin, as in the checkpoint's first line. */
  origin: string;
  /** ID of the lot record. */
  lot: string;
  /** JSON-LD @context of the events, needed to expand their `ng:` fields when hashing. */
  context: unknown;
  /** The signed checkpoint note (C2SP tlog-checkpoint). */
  checkpoint: string;
  records: BundleRecord[];
  /** The lot's events in ledger order. */
  events: BundleEvent[];
}

export interface BundleRecord {
  record: MasterRecord;
  leafIndex: number;
  proof: string[];
}

export interface BundleEvent {
  event: EpcisEvent;
  /** The CBV 2.0 event hash ID the ledger recorded. */
  eventId: string;
  /** The event hash ID of the lot's previous event, `null` for its first. */
  previous: string | null;
  leafIndex: number;
  proof: string[];
}
