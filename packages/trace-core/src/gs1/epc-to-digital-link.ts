// One spelling per GS1 identifier, for the EPCIS event hash (CBV 2.0 section 8.9): the
// same trade item may arrive as an EPC URI (urn:epc:id:sgtin:...), a class or pattern URI, or a
// GS1 Digital Link URI on a brand's own domain, and all of them must hash alike.
import { astring } from '../_assert.js';
import { gs1CheckDigit } from './check-digit.js';

const CANONICAL_ORIGIN = 'https://id.gs1.org';

// One character of a GS1 AI encodable character set 82 value as EPC URIs write it (EPC Tag Data
// Standard, EPC URI syntax): a safe character, or a %-escape of an AI82 character.
const AI82_CHAR =
  "(?:[A-Za-z0-9!'()*+,.:;=_-]|%(?:2[1-9A-Fa-f]|3[0-9A-Fa-f]|4[1-9A-Fa-f]|5[0-9AaFf]|6[1-9A-Fa-f]|7[0-9Aa]))";
// The same for set 39 (CPI component/part references: # - / 0-9 A-Z), with # and / escaped.
const AI39_CHAR = '(?:[0-9A-Z-]|%(?:2[3DFdf]|3[0-9]|4[1-9A-Fa-f]|5[0-9Aa]))';
// A hand-written Digital Link may also carry the AI82 characters `" & < >` raw; accepted, and
// escaped on output.
const DL_AI82_CHAR = `(?:${AI82_CHAR}|["&<>])`;

const patterns = new Map<string, RegExp>();
function fits(value: string, charPattern: string, min: number, max: number): boolean {
  const source = `^${charPattern}{${min},${max}}$`;
  let pattern = patterns.get(source);
  if (pattern === undefined) patterns.set(source, (pattern = new RegExp(source)));
  return pattern.test(value);
}

/**
 * Percent-encodes the AI82 characters that a Digital Link path must not carry raw. `! ( ) * + , :`
 * is the set of the reference implementation whose vectors fix the hash (`'` stays raw); `" & < >`
 * are added for Digital Link input, since an EPC URI always escapes them, so both spellings meet.
 * Existing escapes pass through untouched.
 */
