import {
  type EpcisEvent,
  type MasterRecord,
  MerkleLog,
  NGUONGOC_CONTEXT,
  canonicalize,
  epcisEventHash,
  ledgerEntryText,
  parseVerifierKey,
  validateRecord,
  verifyCheckpoint,
} from '@nguongoc/trace-core';
import { bytes, leafHashHex } from './_hex.js';
import { TraceStoreError } from './errors.js';
import { eventPlace } from './lot-bundles.js';

/** Identifies the export layout; an importer refuses layouts it does not know. */
export const LEDGER_EXPORT_FORMAT = 'nguongoc-ledger-export/1';

/**
 * A whole ledger as JSON, to carry from a cooperative's offline store to the hub. It holds what
 * cannot be recomputed (events, records, lots, signed checkpoints, verifier keys); event IDs, lot
 * links, leaf hashes and Merkle nodes are recomputed by the importer, never taken on trust.
 */
export interface LedgerExport {
  format: typeof LEDGER_EXPORT_FORMAT;
  origin: string;
  verifierKeys: string[];
  entries: (
    | { kind: 'event'; eventId: string; event: EpcisEvent; lot: string }
    | { kind: 'record'; record: MasterRecord }
  )[];
  checkpoints: string[];
}

/** One entry, recomputed and ready to write. */
export type PreparedEntry = { text: string; leafHash: string } & (
  | {
      kind: 'event';
      eventId: string;
      lot: string;
      previous: string | null;
      eventText: string;
      place: string | null;
    }
  | { kind: 'record'; record: MasterRecord }
);

const refuse = (where: string, en: string, vi: string) =>
  new TraceStoreError(
    'store.import_refused',
    `import refused at ${where}: ${en}`,
    `từ chối nhập tại ${where}: ${vi}`,
  );

/**
 * Recomputes an export from scratch and checks it: every record valid, every event hashable and
 * of a known lot, and every checkpoint signed by the export's ledger key over the recomputed
 * root. Entries after the newest checkpoint are refused: nothing unsigned enters the hub.
 * @throws TraceStoreError `store.import_refused` naming the first bad entry or checkpoint.
 */
export function prepareImport(data: LedgerExport): {
  entries: PreparedEntry[];
  checkpoints: { size: number; note: string }[];
} {
  if (
    typeof data !== 'object' ||
    data === null ||
    data.format !== LEDGER_EXPORT_FORMAT ||
    typeof data.origin !== 'string' ||
    !Array.isArray(data.entries) ||
    !Array.isArray(data.checkpoints) ||
    !Array.isArray(data.verifierKeys)
  ) {
    throw refuse(
      'the file',
      `it is not a ${LEDGER_EXPORT_FORMAT} export`,
      `đây không phải tệp xuất ${LEDGER_EXPORT_FORMAT}`,
    );
  }
  for (const key of data.verifierKeys) {
    if (typeof key !== 'string' || parseVerifierKey(key).name !== data.origin) {
      throw refuse(
        'verifierKeys',
        `every key must be the ledger's own (named ${data.origin})`,
        `mọi khoá phải là khoá của sổ cái (tên ${data.origin})`,
      );
    }
  }
  const log = new MerkleLog();
  const heads = new Map<string, string>();
  const lots = new Set<string>();
  const entries = data.entries.map((item, leaf): PreparedEntry => {
    const where = `entry ${leaf}`;
    try {
      if (item?.kind === 'record') {
        const record = validateRecord(item.record);
        if (record.type === 'lot') lots.add(record.id);
        const text = ledgerEntryText({ type: 'record', record });
        return { kind: 'record', record, text, leafHash: append(log, text) };
      }
      if (item?.kind === 'event') {
        const eventId = epcisEventHash(item.event, NGUONGOC_CONTEXT);
        if (eventId !== item.eventId) {
          throw new Error(
            `event ${String(item.eventId)} was changed: its content hashes to ${eventId}`,
          );
        }
        if (!lots.has(item.lot))
          throw new Error(`lot ${String(item.lot)} is not recorded before it`);
        const previous = heads.get(item.lot) ?? null;
        heads.set(item.lot, eventId);
        const text = ledgerEntryText({ type: 'event', eventId, lot: item.lot, previous });
        return {
          kind: 'event',
          eventId,
          lot: item.lot,
          previous,
          eventText: canonicalize(item.event),
          place: eventPlace(item.event),
          text,
          leafHash: append(log, text),
        };
      }
      throw new Error('neither an event nor a record');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw refuse(where, reason, reason);
    }
  });
  const checkpoints = data.checkpoints.map((note, i) => {
    const result = verifyCheckpoint(note, data.verifierKeys, {
      origin: data.origin,
      required: [data.origin],
    });
    const size = result.checkpoint?.size ?? -1;
    if (
      !result.ok ||
      size > log.size ||
      Buffer.compare(result.checkpoint!.root, log.root(size)) !== 0
    ) {
      throw refuse(
        `checkpoint ${i} (size ${size})`,
        "its root or signature does not match the entries and the ledger's key",
        'gốc hoặc chữ ký không khớp với các mục và khoá của sổ cái',
      );
    }
    return { size, note };
  });
  const signed = Math.max(0, ...checkpoints.map((c) => c.size));
  if (signed < entries.length) {
    throw refuse(
      `entry ${signed}`,
      `the last ${entries.length - signed} entries are after the newest signed checkpoint; sign one before exporting`,
      `${entries.length - signed} mục cuối nằm sau checkpoint đã ký mới nhất; hãy ký checkpoint trước khi xuất`,
    );
  }
  return { entries, checkpoints };
}

function append(log: MerkleLog, text: string): string {
  const hash = leafHashHex(text);
  log.appendLeafHash(bytes(hash));
  return hash;
}
