import { abytes, astring } from '../_assert.js';
import { TraceFormatError } from '../errors.js';
import { type DigitalLink, checkBase, parseDigitalLink } from './digital-link.js';

// Crockford base32 (https://www.crockford.com/base32.html): no I, L, O, U, so a code read aloud
// over the phone or typed from a smudged label survives; its mod-37 check symbol catches every
// single-character error and every transposition of neighbours. Codes whose check value would be
// one of Crockford's extra symbols (* ~ $ = U) are never issued: `~` and `=` are not in the QR
// alphanumeric set, and an all-alphanumeric code keeps the QR code small.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 10; // 50 random bits: collision-free for far more lots than a province has

/**
 * A new short code for a lot or unit of a producer without a GTIN: 10 Crockford base32 symbols
 * (50 random bits) and a check symbol. Upper case, so that `HTTPS://HOST/T/<CODE>` fits the QR
 * alphanumeric mode when the host is written in upper case.
 * @param random source of random bytes; `crypto.getRandomValues` when omitted.
 * @example generateShortCode() // e.g. '3KX9T2M7QAH'
 */
export function generateShortCode(
  random: (length: number) => Uint8Array = (length) =>
    crypto.getRandomValues(new Uint8Array(length)),
): string {
  for (;;) {
    const bytes = abytes(random(7), 'random()', 7);
    let bits = 0n;
    for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
    let body = '';
    for (let i = 0; i < BODY_LENGTH; i++) body += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
    const check = checkValue(body);
    if (check < ALPHABET.length) return body + ALPHABET[check];
  }
}

/**
 * Normalises a short code typed by a person (lower case, `I`/`L` for 1, `O` for 0, hyphens and
 * spaces) and checks its check symbol.
 * @throws TraceFormatError if it has the wrong length, a foreign character or a wrong check symbol.
 * @example normalizeShortCode('3kx9-t2m7-qav')
 */
export function normalizeShortCode(code: string, field = 'code'): string {
  astring(code, field, 64);
  const cleaned = code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const body = cleaned.slice(0, -1);
  if (cleaned.length !== BODY_LENGTH + 1 || [...body].some((c) => !ALPHABET.includes(c))) {
    throw new TraceFormatError('short_code.syntax', field, {
      vi: `${JSON.stringify(code)} không phải mã truy xuất 11 ký tự`,
      en: `${JSON.stringify(code)} is not an 11-symbol trace code`,
    });
  }
  if (cleaned.at(-1) !== ALPHABET[checkValue(body)]) {
    throw new TraceFormatError('short_code.check', field, {
      vi: `${JSON.stringify(code)} sai ký tự kiểm tra: gõ nhầm?`,
      en: `${JSON.stringify(code)} has a wrong check symbol: mistyped?`,
    });
  }
  return cleaned;
}

/** `https://<host>/t/<code>`: the label URL of a lot or unit without a GTIN. */
export function formatShortCodeUrl(base: string, code: string): string {
  return `${checkBase(base, 'base')}/t/${normalizeShortCode(code)}`;
}

/** What a scanned trace URL points at: a GS1 Digital Link or a NguonGoc short code. */
export type TraceUrl =
  ({ kind: 'digital-link' } & DigitalLink) | { kind: 'short-code'; base: string; code: string };

/**
 * Parses what a consumer's phone opens: `…/t/<code>` or a GS1 Digital Link.
 * @throws TraceFormatError if it is neither.
 * @example parseTraceUrl('https://nguongoc.vn/t/3KX9T2M7QAH') // { kind: 'short-code', … }
 */
export function parseTraceUrl(uri: string): TraceUrl {
  astring(uri, 'uri', 2048);
  const match = /^(https?:\/\/[^/?#]+(?:\/[^?#]*)?)\/t\/([^/?#]+)\/?(?:[?#].*)?$/i.exec(uri);
  if (match)
    return {
      kind: 'short-code',
      base: checkBase(match[1]!, 'uri'),
      code: normalizeShortCode(match[2]!, 'uri'),
    };
  return { kind: 'digital-link', ...parseDigitalLink(uri) };
}

/** The body's value as a base-32 number, modulo 37 (Crockford's check). */
function checkValue(body: string): number {
  let value = 0;
  for (const c of body) value = (value * 32 + ALPHABET.indexOf(c)) % 37;
  return value;
}
