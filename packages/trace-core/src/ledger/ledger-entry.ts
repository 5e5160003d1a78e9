import { aobject, astring, describe } from '../_assert.js';
import { utf8ToBytes } from '../_bytes.js';
import { canonicalize } from '../canonical-json.js';
import { _leafHashUtf8 } from '../merkle/tree-hash.js';
import type { MasterRecord } from '../model/records.js';

/**
 * What one leaf of a NguonGoc ledger commits to. The leaf data is the RFC 8785 canonical JSON of
 * the entry, so any implementation that canonicalises the same entry gets the same leaf hash.
 *
 * - An event leaf binds the event's CBV 2.0 hash ID to its lot and to the previous event of the
 *   same lot (`null` for the first): a lot's events form a chain inside the log, so a bundle that
 *   leaves an event out breaks the next event's link.
 * - A record leaf holds a master-data record (organisation, product, location, lot) itself.
 */
export type LedgerEntry =
  | { type: 'event'; eventId: string; lot: string; previous: string | null }
  | { type: 'record'; record: MasterRecord };

/**
 * The RFC 8785 canonical JSON of a ledger entry. Event entries, the hot path of every append and
 * verification, are written out directly (members already in sorted order); the result is the
 * same string `canonicalize` gives (test/ledger-entry.test.ts).
 */
export function ledgerEntryText(entry: LedgerEntry): string {
  const type: unknown = aobject(entry, 'entry').type;
  if (entry.type === 'record') {
    return canonicalize({ type: 'record', record: aobject(entry.record, 'entry.record') });
  }
  if (entry.type !== 'event') {
    throw new TypeError(`entry.type: expected "event" or "record", got ${describe(type)}`);
  }
  astring(entry.eventId, 'entry.eventId');
  astring(entry.lot, 'entry.lot');
  const previous =
    entry.previous === null ? 'null' : canonicalize(astring(entry.previous, 'entry.previous'));
  return `{"eventId":${canonicalize(entry.eventId)},"lot":${canonicalize(entry.lot)},"previous":${previous},"type":"event"}`;
}

/** The bytes of a ledger entry: UTF-8 of its RFC 8785 canonical JSON. */
export function ledgerEntryBytes(entry: LedgerEntry): Uint8Array {
  return utf8ToBytes(ledgerEntryText(entry));
}

/**
 * The RFC 9162 leaf hash of a ledger entry: `SHA-256(0x00 || ledgerEntryBytes(entry))`, taken by
 * the Merkle code's `leafHashUtf8` on the entry's text.
 */
export function ledgerLeafHash(entry: LedgerEntry): Uint8Array {
  return _leafHashUtf8(ledgerEntryText(entry));
}
