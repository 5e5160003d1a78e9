import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ToBytes } from '../src/_bytes.js';
import { canonicalize } from '../src/index.js';
import { ledgerEntryBytes, ledgerLeafHash } from '../src/ledger/index.js';
import { leafHash } from '../src/merkle/index.js';
import { lot } from '../src/sample-lot.js';

// Any Unicode, control characters and quotes included, so that escaping is exercised.
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', '\\', '\n', '\u0001', '\u2028'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
});

describe('ledger entries', () => {
  it('write event entries exactly as RFC 8785 canonical JSON (property)', () => {
    fc.assert(
      fc.property(text, text, fc.option(text, { nil: null }), (eventId, lotId, previous) => {
        const entry = { type: 'event' as const, eventId, lot: lotId, previous };
        const expected = canonicalize(entry);
        expect(new TextDecoder().decode(ledgerEntryBytes(entry))).toBe(expected);
        expect(ledgerLeafHash(entry)).toEqual(leafHash(utf8ToBytes(expected)));
      }),
    );
  });

  it('write record entries as canonical JSON of the record', () => {
    const entry = { type: 'record' as const, record: lot };
    expect(new TextDecoder().decode(ledgerEntryBytes(entry))).toBe(
      '{"record":{"code":"CAM-2611-A","id":"3KX9T2M7QAH","locationId":"vuon-cam-xom-3","organisationId":"htx-cam-nghia-dan","productId":"cam-vinh-hop-5kg","type":"lot"},"type":"record"}',
    );
    expect(ledgerLeafHash(entry)).toEqual(leafHash(ledgerEntryBytes(entry)));
  });
});
