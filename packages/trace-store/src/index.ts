// Public surface of @nguongoc/trace-store.
export { openTraceStore, type OpenTraceStoreOptions } from './open-trace-store.js';
export { TraceStore, type StoreSettings } from './trace-store.js';
export { MAX_EVENT_BYTES } from './prepare-event.js';
export {
  DEFAULT_SCAN_THRESHOLDS,
  type ScanLevel,
  type ScanThresholds,
  type ScanVerdict,
} from './scan-verdict.js';
export type { PrintedRange, PrintedSerials, ScanInput } from './scans.js';
export { TraceStoreError } from './errors.js';
export type { RecordVersion } from './records.js';
export { LEDGER_EXPORT_FORMAT, type LedgerExport } from './ledger-export.js';
export type { ImportOptions } from './ledger-import.js';
export type { LedgerFailure, LedgerVerification } from './verify-ledger.js';
export { masterKeyFromEnvironment } from './signing-keys.js';
export { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres.js';
