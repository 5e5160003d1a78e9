// Public surface of @nguongoc/trace-store.
export { openTraceStore, type OpenTraceStoreOptions } from './open-trace-store.js';
export { MAX_EVENT_BYTES, TraceStore } from './trace-store.js';
export { TraceStoreError } from './errors.js';
export type { LedgerFailure, LedgerVerification } from './verify-ledger.js';
export { masterKeyFromEnvironment } from './signing-keys.js';
