import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../src/_bytes.js';

describe('base64 (RFC 4648 section 4)', () => {
  it('encodes as Node does, padding included, and decodes back (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const encoded = bytesToBase64(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(encoded)).toEqual(bytes);
      }),
    );
  });

  it('encodes the RFC 4648 section 10 vectors', () => {
    const vectors = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'];
    vectors.forEach((expected, length) => {
      expect(bytesToBase64(new TextEncoder().encode('foobar'.slice(0, length)))).toBe(expected);
    });
  });

  it('decodes strictly: wrong length, bad padding, stray symbols and non-zero trailing bits are refused', () => {
    for (const text of [
      'Zg',
      'Zg=',
      'Zh==',
      'Zm9=',
      'Z===',
      '=Zg=',
      'Zg==Zg==',
      'Zm9v\n',
      'Zm9-',
    ]) {
      expect(base64ToBytes(text), text).toBeUndefined();
    }
  });
});
