/**
 * A message for a person: Vietnamese first, with its English version. Every error class in
 * NguonGoc takes one of these (never two bare strings), so the two languages cannot be swapped
 * by argument order.
 */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/** `<vi> / <en>` on one line, as logs, command lines and `Error.message` show it. */
export function bothLanguages(message: Message): string {
  return `${message.vi} / ${message.en}`;
}
