import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TraceFormatError,
  formatDigitalLink,
  formatShortCodeUrl,
  generateShortCode,
  gs1CheckDigit,
  isTraceabilityCode,
  normalizeGtin,
  normalizeShortCode,
  parseDigitalLink,
  parseTraceUrl,
  traceabilityCode,
} from '../src/index.js';

const CSET_82 =
  '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const aiValue = fc
  .string({ unit: fc.constantFrom(...CSET_82), minLength: 1, maxLength: 20 })
  .filter((value) => value !== '.' && value !== '..');
const gtin13 = fc.stringMatching(/^893\d{9}$/).map((body) => body + gs1CheckDigit(body));

describe('GTIN', () => {
  it('computes GS1 check digits (General Specifications 7.9.1 examples)', () => {
    expect(gs1CheckDigit('629104150021')).toBe(3); // GTIN-13 6291041500213
    expect(gs1CheckDigit('9501101021037'.slice(0, -1))).toBe(7);
    expect(gs1CheckDigit('0614141123452'.slice(0, -1))).toBe(2);
  });

  it('pads valid GTINs to 14 digits and rejects wrong check digits', () => {
    expect(normalizeGtin('6291041500213')).toBe('06291041500213');
    expect(normalizeGtin('96385074')).toBe('00000096385074');
    expect(() => normalizeGtin('6291041500214')).toThrow(/check digit/);
    expect(() => normalizeGtin('62910415002')).toThrow(TraceFormatError);
    expect(() => normalizeGtin('629104150021x')).toThrow(TraceFormatError);
  });
});

