// @vitest-environment happy-dom
// ADR 035: the trace page says when the cooperative's signing key changed, from the key-rotation
// records its lot bundle carries (and the browser verifies with the other records).
import {
  type KeyRotation,
  generateNoteKeys,
  keyFingerprint,
  keyRotationId,
  verifyLotBundle,
} from '@nguongoc/trace-core';
import { MemoryLedger } from '@nguongoc/trace-core/ledger';
import { cooperative, lot, orchard, packingHouse, product } from '@nguongoc/trace-core/sample-lot';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyRotations } from '../app/trace/key-rotations';
import { traceView } from '../app/trace/trace-view.server';

afterEach(cleanup);

const ORIGIN = 'nguongoc.vn/htx-cam-nghia-dan';

function rotatedBundle() {
  const first = generateNoteKeys(ORIGIN);
  const second = generateNoteKeys(ORIGIN);
  const ledger = new MemoryLedger(ORIGIN);
  for (const record of [cooperative, orchard, packingHouse, product, lot]) ledger.addRecord(record);
  const rotation: KeyRotation = {
    type: 'key-rotation',
    id: keyRotationId(second.verifierKey),
    previousKey: first.verifierKey,
    newKey: second.verifierKey,
    at: '2026-12-07T09:30:00.000Z',
  };
  ledger.addRecord(rotation);
  const bundle = ledger.lotBundle(lot.id, ledger.signCheckpoint(second.signerKey));
  // MemoryLedger's bundle holds what the lot names; the store adds the ledger's rotations (their
  // proofs are checked in the browser, and in trace-store's pinned-keys tests; not here).
  bundle.records.push({ record: rotation, leafIndex: 5, proof: [] });
  return { bundle, newKey: second.verifierKey };
}

describe('key rotations on the trace page', () => {
  it('says in each language when the key changed, with the new key fingerprint', () => {
    const { bundle, newKey } = rotatedBundle();
    for (const [language, text] of [
      ['vi', 'Khoá ký của hợp tác xã đã đổi ngày'],
      ['en', "The cooperative's signing key changed on"],
    ] as const) {
      const view = traceView(bundle, language);
      expect(view.keyRotations).toHaveLength(1);
      render(<KeyRotations rotations={view.keyRotations} language={language} />);
      const item = screen.getByText(new RegExp(text));
      expect(item.textContent).toContain(view.keyRotations[0]!.dateText);
      expect(item.textContent).toContain(keyFingerprint(newKey));
      cleanup();
    }
  });

  it('shows nothing for a ledger whose key never changed', () => {
    const keys = generateNoteKeys(ORIGIN);
    const ledger = new MemoryLedger(ORIGIN);
    for (const record of [cooperative, orchard, packingHouse, product, lot])
      ledger.addRecord(record);
    const bundle = ledger.lotBundle(lot.id, ledger.signCheckpoint(keys.signerKey));
    expect(verifyLotBundle(bundle, [keys.verifierKey]).ok).toBe(true);
    const view = traceView(bundle, 'en');
    expect(view.keyRotations).toEqual([]);
    const { container } = render(<KeyRotations rotations={view.keyRotations} language="en" />);
    expect(container.textContent).toBe('');
  });
});
