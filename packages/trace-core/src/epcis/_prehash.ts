// The pre-hash string of CBV 2.0 section 8.9: an EPCIS event flattened to `key=value` pieces with
// no separators, standard fields in a fixed order, siblings sorted, values canonicalised. The
// field order and the rendering conventions follow the reference implementation that GS1 cites
// (RalphTro/epcis-event-hash-generator), because its published vectors are the conformance target.
// "Rule N" refers to the numbered algorithm steps as that implementation's README lists them.
import { toCanonicalDigitalLink } from '../gs1/epc-to-digital-link.js';
import {
  BIZ_STEP,
  BIZ_TRANSACTION_TYPE,
  DISPOSITION,
  EPCIS_CONTEXT_PREFIXES,
  LEGACY_CBV_URNS,
  MEASUREMENT_TYPE,
  SENSOR_COMPONENT,
  SENSOR_EXCEPTION,
  SOURCE_DESTINATION_TYPE,
  expandCbvWord,
  type CbvVocabulary,
} from './_cbv-vocabulary.js';

/** Nesting limit: deeper input is rejected rather than overflowing the call stack. */
const MAX_DEPTH = 256;

// How a standard field is rendered: a value, a list whose items get a fixed name (`epcList` ->
// `epc`, `quantityList` -> `quantityElement`, as in the XML binding), or an object whose own
// fields have an order. Standard values of `vocab` fields are bare words in JSON-LD.
type Node =
  | { readonly kind: 'leaf'; readonly vocab?: CbvVocabulary }
  | { readonly kind: 'list'; readonly item: string; readonly node: Node }
  | { readonly kind: 'object'; readonly fields: Fields };
type Fields = readonly (readonly [string, Node])[];

const leaf: Node = { kind: 'leaf' };
const word = (vocab: CbvVocabulary): Node => ({ kind: 'leaf', vocab });
const list = (item: string, node: Node = leaf): Node => ({ kind: 'list', item, node });
const object = (fields: Fields): Node => ({ kind: 'object', fields });
const leaves = (...names: string[]): Fields => names.map((name) => [name, leaf] as const);

const EPCS = list('epc');
const QUANTITIES = list('quantityElement', object(leaves('epcClass', 'quantity', 'uom')));
const ID = object(leaves('id'));
const SENSOR_METADATA = object([
  ...leaves('time', 'startTime', 'endTime', 'deviceID', 'deviceMetadata', 'rawData'),
  ...leaves('dataProcessingMethod', 'bizRules'),
]);
const SENSOR_REPORT = object([
  ['type', word(MEASUREMENT_TYPE)],
  ['exception', word(SENSOR_EXCEPTION)],
  ...leaves('deviceID', 'deviceMetadata', 'rawData', 'dataProcessingMethod', 'time'),
  ...leaves('microorganism', 'chemicalSubstance', 'value'),
  ['component', word(SENSOR_COMPONENT)],
  ...leaves('stringValue', 'booleanValue', 'hexBinaryValue', 'uriValue', 'minValue', 'maxValue'),
  ...leaves('meanValue', 'sDev', 'percRank', 'percValue', 'uom', 'coordinateReferenceSystem'),
]);

// The order of the reference's PROP_ORDER, which its vectors follow (its README table differs:
// it puts epcList before parentID and omits certificationInfo).
const EVENT_FIELDS: Fields = [
  ...leaves('eventTime', 'eventTimeZoneOffset', 'certificationInfo', 'parentID'),
  ['epcList', EPCS],
  ['inputEPCList', EPCS],
  ['childEPCs', EPCS],
  ['quantityList', QUANTITIES],
  ['childQuantityList', QUANTITIES],
  ['inputQuantityList', QUANTITIES],
  ['outputEPCList', EPCS],
  ['outputQuantityList', QUANTITIES],
  ...leaves('action', 'transformationID'),
  ['bizStep', word(BIZ_STEP)],
  ['disposition', word(DISPOSITION)],
  [
    'persistentDisposition',
    object([
      ['set', word(DISPOSITION)],
      ['unset', word(DISPOSITION)],
    ]),
  ],
  ['readPoint', ID],
  ['bizLocation', ID],
  [
    'sensorElementList',
    list(
      'sensorElement',
      object([
        ['sensorMetadata', SENSOR_METADATA],
        ['sensorReport', SENSOR_REPORT],
      ]),
    ),
  ],
];