describe('GS1 Digital Link', () => {
  it('formats qualifiers in the order 22, 10, 21 with the expiry as ?17=', () => {
    const uri = formatDigitalLink({
      base: 'https://nguongoc.vn',
      gtin: '6291041500213',
      serial: '0042',
      lot: 'MO/26&A',
      cpv: 'X1',
      expiry: '271231',
    });
    expect(uri).toBe(
      'https://nguongoc.vn/01/06291041500213/22/X1/10/MO%2F26%26A/21/0042?17=271231',
    );
    expect(parseDigitalLink(uri)).toEqual({
      base: 'https://nguongoc.vn',
      gtin: '06291041500213',
      cpv: 'X1',
      lot: 'MO/26&A',
      serial: '0042',
      expiry: '271231',
    });
  });

  it('round-trips any valid value (property)', () => {
    fc.assert(
      fc.property(
        gtin13,
        fc.option(aiValue, { nil: undefined }),
        fc.option(aiValue, { nil: undefined }),
        (gtin, lot, serial) => {
          const link = {
            base: 'https://id.example.vn/x',
            gtin,
            ...(lot && { lot }),
            ...(serial && { serial }),
          };
          expect(parseDigitalLink(formatDigitalLink(link))).toEqual({
            ...link,
            gtin: gtin.padStart(14, '0'),
          });
        },
      ),
    );
  });

  it('round-trips any value through a browser and through the raw-quote spelling (property)', () => {
    fc.assert(
      fc.property(gtin13, aiValue, aiValue, aiValue, (gtin, cpv, lot, serial) => {
        const link = { base: 'https://id.example.vn/x', gtin, cpv, lot, serial, expiry: '271231' };
        const uri = formatDigitalLink(link);
        const expected = { ...link, gtin: gtin.padStart(14, '0') };
        // WHATWG URL parsing (every browser) leaves our output as it is, and reads back the same.
        expect(new URL(uri).href).toBe(uri);
        expect(parseDigitalLink(new URL(uri).href)).toEqual(expected);
        // A generator that follows the GS1 1.0-1.2 ABNF writes `"` raw; we read it the same.
        expect(parseDigitalLink(uri.replaceAll('%22', '"'))).toEqual(expected);
      }),
    );
  });

  it('accepts the 2018 short names on input and keeps a path prefix in base', () => {
    expect(parseDigitalLink('https://example.com/shop/gtin/6291041500213/lot/A1/ser/7/')).toEqual({
      base: 'https://example.com/shop',
      gtin: '06291041500213',
      lot: 'A1',
      serial: '7',
    });
  });

  it('reads the short name exp= as AI 17, like the path short names, and once only', () => {
    // Digital Link 1.0 to 1.2 grammar: expiryDateCode = "17" / %s"exp" (case-sensitive).
    expect(
      parseDigitalLink('https://example.com/gtin/6291041500213/lot/A1?exp=271231&x=1'),
    ).toEqual({
      base: 'https://example.com',
      gtin: '06291041500213',
      lot: 'A1',
      expiry: '271231',
    });
    expect(parseDigitalLink('https://example.com/01/06291041500213?exp=271231')).toEqual(
      parseDigitalLink('https://example.com/01/06291041500213?17=271231'),
    );
    expect(parseDigitalLink('https://example.com/01/06291041500213?EXP=271231')).not.toHaveProperty(
      'expiry',
    );
    for (const query of ['exp=271332', 'exp=', '17=271231&exp=271231', '17=271231&exp=281231']) {
      const uri = `https://example.com/01/06291041500213?${query}`;
      expect(() => parseDigitalLink(uri), uri).toThrow(TraceFormatError);
    }
    // GS1's reference parser (gs1-syntax-engine) refuses a repeated AI; so do we, in any spelling.
    expect(() =>
      parseDigitalLink('https://example.com/01/06291041500213?17=271231&17=281231'),
    ).toThrow(/more than once/);
  });

  it('percent-encodes every character of set 82 outside RFC 3986 unreserved (ADR 023)', () => {
    const encoded: Record<string, string> = {
      '!': '%21',
      '"': '%22',
      '%': '%25',
      '&': '%26',
      "'": '%27',
      '(': '%28',
      ')': '%29',
      '*': '%2A',
      '+': '%2B',
      ',': '%2C',
      '/': '%2F',
      ':': '%3A',
      ';': '%3B',
      '<': '%3C',
      '=': '%3D',
      '>': '%3E',
      '?': '%3F',
      '-': '-',
      '.': '.',
      _: '_',
    };
    for (const c of CSET_82) {
      const expected = encoded[c] ?? (/^[0-9A-Za-z]$/.test(c) ? c : undefined);
      expect(expected, c).toBeDefined();
      const uri = formatDigitalLink({
        base: 'https://x.vn',
        gtin: '6291041500213',
        serial: `A${c}`,
      });
      expect(uri, c).toBe(`https://x.vn/01/06291041500213/21/A${expected}`);
      // What a browser or a QR scanner would send is what we wrote: nothing left to re-encode.
      expect(new URL(uri).href, c).toBe(uri);
    }
  });

  it('reads every spelling of a value that RFC 3986 or the GS1 grammar allows', () => {
    const lot = (segment: string) =>
      parseDigitalLink(`https://x.vn/01/06291041500213/10/${segment}`).lot;
    // No delimiters in a path segment: raw, upper- or lowercase escapes all mean the character.
    // `"` raw is the Digital Link 1.0-1.2 ABNF spelling (DoubleQuote = '"'), %22 is RFC 3986's;
    // raw `<` `>` are no URI characters, but a browser would send them escaped, meaning the same.
    for (const c of `!"&'()*+,:;<=>-._`) {
      const hex = c.charCodeAt(0).toString(16);
      expect([lot(`A${c}`), lot(`A%${hex.toUpperCase()}`), lot(`A%${hex}`)], c).toEqual([
        `A${c}`,
        `A${c}`,
        `A${c}`,
      ]);
    }
    // Delimiters only escaped: a raw "/" splits the path, "?" starts the query, "%" an escape.
    expect(lot('A%2F1%3F%25')).toBe('A/1?%');
    expect(() => lot('A/1')).toThrow(TraceFormatError);
    expect(lot('A?1')).toBe('A');
    expect(() => lot('A%1')).toThrow(TraceFormatError);
    // Escapes that decode outside set 82 are refused like the raw characters.
    for (const segment of ['A%23', 'A%20', 'A%7E', 'A%00', 'A%C3%B4', 'A~']) {
      expect(() => lot(segment), segment).toThrow(TraceFormatError);
    }
  });

  it('rejects malformed links with a named error', () => {
    const bad = [
      'not a url',
      'ftp://example.com/01/06291041500213',
      'https://example.com/10/ABC',
      'https://example.com/01/06291041500214',
      'https://example.com/01/06291041500213/21/1/10/A', // serial before lot
      'https://example.com/01/06291041500213/10',
      'https://example.com/01/06291041500213/99/1',
      'https://example.com/01/06291041500213/10/L%C3%B4', // "Lô": not GS1 character set 82
      'https://example.com/01/06291041500213?17=271332',
      'https://example.com/01/06291041500213/10/%E0%A4%A',
    ];
    for (const uri of bad) expect(() => parseDigitalLink(uri), uri).toThrow(TraceFormatError);
    expect(() =>
      formatDigitalLink({ base: 'https://nguongoc.vn/', gtin: '6291041500213' }),
    ).toThrow(/trailing slash/);
    expect(() =>
      formatDigitalLink({
        base: 'https://nguongoc.vn',
        gtin: '6291041500213',
        lot: 'x'.repeat(21),
      }),
    ).toThrow(TraceFormatError);
    expect(() =>
      formatDigitalLink({ base: 'https://nguongoc.vn', gtin: '6291041500213', expiry: '270230' }),
    ).toThrow(TraceFormatError);
    expect(() =>
      formatDigitalLink({ base: 'https://nguongoc.vn', gtin: '6291041500213', lot: '..' }),
    ).toThrow(/web address/);
  });
});

