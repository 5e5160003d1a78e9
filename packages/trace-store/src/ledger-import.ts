import {
  type MasterRecord,
  NGUONGOC_CONTEXT,
  TraceFormatError,
  canonicalize,
  epcisEventHash,
  parseVerifierKey,
  validateRecord,
  verifyCheckpoint,
} from '@nguongoc/trace-core';
import { LedgerState, type LedgerStep } from '@nguongoc/trace-core/ledger';
import { MerkleLog } from '@nguongoc/trace-core/merkle';
import type { Message } from '@nguongoc/vn-locale';
import { hex } from './_hex.js';
import { Checkpoint, Entry, SigningKey } from './entities.js';
import { TraceStoreError } from './errors.js';
import { LEDGER_EXPORT_FORMAT, type LedgerExport } from './ledger-export.js';
import { type PendingEntry, writeEntries } from './ledger-writer.js';
import {
  type PlacedRotation,
  checkKeySchedule,
  describeKey,
  pinnedKeys,
  trustNames,
} from './ledger-keys.js';
import { createMirrorLedger } from './ledgers.js';
import { eventPlace } from './prepare-event.js';
import type { StoreDatabase } from './store-database.js';

/** One entry of an export, recomputed and checked by the ledger's rules, ready to write. */
export type PreparedEntry = PendingEntry & { text: string; leafHash: string };

const refuse = (where: Message, reason: Message) =>
  new TraceStoreError('store.import_refused', {
    vi: `từ chối nhập tại ${where.vi}: ${reason.vi}`,
    en: `import refused at ${where.en}: ${reason.en}`,
  });

