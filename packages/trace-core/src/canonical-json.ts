import { describe } from './_assert.js';

/** A JSON value as RFC 8785 sees it. `undefined` object members are skipped, as JSON.stringify does. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue | undefined };

const MAX_DEPTH = 256;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the one byte-exact serialisation of a JSON value.
 *
 * - Object members sorted by their names as arrays of UTF-16 code units (section 3.2.3), which
 *   is what `Array.prototype.sort` does for strings.
 * - Numbers serialised as ECMAScript `Number.prototype.toString` (section 3.2.2.3): `1e+21`,
 *   `0.000001`, `-0` becomes `0`.
 * - Strings escaped minimally (section 3.2.2.2): `"`, `\`, and U+0000..U+001F only, using
 *   `\b \t \n \f \r` or `\u00xx` with lowercase hex; everything else is literal.
 * - No whitespace.
 *
 * @throws TypeError for values JSON cannot hold (undefined at top level, functions, symbols,
 *   bigint, class instances such as Date); RangeError for NaN/Infinity, lone surrogates
 *   (RFC 8785 section 3.2.2.2 requires I-JSON) and nesting deeper than 256.
 * @example canonicalize({ b: 1, a: [true, 'x'] }) // '{"a":[true,"x"],"b":1}'
 */
export function canonicalize(value: unknown): string {
  return serialize(value, 'value', 0);
}

function serialize(value: unknown, path: string, depth: number): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`${path}: ${value} is not a JSON number`);
      return String(value === 0 ? 0 : value);
    case 'string':
      return serializeString(value, path);
    case 'object':
      break;
    default:
      throw new TypeError(`${path}: ${describe(value)} is not a JSON value`);
  }
  if (depth >= MAX_DEPTH) throw new RangeError(`${path}: nested deeper than ${MAX_DEPTH} levels`);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const item: unknown = value[i];
      if (item === undefined) throw new TypeError(`${path}[${i}]: undefined is not a JSON value`);
      out += serialize(item, `${path}[${i}]`, depth + 1);
    }
    return out + ']';
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(
      `${path}: ${value.constructor?.name ?? 'object'} is not a plain JSON object`,
    );
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += serializeString(key, path) + ':' + serialize(member, `${path}.${key}`, depth + 1);
  }
  return out + '}';
}

// JSON.stringify escapes exactly as RFC 8785 section 3.2.2.2 asks (", \\, and U+0000-U+001F as
// \b \t \n \f \r or lowercase \u00xx) for every well-formed string; only lone surrogates, which
// I-JSON forbids, need catching first.
const SURROGATE = /[\uD800-\uDFFF]/; // cheap first test; the exact one below is slower
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serializeString(text: string, path: string): string {
  const lone = SURROGATE.test(text) ? LONE_SURROGATE.exec(text) : null;
  if (lone) {
    throw new RangeError(
      `${path}: lone surrogate U+${lone[0].charCodeAt(0).toString(16)} at index ${lone.index}`,
    );
  }
  return JSON.stringify(text);
}
