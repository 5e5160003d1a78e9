import type { Message } from '@nguongoc/vn-locale';
import { astring, aobject } from '../_assert.js';
import { TraceFormatError } from '../errors.js';
import { checkAiValue, checkYymmdd, decodeAiValue, encodeAiValue } from './_ai-values.js';
import { normalizeGtin } from './gtin.js';

/** The parts of a GS1 Digital Link URI for a trade item (GS1 Digital Link URI Syntax 1.2). */
export interface DigitalLink {
  /** Scheme, host and optional path prefix, without a trailing slash: `https://nguongoc.vn`. */
  base: string;
  /** GTIN, 14 digits after formatting or parsing (8, 12 and 13 digits are accepted and padded). */
  gtin: string;
  /** AI 22, consumer product variant. */
  cpv?: string;
  /** AI 10, batch or lot number. */
  lot?: string;
  /** AI 21, serial number. */
  serial?: string;
  /** AI 17, expiry date YYMMDD, carried in the query string as a data attribute (`?17=`). */
  expiry?: string;
}

// Section 4.4: key qualifiers of GTIN must appear in this order. The short names ("convenience
// alphas") of the 1.0 to 1.2 grammars are accepted on input and never produced: gtin, cpv, lot and
// ser in the path, exp for AI 17 in the query (below). The 1.2 drafts deprecated them; the 1.4
// grammar has none. Their grammar spells them case-sensitively (%s"lot"), and so do we.
const QUALIFIERS = [
  { ai: '22', alias: 'cpv', key: 'cpv' },
  { ai: '10', alias: 'lot', key: 'lot' },
  { ai: '21', alias: 'ser', key: 'serial' },
] as const;

/**
 * Formats `https://<host>/01/<gtin14>[/22/<cpv>][/10/<lot>][/21/<serial>][?17=<YYMMDD>]`.
 * @throws TraceFormatError for a bad base URL, GTIN, qualifier value or date.
 * @example formatDigitalLink({ base: 'https://nguongoc.vn', gtin: '8934602000019', lot: 'MO-2611' })
 * // 'https://nguongoc.vn/01/08934602000019/10/MO-2611'
 */
export function formatDigitalLink(link: DigitalLink): string {
  aobject(link, 'link');
  let uri = `${checkBase(link.base)}/01/${normalizeGtin(link.gtin, 'link.gtin')}`;
  for (const { ai, key } of QUALIFIERS) {
    const value = link[key];
    if (value !== undefined) uri += `/${ai}/${encodeAiValue(checkPathValue(value, `link.${key}`))}`;
  }
  if (link.expiry !== undefined) uri += `?17=${checkYymmdd(link.expiry, 'link.expiry')}`;
  return uri;
}

/**
 * Parses a GS1 Digital Link URI for a trade item; any path before `/01/` is kept in `base`.
 * The expiry date is read from `17=` or its short name `exp=`. Other query parameters are
 * ignored, as section 6 lets resolvers do. Values may be percent-encoded or not where RFC 3986
 * lets them stand raw, and `"` may stand raw as the 1.0-1.2 grammar writes it (ADR 023).
 * @throws TraceFormatError naming the part that is wrong (not a URL, no GTIN, qualifiers out of
 *   order, bad values, the expiry date given more than once).
 * @example parseDigitalLink('https://id.gs1.org/01/08934602000019/10/MO-2611/21/42')
 */
export function parseDigitalLink(uri: string): DigitalLink {
  astring(uri, 'uri', 2048);
  // The raw path is split by hand: WHATWG URL parsing would silently drop "." and ".." segments.
  const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/.exec(uri);
  const url = parseUrl(uri);
  const segments = (match?.[2] ?? '').split('/');
  const at = segments.findIndex((s, i) => i > 0 && (s === '01' || s === 'gtin'));
  if (at < 0 || segments[at + 1] === undefined) {
    throw linkError('uri', { vi: 'không có đường dẫn /01/<GTIN>', en: 'has no /01/<GTIN> path' });
  }
  const prefix = segments.slice(0, at).join('/');
  const link: DigitalLink = {
    base: `${url.protocol}//${url.host}${prefix}`,
    gtin: normalizeGtin(decodeAiValue(segments[at + 1]!, 'uri'), 'uri'),
  };
  let next = 0;
  const rest = segments.slice(at + 2);
  if (rest.at(-1) === '') rest.pop(); // a trailing slash
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i]!;
    const position = QUALIFIERS.findIndex((q) => q.ai === name || q.alias === name);
    const value = rest[i + 1];
    if (position < next || value === undefined) {
      throw linkError('uri', {
        vi: `đoạn đường dẫn ${JSON.stringify(name)} không hợp lệ: thứ tự phải là 22, 10, 21`,
        en: `unexpected path segment ${JSON.stringify(name)}: qualifiers are 22, 10, 21 in that order`,
      });
    }
    const qualifier = QUALIFIERS[position]!;
    link[qualifier.key] = checkPathValue(decodeAiValue(value, 'uri'), `uri.${qualifier.key}`);
    next = position + 1;
  }
  // Data attribute AI 17: expiryDateCode = "17" / %s"exp" in the 1.0-1.2 grammars. A second value,
  // in either spelling, is a repeated AI, which GS1's own parser refuses (gs1-syntax-engine,
  // DUPLICATE_AI): we do not pick one of two dates for the consumer.
  const expiries = [...url.searchParams.getAll('17'), ...url.searchParams.getAll('exp')];
  if (expiries.length > 1) {
    throw linkError('uri.expiry', {
      vi: 'hạn sử dụng (AI 17, dạng 17= hoặc exp=) xuất hiện nhiều lần',
      en: 'the expiry date (AI 17, written 17= or exp=) is given more than once',
    });
  }
  if (expiries[0] !== undefined) link.expiry = checkYymmdd(expiries[0], 'uri.expiry');
  return link;
}

/** GS1 character set 82, less "." and "..", which every browser removes from a URL path. */
function checkPathValue(value: string, field: string): string {
  checkAiValue(value, field);
  if (value === '.' || value === '..') {
    throw linkError(field, {
      vi: `${JSON.stringify(value)} không thể nằm trong địa chỉ web`,
      en: `${JSON.stringify(value)} cannot be carried in a web address`,
    });
  }
  return value;
}

/** A base URL: http(s), a host, an optional path prefix, no query or fragment, no trailing slash. */
export function checkBase(base: string, field = 'link.base'): string {
  astring(base, field, 1024);
  const url = parseUrl(base, field);
  if (url.search !== '' || url.hash !== '' || base.endsWith('/') || url.username !== '') {
    throw linkError(field, {
      vi: `${JSON.stringify(base)} chỉ gồm giao thức, tên miền và đường dẫn, không có dấu / ở cuối`,
      en: `${JSON.stringify(base)} must be scheme, host and path only, without a trailing slash`,
    });
  }
  return base;
}

function parseUrl(text: string, field = 'uri'): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw linkError(field, {
      vi: `${JSON.stringify(text)} không phải là URL`,
      en: `${JSON.stringify(text)} is not a URL`,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw linkError(field, {
      vi: `${JSON.stringify(text)} phải dùng https hoặc http`,
      en: `${JSON.stringify(text)} must use https or http`,
    });
  }
  return url;
}

function linkError(field: string, reason: Message): TraceFormatError {
  return new TraceFormatError('digital_link.syntax', field, reason);
}
