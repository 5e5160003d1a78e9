// Labels print OCOP stars from the ledger's product record only while the rating holds (ADR 039):
// from the day after its last day, a label of the lot carries no stars.
import { lot, sampleLedger, product } from '@nguongoc/trace-core/sample-lot';
import { generateNoteKeys } from '@nguongoc/trace-core';
import { describe, expect, it } from 'vitest';
import { lotInfoFromBundle, lotInfoFromRecords } from '../src/index.js';

describe('OCOP stars on labels', () => {
  const records = { lot, product };
  const expiresOn = product.ocop!.expiresOn;

  it('prints the stars up to the last day of the rating, none the day after', () => {
    expect(lotInfoFromRecords(records, [], expiresOn).stars).toBe(product.ocop!.stars);
    const dayAfter = new Date(Date.parse(`${expiresOn}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(lotInfoFromRecords(records, [], dayAfter).stars).toBeUndefined();
  });

  it('reads a bundle the same way', () => {
    const ledger = sampleLedger();
    const keys = generateNoteKeys(ledger.origin);
    const bundle = ledger.lotBundle(lot.id, ledger.signCheckpoint(keys.signerKey));
    expect(lotInfoFromBundle(bundle, '2026-12-07')?.stars).toBe(4);
    expect(lotInfoFromBundle(bundle, '2030-01-01')?.stars).toBeUndefined();
  });
});
