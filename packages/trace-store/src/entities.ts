import { EntitySchema } from 'typeorm';

// The tables of a trace store. Hashes are lowercase hex and JSON is stored as its text, so that
// one schema serves SQLite and PostgreSQL byte for byte, and a reviewer can read a row. Leaf
// indexes are 32-bit integers: two billion entries per ledger.

/** One Merkle log: its origin (as in its checkpoints), size and compact frontier. */
export interface LedgerRow {
  origin: string;
  size: number;
  /** JSON `[[level, index, hashHex], …]`: the right-edge perfect subtrees, for O(log n) append. */
  frontier: string;
  createdAt: string;
}

/** A leaf: the RFC 8785 text of a ledger entry and its RFC 9162 leaf hash. */
export interface EntryRow {
  ledger: string;
  leafIndex: number;
  kind: 'event' | 'record';
  entry: string;
  leafHash: string;
}

/** An EPCIS event: its CBV 2.0 hash ID, lot, previous event of the lot, and JSON. */
export interface EventRow {
  ledger: string;
  eventId: string;
  leafIndex: number;
  lot: string;
  previous: string | null;
  event: string;
  /** The location record named by the event's read point, if any (ADR 007: for lot bundles). */
  place: string | null;
}

/** A version of a master-data record (organisation, product, location, lot). */
export interface RecordRow {
  ledger: string;
  leafIndex: number;
  recordType: string;
  recordId: string;
  record: string;
}

/** The last event of each lot of a ledger: its chain head. */
export interface LotHeadRow {
  lot: string;
  ledger: string;
  head: string | null;
  eventCount: number;
}

/** A stored perfect subtree hash (level 0: leaves). */
export interface NodeRow {
  ledger: string;
  level: number;
  nodeIndex: number;
  hash: string;
}

export interface CheckpointRow {
  ledger: string;
  size: number;
  note: string;
  createdAt: string;
}

export interface SigningKeyRow {
  ledger: string;
  name: string;
  verifierKey: string;
  /** The signer key, AES-256-GCM under TRACE_MASTER_KEY (see signing-keys.ts). */
  encryptedSignerKey: string;
  createdAt: string;
}

const text = { type: 'text' } as const;
const ledger = { type: 'varchar', length: 255, primary: true } as const;
const integer = { type: 'integer' } as const;

export const Ledger = new EntitySchema<LedgerRow>({
  name: 'Ledger',
  tableName: 'ledgers',
  columns: {
    origin: { ...ledger },
    size: { ...integer },
    frontier: { ...text },
    createdAt: { type: 'varchar', length: 32, name: 'created_at' },
  },
});

export const Entry = new EntitySchema<EntryRow>({
  name: 'Entry',
  tableName: 'ledger_entries',
  columns: {
    ledger: { ...ledger },
    leafIndex: { ...integer, primary: true, name: 'leaf_index' },
    kind: { type: 'varchar', length: 16 },
    entry: { ...text },
    leafHash: { type: 'varchar', length: 64, name: 'leaf_hash' },
  },
});

export const Event = new EntitySchema<EventRow>({
  name: 'Event',
  tableName: 'events',
  columns: {
    ledger: { ...ledger },
    eventId: { type: 'varchar', length: 100, primary: true, name: 'event_id' },
    leafIndex: { ...integer, name: 'leaf_index' },
    lot: { type: 'varchar', length: 64 },
    previous: { type: 'varchar', length: 100, nullable: true },
    event: { ...text },
    place: { type: 'varchar', length: 64, nullable: true },
  },
});

export const Record = new EntitySchema<RecordRow>({
  name: 'Record',
  tableName: 'records',
  columns: {
    ledger: { ...ledger },
    leafIndex: { ...integer, primary: true, name: 'leaf_index' },
    recordType: { type: 'varchar', length: 16, name: 'record_type' },
    recordId: { type: 'varchar', length: 64, name: 'record_id' },
    record: { ...text },
  },
});

export const LotHead = new EntitySchema<LotHeadRow>({
  name: 'LotHead',
  tableName: 'lot_heads',
  columns: {
    ledger: { ...ledger },
    lot: { type: 'varchar', length: 64, primary: true },
    head: { type: 'varchar', length: 100, nullable: true },
    eventCount: { ...integer, name: 'event_count' },
  },
});

export const Node = new EntitySchema<NodeRow>({
  name: 'Node',
  tableName: 'merkle_nodes',
  columns: {
    ledger: { ...ledger },
    level: { ...integer, primary: true },
    nodeIndex: { ...integer, primary: true, name: 'node_index' },
    hash: { type: 'varchar', length: 64 },
  },
});

export const Checkpoint = new EntitySchema<CheckpointRow>({
  name: 'Checkpoint',
  tableName: 'checkpoints',
  columns: {
    ledger: { ...ledger },
    size: { ...integer, primary: true },
    note: { ...text },
    createdAt: { type: 'varchar', length: 32, name: 'created_at' },
  },
});

export const SigningKey = new EntitySchema<SigningKeyRow>({
  name: 'SigningKey',
  tableName: 'signing_keys',
  columns: {
    ledger: { ...ledger },
    name: { type: 'varchar', length: 255 },
    verifierKey: { ...text, name: 'verifier_key' },
    encryptedSignerKey: { ...text, name: 'encrypted_signer_key' },
    createdAt: { type: 'varchar', length: 32, name: 'created_at' },
  },
});

/** A cooperative's capture key: its secret is shown once and stored as SHA-256 hex. */
export interface CaptureKeyRow {
  id: string;
  ledger: string;
  label: string;
  secretHash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** One scan of a trace code: when, roughly where (province code), and a hash of the browser. */
export interface ScanRow {
  id?: number;
  serial: string;
  at: string;
  province: string | null;
  userAgentHash: string | null;
}

export const CaptureKey = new EntitySchema<CaptureKeyRow>({
  name: 'CaptureKey',
  tableName: 'capture_keys',
  columns: {
    id: { type: 'varchar', length: 32, primary: true },
    ledger: { type: 'varchar', length: 255 },
    label: { type: 'varchar', length: 200 },
    secretHash: { type: 'varchar', length: 64, name: 'secret_hash' },
    createdAt: { type: 'varchar', length: 32, name: 'created_at' },
    revokedAt: { type: 'varchar', length: 32, name: 'revoked_at', nullable: true },
  },
});

export const Scan = new EntitySchema<ScanRow>({
  name: 'Scan',
  tableName: 'scans',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    serial: { type: 'varchar', length: 200 },
    at: { type: 'varchar', length: 32 },
    province: { type: 'varchar', length: 8, nullable: true },
    userAgentHash: { type: 'varchar', length: 64, name: 'user_agent_hash', nullable: true },
  },
});

export const ENTITIES = [
  Ledger,
  Entry,
  Event,
  Record,
  LotHead,
  Node,
  Checkpoint,
  SigningKey,
  CaptureKey,
  Scan,
];
