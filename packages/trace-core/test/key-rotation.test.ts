// ADR 035: the fingerprint a person compares to pin a ledger key, and the key-rotation record.
import { describe, expect, it } from 'vitest';
import {
  type KeyRotation,
  TraceFormatError,
  generateNoteKeys,
  keyFingerprint,
  keyRotationId,
  validateRecord,
} from '../src/index.js';

const ORIGIN = 'nguongoc.vn/htx-cam-nghia-dan';
const seed = (byte: number) => new Uint8Array(32).fill(byte);

describe('keyFingerprint', () => {
  it('is 32 hex digits in groups of four, starting with the key ID', () => {
    const { verifierKey } = generateNoteKeys(ORIGIN, seed(1));
    const fingerprint = keyFingerprint(verifierKey);
    expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    expect(fingerprint.replace(/ /g, '').slice(0, 8)).toBe(verifierKey.split('+')[1]);
    expect(keyFingerprint(generateNoteKeys(ORIGIN, seed(2)).verifierKey)).not.toBe(fingerprint);
    // The name is part of what is fingerprinted.
    expect(keyFingerprint(generateNoteKeys('nguongoc.vn/other', seed(1)).verifierKey)).not.toBe(
      fingerprint,
    );
  });

  it('refuses a malformed verifier key', () => {
    expect(() => keyFingerprint('not a key')).toThrow(TraceFormatError);
  });
});

describe('key-rotation records', () => {
  const previousKey = generateNoteKeys(ORIGIN, seed(3)).verifierKey;
  const newKey = generateNoteKeys(ORIGIN, seed(4)).verifierKey;
  const rotation: KeyRotation = {
    type: 'key-rotation',
    id: keyRotationId(newKey),
    previousKey,
    newKey,
    at: '2026-12-07T09:30:00.000Z',
  };

  it('accepts a rotation between two keys of one name, identified by the new key', () => {
    expect(validateRecord(rotation)).toEqual(rotation);
    expect(rotation.id).toBe(`key-${keyFingerprint(newKey).replace(/ /g, '')}`);
  });

  it('refuses a rotation to the same key, to another name, under another ID or time', () => {
    const bad: [Partial<KeyRotation>, string][] = [
      [{ newKey: previousKey, id: keyRotationId(previousKey) }, 'key-rotation.newKey'],
      [
        {
          newKey: generateNoteKeys('nguongoc.vn/other', seed(5)).verifierKey,
          id: keyRotationId(generateNoteKeys('nguongoc.vn/other', seed(5)).verifierKey),
        },
        'key-rotation.newKey',
      ],
      [{ id: keyRotationId(previousKey) }, 'key-rotation.id'],
      [{ at: '2026-12-07' }, 'key-rotation.at'],
      [{ at: '2026-02-30T09:30:00Z' }, 'key-rotation.at'],
    ];
    for (const [change, field] of bad) {
      let caught: unknown;
      try {
        validateRecord({ ...rotation, ...change });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(TraceFormatError);
      expect((caught as TraceFormatError).field).toBe(field);
    }
  });
});