describe('short codes', () => {
  it('issues 11-symbol codes that normalise to themselves (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 7, maxLength: 7 }), (bytes) => {
        let calls = 0;
        const code = generateShortCode((n) =>
          calls++ === 0 ? bytes : new Uint8Array(n).fill(calls),
        );
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{11}$/);
        expect(normalizeShortCode(code)).toBe(code);
        expect(normalizeShortCode(code.toLowerCase().replace(/(.{4})/g, '$1-'))).toBe(code);
      }),
    );
  });

  it('detects every single-symbol change and every swap of neighbours (property)', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    fc.assert(
      fc.property(fc.nat(10), fc.constantFrom(...alphabet), (at, symbol) => {
        const code = generateShortCode();
        const changed = code.slice(0, at) + symbol + code.slice(at + 1);
        if (changed !== code) expect(() => normalizeShortCode(changed)).toThrow(TraceFormatError);
        const swapped =
          at < 10 ? code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2) : code;
        if (swapped !== code) expect(() => normalizeShortCode(swapped)).toThrow(TraceFormatError);
      }),
    );
  });

  it('parses both kinds of trace URL', () => {
    const code = generateShortCode();
    expect(parseTraceUrl(formatShortCodeUrl('https://nguongoc.vn', code))).toEqual({
      kind: 'short-code',
      base: 'https://nguongoc.vn',
      code,
    });
    expect(parseTraceUrl(`HTTPS://NGUONGOC.VN/T/${code}`)).toMatchObject({
      kind: 'short-code',
      code,
    });
    expect(parseTraceUrl('https://nguongoc.vn/01/06291041500213/10/A1')).toMatchObject({
      kind: 'digital-link',
      lot: 'A1',
    });
    expect(() => parseTraceUrl('https://nguongoc.vn/t/ABC')).toThrow(TraceFormatError);
  });
});

describe('traceability code (Circular 02/2024/TT-BKHCN)', () => {
  const input = {
    product: '08934602000019',
    location: 'VN-NA-CC-001',
    lot: 'mo-2611',
    eventTime: '2026-11-19T20:30:00Z',
  };

  it('joins product, location, lot and the Vietnam date, with a check character', () => {
    const code = traceabilityCode(input);
    expect(code).toMatch(/^08934602000019\.VN-NA-CC-001\.MO-2611\.261120\.[0-9A-Z]$/); // 03:30 on 20 Nov in UTC+7
    expect(isTraceabilityCode(code)).toBe(true);
    expect(traceabilityCode({ ...input, eventTime: new Date('2026-11-19T20:30:00Z') })).toBe(code);
  });

  it('detects a changed character', () => {
    const code = traceabilityCode(input);
    for (let i = 0; i < code.length; i++) {
      if (code[i] === '.' || code[i] === '-') continue;
      const changed = code.slice(0, i) + (code[i] === '7' ? '8' : '7') + code.slice(i + 1);
      expect(isTraceabilityCode(changed), changed).toBe(false);
    }
  });

  it('rejects Vietnamese letters and bad times with an explanation in both languages', () => {
    try {
      traceabilityCode({ ...input, lot: 'Lô 1' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TraceFormatError);
      expect((error as TraceFormatError).messageVi).toContain('chữ không dấu');
    }
    expect(() => traceabilityCode({ ...input, eventTime: 'yesterday' })).toThrow(TraceFormatError);
  });
});
