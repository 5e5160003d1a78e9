import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../src/index.js';
import { listVectors, readVector } from './_vectors.js';

describe('canonicalize (RFC 8785)', () => {
  for (const file of listVectors('jcs/input')) {
    it(`matches the published vector ${file}`, () => {
      const input: unknown = JSON.parse(readVector(`jcs/input/${file}`));
      expect(canonicalize(input)).toBe(readVector(`jcs/output/${file}`));
    });
  }

  it('serialises numbers as ECMAScript does', () => {
    expect(canonicalize([1e21, 1e-7, -0, 0.1 + 0.2, 1 / 3, 5e-324])).toBe(
      '[1e+21,1e-7,0,0.30000000000000004,0.3333333333333333,5e-324]',
    );
  });

  it('sorts keys by UTF-16 code units, not code points', () => {
    // U+1F600 (surrogates D83D DE00) sorts before U+FB33 in UTF-16 order.
    expect(canonicalize({ '\ufb33': 1, '\u{1f600}': 2 })).toBe('{"\u{1f600}":2,"\ufb33":1}');
  });

  it('escapes only what RFC 8785 requires', () => {
    expect(canonicalize('a"\\\b\f\n\r\t\u0001\u001f\u007f€/')).toBe(
      '"a\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\u007f€/"',
    );
  });

  it('is the identity on its own output and agrees with JSON.parse (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = canonicalize(value);
        expect(canonicalize(JSON.parse(once))).toBe(once);
        expect(JSON.parse(once)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('rejects what JSON cannot hold, naming where', () => {
    expect(() => canonicalize(undefined)).toThrow(TypeError);
    expect(() => canonicalize({ a: [1, () => 1] })).toThrow(/value\.a\[1\]/);
    expect(() => canonicalize({ n: 10n })).toThrow(TypeError);
    expect(() => canonicalize(new Date(0))).toThrow(TypeError);
    expect(() => canonicalize({ x: Number.NaN })).toThrow(RangeError);
    expect(() => canonicalize([Infinity])).toThrow(RangeError);
    expect(() => canonicalize('\ud800x')).toThrow(/lone surrogate/);
    let deep: unknown = 1;
    for (let i = 0; i < 300; i++) deep = [deep];
    expect(() => canonicalize(deep)).toThrow(RangeError);
  });

  it('skips undefined members like JSON.stringify', () => {
    expect(canonicalize({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});
