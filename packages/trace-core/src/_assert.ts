// Boundary checks for public functions. They name the argument and throw TypeError for a wrong
// type and RangeError for a wrong size, so that callers can tell the two apart.

/** Short description of a value for error messages, without dumping large inputs. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array(${value.length})`;
  if (value instanceof Uint8Array) return `Uint8Array(${value.length})`;
  if (typeof value === 'string')
    return value.length > 40 ? `string(${value.length})` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return typeof value;
}

export function abytes(value: unknown, name: string, length?: number): Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new TypeError(`${name}: expected Uint8Array, got ${describe(value)}`);
  }
  if (length !== undefined && value.length !== length) {
    throw new RangeError(`${name}: expected ${length} bytes, got ${value.length}`);
  }
  return value;
}

export function astring(value: unknown, name: string, maxLength = 1 << 20): string {
  if (typeof value !== 'string')
    throw new TypeError(`${name}: expected string, got ${describe(value)}`);
  if (value.length > maxLength) {
    throw new RangeError(`${name}: expected at most ${maxLength} characters, got ${value.length}`);
  }
  return value;
}

/** A non-negative safe integer (tree sizes, indexes): rejects NaN, fractions, negatives, > 2^53. */
export function aindex(value: unknown, name: string): number {
  if (typeof value !== 'number')
    throw new TypeError(`${name}: expected integer, got ${describe(value)}`);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name}: expected a non-negative safe integer, got ${value}`);
  }
  return value;
}

export function aobject(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${name}: expected object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}
