// Public surface of @nguongoc/trace-core (`.`): what apps and a trace page use: records, events,
// identifiers, signed checkpoints, lot bundles and their verification. The Merkle log plumbing is
// at `@nguongoc/trace-core/merkle`, ledger entries, rules and the in-memory ledger at
// `@nguongoc/trace-core/ledger` (ADR 024). Everything exported is documented at its definition;
// files and names starting with `_` are internal.
export { TraceFormatError } from './errors.js';
export { canonicalize, type JsonValue } from './canonical-json.js';
export { gs1CheckDigit } from './gs1/check-digit.js';
export {
  generateNoteKeys,
  keyFingerprint,
  parseSignerKey,
  parseVerifierKey,
  type NoteKeyPair,
  type NoteSigner,
  type NoteVerifier,
} from './checkpoint/note-keys.js';
export {
  cosignCheckpoint,
  formatCheckpoint,
  parseCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
  type Checkpoint,
  type CheckpointVerification,
  type NoteSignature,
  type VerifyCheckpointOptions,
} from './checkpoint/checkpoint.js';
export type { CheckName, Reason, VerificationFailure } from './verification.js';
export { normalizeGtin } from './gs1/gtin.js';
export { formatDigitalLink, parseDigitalLink, type DigitalLink } from './gs1/digital-link.js';
export {
  formatShortCodeUrl,
  generateShortCode,
  normalizeShortCode,
  parseTraceUrl,
  type TraceUrl,
} from './gs1/short-code.js';
export {
  isTraceabilityCode,
  traceabilityCode,
  type TraceabilityCodeInput,
} from './gs1/traceability-code.js';
export {
  PLANTING_AREA_CODE,
  RECORD_ID,
  keyRotationId,
  validateRecord,
  type GeoPoint,
  type KeyRotation,
  type Location,
  type LocationKind,
  type Lot,
  type MasterRecord,
  type OcopRating,
  type Organisation,
  type OrganisationKind,
  type Product,
  type Season,
} from './model/records.js';
export {
  EPCIS_CONTEXT_URL,
  NGUONGOC_CONTEXT,
  NGUONGOC_NAMESPACE,
  type EpcisEvent,
} from './model/epcis-context.js';
export {
  buildFieldEvent,
  locationUri,
  lotClassUri,
  vietnamTime,
  type Certificate,
  type FieldWorkInput,
  type FieldWorkKind,
} from './model/field-work.js';
export {
  LOT_BUNDLE_FORMAT,
  type BundleEvent,
  type BundleRecord,
  type LotBundle,
} from './bundle/lot-bundle.js';
export {
  verifyLotBundle,
  type LotBundleVerification,
  type VerifyLotBundleOptions,
} from './bundle/verify-lot-bundle.js';
export { lotStory, type Locale, type LotStory, type StoryStep } from './model/lot-story.js';
export {
  OCOP_WARNING_DAYS,
  ocopStatus,
  recordedOcopStatus,
  type OcopStatus,
} from './model/ocop-status.js';
export {
  epcisEventHash,
  epcisEventHashes,
  epcisPreHashString,
  type EventHashOptions,
  type JsonLdContext,
} from './epcis/event-hash.js';
export { toCanonicalDigitalLink } from './gs1/epc-to-digital-link.js';
