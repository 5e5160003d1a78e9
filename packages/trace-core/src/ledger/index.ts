// `@nguongoc/trace-core/ledger`: what a ledger is made of and the rules it grows by (ADR 004,
// ADR 024): ledger entries and their leaf hashes, the append rules' state machine, and the
// in-memory reference ledger. Stores (`@nguongoc/trace-store`) build on these.
export {
  ledgerEntryBytes,
  ledgerEntryText,
  ledgerLeafHash,
  type LedgerEntry,
} from './ledger-entry.js';
export {
  LedgerState,
  type EventDecision,
  type KnownEvent,
  type KnownLedgerState,
  type LedgerRefusal,
  type LedgerRuleCode,
  type LedgerStep,
} from './ledger-state.js';
export { MemoryLedger, type AppendedEvent } from './memory-ledger.js';