/** What went wrong with an entry, in both languages where the error carries both. */
function reasonOf(error: unknown): Message {
  if (error instanceof TraceFormatError) return { vi: error.messageVi, en: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { vi: `dữ liệu không hợp lệ (${message})`, en: message };
}

/**
 * Recomputes an export from scratch and checks it: every record valid, every event hashable, and
 * every entry accepted by the ledger's rules (trace-core's LedgerState: the lot is recorded before
 * its events, an event appears once, the lot chain), and every checkpoint signed by the export's
 * recomputed root. Entries after the newest checkpoint are refused: nothing unsigned enters the
 * hub. Whose signatures count is importLedger's to decide (the keys the store pinned).
 * @throws TraceStoreError `store.import_refused` naming the first bad entry or checkpoint.
 */
export function prepareImport(data: LedgerExport): {
  entries: PreparedEntry[];
  checkpoints: { size: number; note: string }[];
  rotations: PlacedRotation[];
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
      { vi: 'tệp', en: 'the file' },
      {
        vi: `đây không phải tệp xuất ${LEDGER_EXPORT_FORMAT}`,
        en: `it is not a ${LEDGER_EXPORT_FORMAT} export`,
      },
    );
  }
  for (const key of data.verifierKeys) {
    if (typeof key !== 'string' || parseVerifierKey(key).name !== data.origin) {
      throw refuse(
        { vi: 'verifierKeys', en: 'verifierKeys' },
        {
          vi: `mọi khoá phải là khoá của sổ cái (tên ${data.origin})`,
          en: `every key must be the ledger's own (named ${data.origin})`,
        },
      );
    }
  }
  let state: LedgerState;
  try {
    state = new LedgerState(data.origin);
  } catch (error) {
    throw refuse({ vi: 'origin', en: 'origin' }, reasonOf(error));
  }
  const log = new MerkleLog();
  const written = (step: LedgerStep) => {
    log.appendLeafHash(step.leafHash);
    return { text: step.text, leafHash: hex(step.leafHash) };
  };
  const entries = data.entries.map((item, leaf): PreparedEntry => {
    const where = { vi: `mục ${leaf}`, en: `entry ${leaf}` };
    try {
      if (item?.kind === 'record') {
        const record: MasterRecord = validateRecord(item.record);
        return { kind: 'record', record, ...written(state.addRecord(record)) };
      }
      if (item?.kind === 'event') {
        const eventId = epcisEventHash(item.event, NGUONGOC_CONTEXT);
        if (eventId !== item.eventId) {
          throw refuse(where, {
            vi: `sự kiện ${String(item.eventId)} đã bị sửa: nội dung có mã băm ${eventId}`,
            en: `event ${String(item.eventId)} was changed: its content hashes to ${eventId}`,
          });
        }
        const decision = state.appendEvent(eventId, item.lot);
        if (decision.outcome === 'refuse') throw refuse(where, decision.reason);
        if (decision.outcome === 'duplicate') {
          throw refuse(where, {
            vi: `sự kiện ${eventId} đã có tại mục ${decision.leafIndex}`,
            en: `event ${eventId} is already at entry ${decision.leafIndex}`,
          });
        }
        return {
          kind: 'event',
          eventId,
          lot: item.lot,
          eventText: canonicalize(item.event),
          place: eventPlace(item.event),
          ...written(decision),
        };
      }
      throw refuse(where, {
        vi: 'không phải sự kiện cũng không phải bản ghi',
        en: 'neither an event nor a record',
      });
    } catch (error) {
      if (error instanceof TraceStoreError) throw error;
      throw refuse(where, reasonOf(error));
    }
  });
  // Roots here; signatures against the keys the store pinned, in importLedger (ADR 035).
  const checkpoints = data.checkpoints.map((note, i) => {
    const result =
      typeof note === 'string' ? verifyCheckpoint(note, [], { origin: data.origin }) : undefined;
    const size = result?.checkpoint?.size ?? -1;
    if (
      result?.checkpoint === undefined ||
      result.checkpoint.origin !== data.origin ||
      size > log.size ||
      Buffer.compare(result.checkpoint.root, log.root(size)) !== 0
    ) {
      throw refuse(
        { vi: `checkpoint ${i} (kích thước ${size})`, en: `checkpoint ${i} (size ${size})` },
        {
          vi: 'gốc không khớp với các mục của sổ cái',
          en: "its root does not match the ledger's entries",
        },
      );
    }
    return { size, note: note as string };
  });
  const signed = Math.max(0, ...checkpoints.map((c) => c.size));
  if (signed < entries.length) {
    throw refuse(
      { vi: `mục ${signed}`, en: `entry ${signed}` },
      {
        vi: `${entries.length - signed} mục cuối nằm sau checkpoint đã ký mới nhất; hãy ký checkpoint trước khi xuất`,
        en: `the last ${entries.length - signed} entries are after the newest signed checkpoint; sign one before exporting`,
      },
    );
  }
  const rotations = entries.flatMap((entry, leafIndex) =>
    entry.kind === 'record' && entry.record.type === 'key-rotation'
      ? [{ leafIndex, record: entry.record }]
      : [],
  );
  return { entries, checkpoints, rotations };
}

/** What the operator vouches for when a store first meets a ledger (ADR 035). */
export interface ImportOptions {
  /**
   * The fingerprint (at least 16 hex digits, spaces ignored) or the whole verifier key of the
   * key the ledger started with, as the cooperative read it out from its own store. Needed for a
   * ledger the store does not hold yet; a held ledger's keys are already pinned.
   */
  trustKey?: string;
}

/**
 * Imports an exported ledger: recomputes every hash and proof, checks every checkpoint against
 * the keys this store pinned for the ledger (the first key by the operator's `trustKey`, later
 * keys only through rotations signed by the key they replace), and appends what the store lacks
 * through the store's one write path, all in one transaction. A ledger the store already holds
 * must be a prefix of the export; a fork is refused naming the first differing entry, and
 * nothing in the store changes.
 * @throws TraceStoreError `store.import_refused`, `store.import_untrusted_key`,
 *   `store.import_unpinned_key` (naming the key) or `store.import_fork`.
 */
