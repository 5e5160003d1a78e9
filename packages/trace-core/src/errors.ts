import type { Message } from '@nguongoc/vn-locale';

/**
 * Errors that trace-core throws for input that is well-typed but malformed: a GTIN whose check
 * digit is wrong, a URI that is not a GS1 Digital Link, an EPCIS event without `eventTime`.
 *
 * Wrong JavaScript types throw the built-in `TypeError`, wrong sizes and out-of-range numbers the
 * built-in `RangeError` (the noble convention). Each message names the argument or field first.
 *
 * The explanation is one `Message` (`{ vi, en }`), never two strings in a row, so that the two
 * languages cannot be swapped by argument order.
 * @example throw new TraceFormatError('gtin.check_digit', 'gtin', { vi: 'sai số kiểm tra', en: 'wrong check digit' })
 */
export class TraceFormatError extends Error {
  // Declared, not defined as class fields: the browser bundle (ES2020) then needs no class-field
  // helper for them, which keeps the trace page's script from growing (ADR 024).
  /** Stable machine-readable code, e.g. `gtin.check_digit`. Apps map it to their own UI text. */
  declare readonly code: string;
  /** The argument or field that is wrong, e.g. `gtin` or `event.eventTime`. */
  declare readonly field: string;
  /** The same explanation in Vietnamese, for screens that cooperative staff read. */
  declare readonly messageVi: string;

  constructor(code: string, field: string, reason: Message) {
    super(`${field}: ${reason.en}`);
    this.name = 'TraceFormatError';
    this.code = code;
    this.field = field;
    this.messageVi = `${field}: ${reason.vi}`;
  }
}
