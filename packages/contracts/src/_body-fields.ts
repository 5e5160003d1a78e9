import { TraceFormatError } from '@nguongoc/trace-core';
import { z } from 'zod';

// Fields of request bodies, each a `custom` check with one message in both languages that names
// the field: Medusa's body validator keeps a schema's own message only for custom issues (see
// admin-payments.ts) and words `enum`, `min`, `max` and missing fields in English.

/** A field checked by `check`, refused with `name: vi / en`. */
export function field<T>(name: string, check: (value: unknown) => boolean, vi: string, en: string) {
  return z.custom<T>(check, { message: `${name}: ${vi} / ${en}` });
}

const isText = (min: number, max: number) => (value: unknown) =>
  typeof value === 'string' && value.trim().length >= min && value.length <= max;

/** A text of 1 to `max` characters (not only spaces), kept as sent. */
export const text = (name: string, max: number) =>
  field<string>(name, isText(1, max), `1 đến ${max} ký tự`, `1 to ${max} characters`);

/** A whole number from `min` to `max`. */
export const wholeNumber = (name: string, min: number, max: number) =>
  field<number>(
    name,
    (value) => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max,
    `số nguyên từ ${min} đến ${max}`,
    `a whole number from ${min} to ${max}`,
  );

/** A number from `min` to `max` (both included). */
export const between = (name: string, min: number, max: number) =>
  field<number>(
    name,
    (value) => typeof value === 'number' && value >= min && value <= max,
    `số từ ${min} đến ${max}`,
    `a number from ${min} to ${max}`,
  );

/** A number above 0, at most `max`. */
export const positive = (name: string, max: number) =>
  field<number>(
    name,
    (value) => typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max,
    `số lớn hơn 0, tối đa ${max}`,
    `a number above 0, at most ${max}`,
  );

/** A text that `pattern` matches. */
export const matching = (name: string, pattern: RegExp, vi: string, en: string) =>
  field<string>(name, (value) => typeof value === 'string' && pattern.test(value), vi, en);

/** One of `values`. */
export const oneOf = <const T extends readonly string[]>(name: string, values: T) =>
  field<T[number]>(
    name,
    (value) => values.includes(value as string),
    `một trong ${values.join(', ')}`,
    `one of ${values.join(', ')}`,
  );

/** A list of `min` to `max` entries, each then checked by `entry`. */
export const listOf = <T extends z.ZodType>(
  name: string,
  entry: T,
  min: number,
  max: number,
  vi: string,
  en: string,
) =>
  field<unknown[]>(
    name,
    (value) => Array.isArray(value) && value.length >= min && value.length <= max,
    vi,
    en,
  ).pipe(z.array(entry));

/**
 * A text that `parse` (a trace-core parser given the value and the field's name) accepts, kept as
 * typed; refused with trace-core's own bilingual reason, or `name: vi / en` when it is no text.
 */
export function traceChecked(
  name: string,
  parse: (value: string, name: string) => unknown,
  vi: string,
  en: string,
) {
  const message = `${name}: ${vi} / ${en}`;
  return z.string({ message }).superRefine((value, context) => {
    try {
      parse(value, name);
    } catch (error) {
      context.addIssue({
        code: 'custom',
        message:
          error instanceof TraceFormatError ? `${error.messageVi} / ${error.message}` : message,
      });
    }
  });
}