export async function importLedger(
  database: StoreDatabase,
  data: LedgerExport,
  options: ImportOptions = {},
): Promise<{ origin: string; imported: number; kept: number }> {
  const { entries, checkpoints, rotations } = prepareImport(data);
  const origin = data.origin;
  return database.transaction(async (manager) => {
    const pinned = await pinnedKeys(manager, origin);
    const initialKey = pinned[0] ?? trustedFirstKey(data, rotations, options.trustKey);
    const finalKey = checkKeySchedule(
      origin,
      initialKey,
      rotations,
      checkpoints,
      data.verifierKeys,
    );
    if (pinned.length === 0) {
      // The cooperative keeps its signing key: the hub holds only the verifier key.
      await createMirrorLedger(manager, origin, initialKey);
    }
    const existing = await manager.find(Entry, {
      select: { leafIndex: true, leafHash: true },
      where: { ledger: origin },
      order: { leafIndex: 'ASC' },
    });
    existing.forEach((row, i) => {
      const incoming = entries[i];
      if (incoming?.leafHash !== row.leafHash) {
        const what =
          incoming?.kind === 'event'
            ? { vi: ` (sự kiện ${incoming.eventId})`, en: ` (event ${incoming.eventId})` }
            : { vi: '', en: '' };
        throw new TraceStoreError('store.import_fork', {
          vi: `tệp xuất rẽ nhánh khỏi sổ cái ${origin} trong kho tại mục ${i}${what.vi}: lịch sử chỉ được ghi thêm`,
          en: `the export forks from this store's ledger ${origin} at entry ${i}${what.en}: history may only be appended to`,
        });
      }
    });
    await writeEntries(manager, database.driver, origin, entries.slice(existing.length), {
      mirror: true,
    });
    // A rotation signed by the pinned key moves the pin; the old key stays only to verify the
    // checkpoints it signed.
    await manager.update(
      SigningKey,
      { ledger: origin, encryptedSignerKey: '' },
      { verifierKey: finalKey },
    );
    for (const { size, note } of checkpoints) {
      if (!(await manager.findOneBy(Checkpoint, { ledger: origin, size }))) {
        await manager.insert(Checkpoint, {
          ledger: origin,
          size,
          note,
          createdAt: new Date().toISOString(),
        });
      }
    }
    return { origin, imported: entries.length - existing.length, kept: existing.length };
  });
}

/**
 * The first key of a ledger the store does not hold yet, as the operator vouched for it.
 * @throws TraceStoreError `store.import_untrusted_key` naming the key, without `trustKey` or
 *   when it names another key.
 */
function trustedFirstKey(
  data: LedgerExport,
  rotations: readonly PlacedRotation[],
  trustKey: string | undefined,
): string {
  const candidates = rotations.length > 0 ? [rotations[0]!.record.previousKey] : data.verifierKeys;
  const first =
    trustKey === undefined ? undefined : candidates.find((key) => trustNames(trustKey, key));
  if (first !== undefined) return first;
  const named = candidates.map(describeKey).join(', ') || '—';
  throw new TraceStoreError(
    'store.import_untrusted_key',
    trustKey === undefined
      ? {
          vi: `kho chưa ghim khoá nào cho sổ cái ${data.origin}: tệp được ký bằng khoá ${named}. Hãy đối chiếu dấu vân tay với hợp tác xã rồi nhập với --trust-key "<dấu vân tay>"`,
          en: `this store has pinned no key for ledger ${data.origin}: the file is signed with key ${named}. Check the fingerprint with the cooperative, then import with --trust-key "<fingerprint>"`,
        }
      : {
          vi: `khoá đầu tiên của sổ cái ${data.origin} trong tệp là ${named}, không phải khoá được tin cậy ${trustKey}`,
          en: `the first key of ledger ${data.origin} in the file is ${named}, not the trusted key ${trustKey}`,
        },
  );
}