// Lists rendered among the sorted leftovers, each entry as `type=<uri><id field>=<value>`.
const TYPED_LISTS: Readonly<Record<string, readonly [string, CbvVocabulary]>> = {
  bizTransactionList: ['bizTransaction', BIZ_TRANSACTION_TYPE],
  sourceList: ['source', SOURCE_DESTINATION_TYPE],
  destinationList: ['destination', SOURCE_DESTINATION_TYPE],
};

// Not part of the event's identity: its own ID and capture time, the type (already the first
// piece), a later error declaration (so the declared event keeps its ID), the JSON-LD context.
const ALWAYS_IGNORED = new Set(['type', 'eventID', 'recordTime', 'errorDeclaration', '@context']);
// Annotations are ignored at every level, as the reference does.
const RDFS_COMMENT = 'http://www.w3.org/2000/01/rdf-schema#comment';

interface Context {
  readonly prefixes: ReadonlyMap<string, string>;
  /** Canonical texts of recent values, per vocabulary; they depend only on the prefixes. */
  readonly values: Map<CbvVocabulary, Map<string, string>>;
  /** Keys in Clark notation, and whether a key is a comment, by key as written. */
  readonly keys: Map<string, string>;
  readonly comments: Map<string, boolean>;
}

const NO_VOCABULARY: CbvVocabulary = { base: '', words: new Set() };
const VALUE_CACHE_SIZE = 4096;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [value]);

/** Order of Unicode code points, which is UTF-8 byte order (rule 10), not UTF-16 unit order. */
const codePointRank = (c: number) => (c >= 0xe000 ? c - 0x800 : c >= 0xd800 ? c + 0x2000 : c);
function compareCodePoints(a: string, b: string): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return x < 0xd800 && y < 0xd800 ? x - y : codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
// Below U+D800, UTF-16 unit order (the native sort) is code point order. preHashString builds
// with the native sort and rebuilds with the comparator only when the result holds a character
// from U+D800 up, which almost no event does.
const ABOVE_D7FF = /[\uD800-\uFFFF]/;
let byCodePoint = false;
const sortedJoin = (pieces: string[]): string => {
  if (pieces.length < 2) return pieces[0] ?? '';
  return (byCodePoint ? pieces.sort(compareCodePoints) : pieces.sort()).join('');
};

/** Adds the prefix definitions of a JSON-LD `@context` (string, object or array) to `into`. */
function collectPrefixes(context: unknown, into: Map<string, string>, depth = 0): void {
  if (depth > 8) return; // contexts are flat; a deeper array is not a context
  if (Array.isArray(context)) for (const c of context) collectPrefixes(c, into, depth + 1);
  if (!isRecord(context)) return; // a string is a remote context, which cannot be fetched here
  for (const [term, definition] of Object.entries(context)) {
    if (term.startsWith('@') || term.includes(':')) continue;
    if (typeof definition === 'string') into.set(term, definition);
    else if (isRecord(definition) && definition['@prefix'] === true) {
      if (typeof definition['@id'] === 'string') into.set(term, definition['@id']);
    }
  }
}

/** [namespace, local name] of a compact IRI `prefix:local` whose prefix is declared. */
function splitCurie(text: string, ctx: Context): readonly [string, string] | undefined {
  const colon = text.indexOf(':');
  const namespace = colon > 0 ? ctx.prefixes.get(text.slice(0, colon)) : undefined;
  const local = text.slice(colon + 1);
  // `https://...` is an absolute IRI even if someone declares a prefix `https` (JSON-LD 1.1).
  return namespace === undefined || local.startsWith('//') ? undefined : [namespace, local];
}
/** Keys print as `{namespace}localName`, the XML binding's Clark notation (rules 19-21). */
function expandKey(key: string, ctx: Context): string {
  let expanded = ctx.keys.get(key);
  if (expanded === undefined) ctx.keys.set(key, (expanded = clarkName(key, ctx)));
  return expanded;
}
function clarkName(key: string, ctx: Context): string {
  const curie = splitCurie(key, ctx);
  return curie ? `{${curie[0]}}${curie[1]}` : key;
}
const fullIri = (name: string, ctx: Context): string => splitCurie(name, ctx)?.join('') ?? name;

// Python's str.strip() set: the reference trims with it, so values match byte for byte.
const PY_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');
const PY_SPACE_CHAR = new RegExp(`[${PY_SPACE}]`);
const isPySpace = (code: number): boolean =>
  code === 32 ||
  (code <= 0x3000 &&
    (code < 0x21 || code >= 0x85) &&
    PY_SPACE_CHAR.test(String.fromCharCode(code)));
// Python float() syntax (the reference normalises every value that parses as a float).
const PY_FLOAT =
  /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

