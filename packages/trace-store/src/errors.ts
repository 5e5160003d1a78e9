/**
 * An error of the store that a person can act on: a stable `code`, the English `message` and a
 * Vietnamese `messageVi`. Malformed events and records raise trace-core's `TraceFormatError`.
 */
export class TraceStoreError extends Error {
  override readonly name = 'TraceStoreError';
  readonly code: string;
  readonly messageVi: string;

  constructor(code: string, message: string, messageVi: string) {
    super(message);
    this.code = code;
    this.messageVi = messageVi;
  }
}
