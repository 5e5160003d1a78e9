import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  sha256,
  sha256Concat,
  sha256Implementation,
  sha256Utf8,
  sha256Utf8Hex,
} from '../src/_sha256.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '../src/_bytes.js';

describe('SHA-256', () => {
  it('uses the runtime hash in Node (what the benchmark measures)', () => {
    expect(sha256Implementation).toBe('node');
  });

  it('equals @noble/hashes, the browser implementation, on any input (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        (bytes, text) => {
          expect(sha256(bytes)).toEqual(nobleSha256(bytes));
          expect(sha256Utf8(text)).toEqual(nobleSha256(utf8ToBytes(text)));
          expect(sha256Utf8Hex(text)).toBe(bytesToHex(nobleSha256(utf8ToBytes(text))));
          expect(sha256Concat(bytes, utf8ToBytes(text))).toEqual(
            nobleSha256(concatBytes(bytes, utf8ToBytes(text))),
          );
        },
      ),
    );
  });

  it('returns fresh arrays that a caller may change', () => {
    const a = sha256(new Uint8Array([1]));
    const b = sha256(new Uint8Array([1]));
    a[0]! ^= 1;
    expect(a).not.toEqual(b);
    expect(Object.getPrototypeOf(a)).toBe(Uint8Array.prototype);
    expect(a.byteOffset).toBe(0);
  });
});
