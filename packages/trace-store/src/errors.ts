import type { Message } from '@nguongoc/vn-locale';

/**
 * An error of the store that a person can act on: a stable `code`, the English `message` and a
 * Vietnamese `messageVi`, given as one `Message` (`{ vi, en }`) so that the two languages cannot
 * be swapped by argument order. Malformed events and records raise trace-core's
 * `TraceFormatError`.
 */
export class TraceStoreError extends Error {
  override readonly name = 'TraceStoreError';
  readonly code: string;
  readonly messageVi: string;

  constructor(code: string, reason: Message) {
    super(reason.en);
    this.code = code;
    this.messageVi = reason.vi;
  }
}

/** The ledger is not in this store. */
export function unknownLedger(origin: string): TraceStoreError {
  return new TraceStoreError('store.unknown_ledger', {
    vi: `sổ cái ${origin} không tồn tại`,
    en: `ledger ${origin} does not exist`,
  });
}
