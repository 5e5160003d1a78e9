import { z } from 'zod';

// Field schemas that several contracts share, with messages that name what was expected and what
// came (the first wrong field of an answer is what a developer needs to see).

const got = (input: unknown) => JSON.stringify(input);

/** A count: a whole number, zero or more. */
export const count = z
  .number({ error: (issue) => `expected a whole number ≥ 0, got ${got(issue.input)}` })
  .refine((value) => Number.isSafeInteger(value) && value >= 0, {
    error: (issue) => `expected a whole number ≥ 0, got ${got(issue.input)}`,
  });

/** A quantity or an amount in đồng: whole, negative when returns outweigh sales. */
export const whole = z
  .number({ error: (issue) => `expected a whole number, got ${got(issue.input)}` })
  .refine((value) => Number.isSafeInteger(value), {
    error: (issue) => `expected a whole number, got ${got(issue.input)}`,
  });

/** A non-empty text of at most 200 characters, optionally of a given form. */
export function text(pattern?: RegExp) {
  const base = z.string({
    error: 'expected a non-empty string of at most 200 characters',
  });
  const sized = base.refine((value) => value.length > 0 && value.length <= 200, {
    error: 'expected a non-empty string of at most 200 characters',
  });
  return pattern === undefined
    ? sized
    : sized.refine((value) => pattern.test(value), {
        error: (issue) => `${got(issue.input)} does not match ${pattern}`,
      });
}

/** An https URL. */
export const httpsUrl = text().refine(
  (value) => URL.canParse(value) && new URL(value).protocol === 'https:',
  { error: (issue) => `expected an https URL, got ${got(issue.input)}` },
);

/** One of a fixed list. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `${got(issue.input)} is not one of ${values.join(', ')}`,
  });
}

/** An ISO 8601 instant (what `Date.prototype.toISOString` and PostgreSQL write). */
export const instant = z.string().refine((value) => !Number.isNaN(Date.parse(value)), {
  error: (issue) => `not an ISO instant: ${String(issue.input)}`,
});

/** A name in Vietnamese and English. */
export const bilingualText = z.object({ vi: z.string(), en: z.string() });
export type BilingualText = z.infer<typeof bilingualText>;
