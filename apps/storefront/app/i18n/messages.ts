import type { vi } from './vi';

/** A key of the message catalogues. */
export type MessageKey = keyof typeof vi;

/** A catalogue: every key, each with a string that has the same `{placeholders}` as in vi.ts. */
export type Messages = { readonly [K in MessageKey]: string };

/** The names of the `{placeholders}` of a message, from its Vietnamese text. */
type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** t()'s arguments after the key: the placeholders' values when the message has any. */
export type MessageValues<K extends MessageKey> = [Placeholders<(typeof vi)[K]>] extends [never]
  ? []
  : [values: Record<Placeholders<(typeof vi)[K]>, string | number>];

/** A key whose message has no placeholders: what errors and states carry as data. */
export type PlainMessageKey = {
  [K in MessageKey]: [Placeholders<(typeof vi)[K]>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...values: MessageValues<K>) => string;
