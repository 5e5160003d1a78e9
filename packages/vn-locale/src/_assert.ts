// Tiny checks at the boundary, as noble does: they name the argument, and throw TypeError for a
// wrong type, RangeError for a value out of range. Internal: not exported by the package.
import type { Language } from './language.js';

export function afinite(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number')
    throw new TypeError(`${name}: expected a number, got ${typeof value}`);
  if (!Number.isFinite(value))
    throw new RangeError(`${name}: expected a finite number, got ${value}`);
}

export function alanguage(value: unknown, name = 'language'): asserts value is Language {
  if (value !== 'vi' && value !== 'en')
    throw new RangeError(`${name}: expected "vi" or "en", got ${String(value)}`);
}

export function adigits(value: unknown, name: string): asserts value is number {
  if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > 20)
    throw new RangeError(`${name}: expected a whole number from 0 to 20, got ${String(value)}`);
}

export function astring(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string')
    throw new TypeError(`${name}: expected a string, got ${typeof value}`);
}