function escapePath(value: string): string {
  return value.replace(/[!"&()*+,:<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const withCheckDigit = (digits: string): string => digits + gs1CheckDigit(digits);

/** Company prefix (6-12 digits) plus a numeric reference filling a key of `length` digits. */
function keyDigits(companyPrefix: string, reference: string, length: number): string | undefined {
  if (!/^\d{6,12}$/.test(companyPrefix) || !/^\d*$/.test(reference)) return undefined;
  return companyPrefix.length + reference.length === length ? companyPrefix + reference : undefined;
}

/** GTIN-14 of an EPC `CompanyPrefix.IndicatorItemReference` pair: indicator digit first. */
function gtin(companyPrefix: string, itemReference: string): string | undefined {
  const digits = keyDigits(companyPrefix, itemReference, 13);
  if (digits === undefined || itemReference === '') return undefined;
  return withCheckDigit(itemReference[0] + companyPrefix + itemReference.slice(1));
}

/** Splits `a.b.rest` into `count` parts; the last part keeps its dots (serials may contain dots). */
function parts(body: string, count: number): string[] | undefined {
  const out: string[] = [];
  let rest = body;
  for (let i = 1; i < count; i++) {
    const dot = rest.indexOf('.');
    if (dot < 0) return undefined;
    out.push(rest.slice(0, dot));
    rest = rest.slice(dot + 1);
  }
  out.push(rest);
  return out;
}

type Converter = (body: string) => string | undefined;

/** `CP.Ref.Serial` with a GS1 key of `length` digits and an AI82 serial of up to `maxSerial`. */
function serialised(ai: string, length: number, maxSerial: number, prefix = ''): Converter {
  return (body) => {
    const [cp = '', ref = '', serial = ''] = parts(body, 3) ?? [];
    const digits = keyDigits(cp, ref, length);
    if (digits === undefined || !fits(serial, AI82_CHAR, 1, maxSerial)) return undefined;
    return `/${ai}/${withCheckDigit(prefix + digits)}${escapePath(serial)}`;
  };
}

/** `CP.Ref` with a GS1 key of `length` digits and nothing else. */
function plainKey(ai: string, length: number, pattern = false): Converter {
  return (body) => {
    const [cp = '', ref = '', star] = parts(body, pattern ? 3 : 2) ?? [];
    const digits = keyDigits(cp, ref, length);
    if (digits === undefined || (pattern && star !== '*')) return undefined;
    return `/${ai}/${withCheckDigit(ai === '8003' ? `0${digits}` : digits)}`;
  };
}

/** `CP.Reference` where the reference is free text (GIAI, GINC): no check digit. */
function freeText(ai: string): Converter {
  return (body) => {
    const [cp = '', ref = ''] = parts(body, 2) ?? [];
    if (!/^\d{6,12}$/.test(cp) || !fits(ref, AI82_CHAR, 1, 30 - cp.length)) return undefined;
    return `/${ai}/${cp}${escapePath(ref)}`;
  };
}

/** SGTIN-like `CP.ItemRef.Value` where `Value` becomes qualifier `qualifier` of the GTIN. */
function gtinWith(qualifier: string, maxValue: number): Converter {
  return (body) => {
    const [cp = '', ref = '', value = ''] = parts(body, 3) ?? [];
    const key = gtin(cp, ref);
    if (key === undefined || !fits(value, AI82_CHAR, 1, maxValue)) return undefined;
    return `/01/${key}/${qualifier}/${escapePath(value)}`;
  };
}

/** `CP.ItemRef.Piece.Total.Serial` (or `.*`): the ITIP, AI 8006. */
function itip(pattern: boolean): Converter {
  return (body) => {
    const [cp = '', ref = '', piece = '', total = '', serial = ''] = parts(body, 5) ?? [];
    const key = gtin(cp, ref);
    if (key === undefined || !/^\d{2}$/.test(piece) || !/^\d{2}$/.test(total)) return undefined;
    if (pattern) return serial === '*' ? `/8006/${key}${piece}${total}` : undefined;
    return fits(serial, AI82_CHAR, 1, 20)
      ? `/8006/${key}${piece}${total}/21/${escapePath(serial)}`
      : undefined;
  };
}

/** `CP.CPRef.Serial` (or `.*`): the CPI, AI 8010 with serial AI 8011. */
function cpi(pattern: boolean): Converter {
  return (body) => {
    const [cp = '', ref = '', serial = ''] = parts(body, 3) ?? [];
    if (!/^\d{6,12}$/.test(cp) || !fits(ref, AI39_CHAR, 1, 30 - cp.length)) return undefined;
    if (pattern) return serial === '*' ? `/8010/${cp}${ref}` : undefined;
    return /^\d{1,12}$/.test(serial) ? `/8010/${cp}${ref}/8011/${serial}` : undefined;
  };
}

/** `CP.ItemRef.*`: every instance of one GTIN (SGTIN and UPUI patterns). */
function gtinPattern(body: string): string | undefined {
  const [cp = '', ref = '', star] = parts(body, 3) ?? [];
  const key = gtin(cp, ref);
  return key !== undefined && star === '*' ? `/01/${key}` : undefined;
}

const EPC_CONVERTERS: Readonly<Record<string, Converter>> = {
  'id:sgtin': gtinWith('21', 20),
  'id:sscc': (body) => {
    const [cp = '', ref = ''] = parts(body, 2) ?? [];
    const digits = keyDigits(cp, ref, 17);
    // The extension digit leads the SSCC although the EPC puts it after the company prefix.
    return digits === undefined ? undefined : `/00/${withCheckDigit(ref[0] + cp + ref.slice(1))}`;
  },
  'id:sgln': (body) => {
    const [cp = '', ref = '', extension = ''] = parts(body, 3) ?? [];
    const digits = keyDigits(cp, ref, 12);
    if (digits === undefined || !fits(extension, AI82_CHAR, 1, 20)) return undefined;
    // Extension 0 stands for "no extension" in an SGLN.
    const tail = extension === '0' ? '' : `/254/${escapePath(extension)}`;
    return `/414/${withCheckDigit(digits)}${tail}`;
  },
  'id:grai': serialised('8003', 12, 16, '0'),
  'id:giai': freeText('8004'),
  'id:gsrn': plainKey('8018', 17),
  'id:gsrnp': plainKey('8017', 17),
  'id:gdti': serialised('253', 12, 17),
  'id:cpi': cpi(false),
  'id:sgcn': (body) => {
    const [cp = '', ref = '', serial = ''] = parts(body, 3) ?? [];
    const digits = keyDigits(cp, ref, 12);
    if (digits === undefined || !/^\d{1,12}$/.test(serial)) return undefined;
    return `/255/${withCheckDigit(digits)}${serial}`;
  },
  'id:ginc': freeText('401'),
  'id:gsin': plainKey('402', 16),
  'id:itip': itip(false),
  'id:upui': gtinWith('235', 28),
  'id:pgln': plainKey('417', 12),
  'class:lgtin': gtinWith('10', 20),
  'idpat:sgtin': gtinPattern,
  'idpat:grai': plainKey('8003', 12, true),
  'idpat:gdti': plainKey('253', 12, true),
  'idpat:sgcn': plainKey('255', 12, true),
  'idpat:cpi': cpi(true),
  'idpat:itip': itip(true),
  'idpat:upui': gtinPattern,
};

function fromEpcUri(uri: string): string | undefined {
  const match = /^urn:epc:(id|class|idpat):([a-z]+):(.*)$/.exec(uri);
  if (!match) return undefined;
  const convert = EPC_CONVERTERS[`${match[1]}:${match[2]}`];
  const path = convert?.(match[3] ?? '');
  return path === undefined ? undefined : CANONICAL_ORIGIN + path;
}

// Digital Link 1.2 section 4.11: primary keys and the short names that alias their AIs.
// prettier-ignore
const PRIMARY_KEYS: Readonly<Record<string, string>> = {
  '00': '00', sscc: '00', '01': '01', gtin: '01', '253': '253', gdti: '253', '255': '255',
  gcn: '255', '401': '401', ginc: '401', '402': '402', gsin: '402', '414': '414', gln: '414',
  '417': '417', party: '417', '8003': '8003', grai: '8003', '8004': '8004', giai: '8004',
  '8006': '8006', itip: '8006', '8010': '8010', cpid: '8010', '8017': '8017', gsrnp: '8017',
  '8018': '8018', gsrn: '8018',
};
const QUALIFIER_ALIASES: Readonly<Record<string, string>> = { cpv: '22', lot: '10', ser: '21' };

const ai82 = (min: number, max: number) => (v: string) => fits(v, DL_AI82_CHAR, min, max);
const digitsThen =
  (n: number, rest: (v: string) => boolean) =>
  (v: string): boolean =>
    new RegExp(`^\\d{${n}}`).test(v) && rest(v.slice(n));

// Syntax of each primary key value and the qualifiers it may carry (the constrained set of the
// CBV 2.0 section 8.9 hash: 22 is dropped, 10 is dropped when 21 is present).
const KEY_SYNTAX: Readonly<Record<string, (v: string) => boolean>> = {
  '00': (v) => /^\d{18}$/.test(v),
  '01': (v) => /^(\d{8}|\d{12,14})$/.test(v),
  '253': digitsThen(13, ai82(0, 17)),
  '255': (v) => /^\d{13,25}$/.test(v),
  '401': (v) => /^\d{4}/.test(v) && ai82(1, 30)(v),
  '402': (v) => /^\d{17}$/.test(v),
  '414': (v) => /^\d{13}$/.test(v),
  '417': (v) => /^\d{13}$/.test(v),
  '8003': digitsThen(14, ai82(0, 16)),
  '8004': (v) => /^\d{4}/.test(v) && ai82(1, 30)(v),
  '8006': (v) => /^\d{18}$/.test(v),
  '8010': (v) => /^\d{4}/.test(v) && fits(v, AI39_CHAR, 1, 30),
  '8017': (v) => /^\d{18}$/.test(v),
  '8018': (v) => /^\d{18}$/.test(v),
};
const QUALIFIER_SYNTAX: Readonly<Record<string, Readonly<Record<string, (v: string) => boolean>>>> =
  {
    '01': { '22': ai82(1, 20), '10': ai82(1, 20), '21': ai82(1, 20), '235': ai82(1, 28) },
    '8006': { '22': ai82(1, 20), '10': ai82(1, 20), '21': ai82(1, 20) },
    '414': { '254': ai82(1, 20) },
    '8010': { '8011': (v) => /^\d{1,12}$/.test(v) },
  };
const QUALIFIER_ORDER = ['10', '21', '235', '254', '8011'];

/** Canonical path of `segments` when they are exactly `key/value(/qualifier/value)*`. */
function canonicalPath(segments: readonly string[]): string | undefined {
  const key = PRIMARY_KEYS[segments[0] ?? ''];
  let value = segments[1] ?? '';
  if (key === undefined || segments.length % 2 !== 0 || !KEY_SYNTAX[key]?.(value)) return undefined;
  if (key === '01') value = value.padStart(14, '0');
  const qualifiers = new Map<string, string>();
  for (let i = 2; i < segments.length; i += 2) {
    const name = segments[i] ?? '';
    const ai = QUALIFIER_ALIASES[name] ?? name;
    const qualifierValue = segments[i + 1] ?? '';
    if (qualifiers.has(ai) || !QUALIFIER_SYNTAX[key]?.[ai]?.(qualifierValue)) return undefined;
    qualifiers.set(ai, qualifierValue);
  }
  qualifiers.delete('22');
  if (qualifiers.has('21')) qualifiers.delete('10');
  if (qualifiers.size > 1) return undefined; // e.g. 01 with both 235 and 21
  let path = `/${key}/${escapePath(value)}`;
  for (const ai of QUALIFIER_ORDER) {
    const qualifierValue = qualifiers.get(ai);
    if (qualifierValue !== undefined) path += `/${ai}/${escapePath(qualifierValue)}`;
  }
  return path;
}

function fromDigitalLink(uri: string): string | undefined {
  // Authority, then the path; query string and fragment are not part of the identifier.
  const match = /^https?:\/\/[^/?#]+((?:\/[^/?#]*)*)(?:\?[^#]*)?(?:#.*)?$/i.exec(uri);
  if (!match) return undefined;
  const segments = (match[1] ?? '').split('/').slice(1);
  // A Digital Link may sit below a path prefix (https://brand.example/dl/01/...): try each
  // segment that names a primary key, leftmost first.
  for (let i = 0; i < segments.length; i++) {
    if (PRIMARY_KEYS[segments[i] ?? ''] === undefined) continue;
    const path = canonicalPath(segments.slice(i));
    if (path !== undefined) return CANONICAL_ORIGIN + path;
  }
  return undefined;
}

/**
 * The constrained canonical GS1 Digital Link URI (on `https://id.gs1.org`) of a GS1 identifier,
 * as the EPCIS event hash needs it: CBV 2.0 section 8.9, GS1 EPC Tag Data Standard 2.x
 * and GS1 Digital Link URI Syntax 1.2 section 4.11.
 *
 * Accepts EPC URIs (`urn:epc:id:` sgtin, sscc, sgln, grai, giai, gsrn, gsrnp, gdti, cpi, sgcn,
 * ginc, gsin, itip, upui, pgln), the EPC class URI `urn:epc:class:lgtin:` and EPC pattern URIs
 * (`urn:epc:idpat:` sgtin, grai, gdti, sgcn, cpi, itip, upui with a trailing `*`), and GS1 Digital
 * Link URIs on any domain (numeric AIs or short names such as `gtin`, `lot`, `ser`). The result
 * keeps only the finest identification: query string and CPV (22) are dropped, the lot (10) is
 * dropped when a serial (21) is present, a GTIN is padded to 14 digits, and check digits of EPC
 * URIs are computed. Percent-escapes of the input pass through; `! " & ( ) * + , : < >` are
 * escaped. Check digits present in a Digital Link are not verified.
 *
 * @returns the canonical URI, or `undefined` when `uri` is not a GS1 identifier in these forms
 *   (an ordinary web URL, a `urn:epcglobal:cbv:bt:` transaction ID, a `geo:` URI, bad syntax).
 * @throws TypeError if `uri` is not a string.
 * @example toCanonicalDigitalLink('urn:epc:id:sgtin:0614141.107346.2017')
 *   // 'https://id.gs1.org/01/10614141073464/21/2017'
 */
export function toCanonicalDigitalLink(uri: string): string | undefined {
  astring(uri, 'uri');
  if (uri.startsWith('urn:epc:')) return fromEpcUri(uri);
  return fromDigitalLink(uri);
}