/**
 * A number as Python prints it after the reference's `int()` check (rules 6-7): integral values
 * with every digit and no `.0`, others as `repr`, which matches JavaScript except that it switches
 * to exponent form below 1e-4 and writes at least two exponent digits (`1e-05`).
 */
function pythonNumber(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'nan' : n > 0 ? 'inf' : '-inf';
  if (Number.isInteger(n)) return BigInt(n).toString();
  if (Math.abs(n) >= 1e-4) return String(n);
  const [mantissa, exponent = ''] = n.toExponential().split('e');
  return `${mantissa}e${exponent[0]}${exponent.slice(1).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the `length` ASCII digits at `at`, or NaN. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * `YYYY-MM-DDTHH:mm:ss[.sss](Z|±hh:mm)`, the shape nearly every event has, read without regular
 * expressions or slicing; undefined for anything else (the general parser then decides).
 */
function simpleTimestamp(text: string): string | undefined {
  const length = text.length;
  const hasMilliseconds = text.charCodeAt(19) === 46; // '.'
  const zoneAt = hasMilliseconds ? 23 : 19;
  if (length !== zoneAt + (text.charCodeAt(zoneAt) === 90 ? 1 : 6)) return undefined; // 'Z' or ±hh:mm
  if (
    text[4] !== '-' ||
    text[7] !== '-' ||
    text[10] !== 'T' ||
    text[13] !== ':' ||
    text[16] !== ':'
  )
    return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  const millisecond = hasMilliseconds ? digitsAt(text, 20, 3) : 0;
  let offset = 0;
  if (length === zoneAt + 6) {
    const sign = text[zoneAt] === '+' ? 1 : text[zoneAt] === '-' ? -1 : 0;
    const offsetHours = digitsAt(text, zoneAt + 1, 2);
    const offsetMinutes = digitsAt(text, zoneAt + 4, 2);
    if (sign === 0 || text[zoneAt + 3] !== ':' || !(offsetHours <= 23 && offsetMinutes <= 59))
      return undefined;
    offset = sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (!(
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    millisecond >= 0
  ))
    return undefined;
  if (day > DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)) return undefined;
  // Date.UTC maps years 0-99 to 1900-1999, so those go the long way through setUTCFullYear.
  let instant = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (year < 100) instant = new Date(instant).setUTCFullYear(year);
  instant -= offset;
  return instant >= MIN_INSTANT && instant <= MAX_INSTANT
    ? new Date(instant).toISOString()
    : undefined;
}

const MIN_INSTANT = new Date('0001-01-01T00:00:00.000Z').getTime();
const MAX_INSTANT = new Date('9999-12-31T23:59:59.999Z').getTime();
const TIMESTAMP =
  /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)?$/;

/**
 * An ISO 8601 date-time in UTC with milliseconds (rules 8-9): the third fraction digit is rounded
 * up when the fourth is 5-9, with the carry done by Date arithmetic (…59.9995Z becomes the next
 * second). Without an offset the time is taken as UTC. Not a valid date-time: undefined.
 */
function utcTimestamp(text: string): string | undefined {
  const simple = simpleTimestamp(text);
  if (simple !== undefined) return simple;
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m
    .slice(1, 7)
    .map((digits) => Number(digits ?? 0));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // rolls over on a bad day, caught just below
  if (year < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const fraction = (m[7] ?? '').padEnd(4, '0');
  const milliseconds = Number(fraction.slice(0, 3)) + (fraction[3]! >= '5' ? 1 : 0);
  date.setUTCHours(hour, minute, second, milliseconds);
  const offsetHours = Number(m[9] ?? 0);
  const offsetMinutes = Number(m[10] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const offset = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const utc = new Date(date.getTime() - offset);
  const utcYear = utc.getUTCFullYear();
  return utcYear >= 1 && utcYear <= 9999 ? utc.toISOString() : undefined;
}

/** The canonical text of a scalar (rules 5-18), or undefined for null (an absent value). */
function canonical(value: unknown, ctx: Context, vocab?: CbvVocabulary, time = false) {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value !== 'string') return String(value); // booleans print as in XML: true/false
  if (time) return canonicalString(value, ctx, vocab, true);
  // Events repeat most of their values (steps, places, lot classes): remember recent results.
  let cache = ctx.values.get(vocab ?? NO_VOCABULARY);
  if (cache === undefined) ctx.values.set(vocab ?? NO_VOCABULARY, (cache = new Map()));
  let text = cache.get(value);
  if (text === undefined) {
    text = canonicalString(value, ctx, vocab, false);
    if (cache.size >= VALUE_CACHE_SIZE) cache.clear();
    cache.set(value, text);
  }
  return text;
}

function canonicalString(
  value: string,
  ctx: Context,
  vocab: CbvVocabulary | undefined,
  time: boolean,
): string {
  // The cheap tests before each regular expression keep this hot path fast (npm run bench).
  let text =
    isPySpace(value.charCodeAt(0)) || isPySpace(value.charCodeAt(value.length - 1))
      ? value.replace(TRIM, '')
      : value;
  if (vocab) text = expandCbvWord(text, vocab);
  const curie = splitCurie(text, ctx);
  if (curie) text = curie.join('');
  if (time) return utcTimestamp(text) ?? text;
  if (text.includes('urn:epcglobal:cbv:')) {
    for (const [urn, uri] of LEGACY_CBV_URNS) text = text.replaceAll(urn, uri);
  }
  const first = text.charCodeAt(0);
  if (
    ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) &&
    PY_FLOAT.test(text)
  ) {
    const n = Number(text.replaceAll('_', ''));
    if (Number.isFinite(n)) text = pythonNumber(n); // inf and nan stay as written
  }
  return first === 104 || first === 72 || first === 117
    ? (toCanonicalDigitalLink(text) ?? text)
    : text; // h, H, u
}

function checkDepth(depth: number): void {
  if (depth > MAX_DEPTH) throw new RangeError(`event: nested deeper than ${MAX_DEPTH} levels`);
}

function isComment(key: string, ctx: Context): boolean {
  let comment = ctx.comments.get(key);
  if (comment === undefined)
    ctx.comments.set(key, (comment = key === 'comment' || fullIri(key, ctx) === RDFS_COMMENT));
  return comment;
}

/**
 * Pieces for a field outside the standard order (ILMD, extensions), pushed onto `out`:
 * `name=value`, `name` followed by its sorted children for an object, one piece per array item.
 * An empty value keeps its name.
 */
function generic(
  name: string,
  value: unknown,
  ctx: Context,
  depth: number,
  out: string[],
  vocab?: CbvVocabulary,
): void {
  checkDepth(depth);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (!Array.isArray(item)) generic(name, item, ctx, depth + 1, out, vocab);
      else out.push(name + genericJoin('', item, ctx, depth + 1));
    }
  } else if (isRecord(value)) {
    out.push(name + genericMembers(value, ctx, depth + 1));
  } else {
    const text = canonical(value, ctx, vocab);
    if (text !== undefined) out.push(text ? `${name}=${text}` : name);
  }
}

/** The pieces of one generic field, sorted and joined. */
function genericJoin(
  name: string,
  value: unknown,
  ctx: Context,
  depth: number,
  vocab?: CbvVocabulary,
): string {
  const pieces: string[] = [];
  generic(name, value, ctx, depth, pieces, vocab);
  return sortedJoin(pieces);
}

/** The members of an object outside the standard order, sorted and joined; `skip` names members rendered elsewhere. */
function genericMembers(
  record: Record<string, unknown>,
  ctx: Context,
  depth: number,
  skip?: (key: string) => boolean,
): string {
  const pieces: string[] = [];
  for (const key in record) {
    if (!Object.hasOwn(record, key) || isComment(key, ctx) || skip?.(key)) continue;
    generic(expandKey(key, ctx), record[key], ctx, depth, pieces);
  }
  return sortedJoin(pieces);
}

const TIME_FIELDS = new Map<string, boolean>();

/** One standard field in its place; '' when it holds nothing (rule 4). */
function ordered(name: string, node: Node, value: unknown, ctx: Context, depth: number): string {
  checkDepth(depth);
  if (node.kind === 'list') {
    const items = asList(value).map((item) => ordered(node.item, node.node, item, ctx, depth + 1));
    const text = sortedJoin(items.filter((item) => item !== ''));
    return text === '' ? '' : name + text;
  }
  // Odd shapes (an object where a value belongs, a nested array) are rendered generically, in place.
  const inner =
    isRecord(value) && node.kind === 'object'
      ? orderedMembers(value, node.fields, ctx, depth + 1)
      : isRecord(value) || Array.isArray(value)
        ? genericJoin('', value, ctx, depth + 1)
        : undefined;
  if (inner !== undefined) return inner === '' ? '' : name + inner;
  const vocab = node.kind === 'leaf' ? node.vocab : undefined;
  let isTime = TIME_FIELDS.get(name);
  if (isTime === undefined)
    TIME_FIELDS.set(name, (isTime = /time/i.test(name) && !/offset/i.test(name)));
  const text = canonical(value, ctx, vocab, isTime);
  return text ? `${name}=${text}` : '';
}

const FIELD_POSITIONS = new WeakMap<Fields, ReadonlyMap<string, number>>();

/**
 * The fields of `record` in `fields` order, each field's values sorted, then every other member
 * (extensions, unknown fields) sorted at the end of this parent (rule 21). One pass over the
 * record's own keys puts each standard field in its slot.
 */
function orderedMembers(
  record: Record<string, unknown>,
  fields: Fields,
  ctx: Context,
  depth: number,
  rest = (key: string, value: unknown, out: string[]) =>
    generic(expandKey(key, ctx), value, ctx, depth, out),
  skip?: (key: string) => boolean,
): string {
  let positions = FIELD_POSITIONS.get(fields);
  if (positions === undefined) {
    FIELD_POSITIONS.set(fields, (positions = new Map(fields.map(([name], i) => [name, i]))));
  }
  const slots: string[] = [];
  const others: string[] = [];
  for (const key in record) {
    if (!Object.hasOwn(record, key) || skip?.(key)) continue;
    const value = record[key];
    const position = positions.get(key);
    if (position === undefined) {
      if (!isComment(key, ctx)) rest(key, value, others);
      continue;
    }
    const node = fields[position]![1];
    slots[position] =
      node.kind === 'list' || !Array.isArray(value)
        ? ordered(key, node, value, ctx, depth)
        : sortedJoin(value.map((v) => ordered(key, node, v, ctx, depth)).filter((p) => p !== ''));
  }
  return slots.join('') + sortedJoin(others);
}

/** `bizTransactionList` etc.: entries `type=<uri>` then the identifier then anything else. */
function typedList(name: string, value: unknown, ctx: Context, depth: number, out: string[]): void {
  const [idKey, vocab] = TYPED_LISTS[name]!;
  const entries: string[] = [];
  for (const entry of asList(value)) {
    const text = !isRecord(entry)
      ? genericJoin(idKey, entry, ctx, depth + 1)
      : (Object.hasOwn(entry, 'type')
          ? genericJoin('type', entry.type, ctx, depth + 1, vocab)
          : '') +
        (Object.hasOwn(entry, idKey) ? genericJoin(idKey, entry[idKey], ctx, depth + 1) : '') +
        genericMembers(entry, ctx, depth + 1, (key) => key === 'type' || key === idKey);
    if (text !== '') entries.push(text);
  }
  if (entries.length > 0) out.push(name + sortedJoin(entries));
}

// Contexts are constants in practice (a document's, NGUONGOC_CONTEXT): their prefixes are
// collected once per context object. A context object must not be changed after first use.
const CONTEXTS = new WeakMap<object, Context>();

function contextOf(context: unknown, eventContext: unknown): Context {
  const cacheable = eventContext === undefined && typeof context === 'object' && context !== null;
  const cached = cacheable ? CONTEXTS.get(context) : undefined;
  if (cached) return cached;
  const prefixes = new Map(Object.entries(EPCIS_CONTEXT_PREFIXES));
  collectPrefixes(context, prefixes);
  collectPrefixes(eventContext, prefixes);
  const result: Context = { prefixes, values: new Map(), keys: new Map(), comments: new Map() };
  if (cacheable) CONTEXTS.set(context, result);
  return result;
}

/**
 * The pre-hash string of an event whose `type` has been checked. `context` supplies prefixes in
 * addition to those of the EPCIS context and the event's own `@context`; `ignoreFields` names
 * top-level fields (compact or full IRIs) to leave out.
 */
export function preHashString(
  event: Record<string, unknown>,
  eventType: string,
  context: unknown,
  ignoreFields: readonly string[],
): string {
  const ctx = contextOf(context, event['@context']);
  const ignored = new Set(ignoreFields.map((name) => fullIri(name, ctx)));
  const skip = (key: string) =>
    ALWAYS_IGNORED.has(key) || (ignored.size > 0 && ignored.has(fullIri(key, ctx)));
  const rest = (key: string, value: unknown, out: string[]): void =>
    Object.hasOwn(TYPED_LISTS, key)
      ? typedList(key, value, ctx, 1, out)
      : generic(expandKey(key, ctx), value, ctx, 1, out);
  const build = () =>
    `eventType=${eventType}${orderedMembers(event, EVENT_FIELDS, ctx, 1, rest, skip)}`;
  const text = build();
  if (!ABOVE_D7FF.test(text)) return text;
  byCodePoint = true;
  try {
    return build();
  } finally {
    byCodePoint = false;
  }
}
