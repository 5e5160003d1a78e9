/**
 * Errors that trace-core throws for input that is well-typed but malformed: a GTIN whose check
 * digit is wrong, a URI that is not a GS1 Digital Link, an EPCIS event without `eventTime`.
 *
 * Wrong JavaScript types throw the built-in `TypeError`, wrong sizes and out-of-range numbers the
 * built-in `RangeError` (the noble convention). Each message names the argument or field first.
 */
export class TraceFormatError extends Error {
  override readonly name = 'TraceFormatError';
  /** Stable machine-readable code, e.g. `gtin.check_digit`. Apps map it to their own UI text. */
  readonly code: string;
  /** The argument or field that is wrong, e.g. `gtin` or `event.eventTime`. */
  readonly field: string;
  /** The same explanation in Vietnamese, for screens that cooperative staff read. */
  readonly messageVi: string;

  constructor(code: string, field: string, message: string, messageVi: string) {
    super(`${field}: ${message}`);
    this.code = code;
    this.field = field;
    this.messageVi = `${field}: ${messageVi}`;
  }
}
