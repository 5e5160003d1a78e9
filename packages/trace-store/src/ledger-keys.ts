import {
  type KeyRotation,
  keyFingerprint,
  keyRotationId,
  generateNoteKeys,
  signCheckpoint as signNote,
  verifyCheckpoint,
} from '@nguongoc/trace-core';
import { foldSubtrees } from '@nguongoc/trace-core/merkle';
import type { EntityManager } from 'typeorm';
import { Checkpoint, Ledger, Record, SigningKey } from './entities.js';
import { TraceStoreError } from './errors.js';
import { parseFrontier } from './frontier.js';
import { writeEntries } from './ledger-writer.js';
import { checkWritable, lockLedger } from './ledgers.js';
import { decryptSignerKey, encryptSignerKey } from './signing-keys.js';
import type { StoreDatabase } from './store-database.js';

// Pinned ledger keys (ADR 035). A ledger's keys are a schedule: the key it started with, then one
// key per `key-rotation` record. A rotation at leaf r counts only when a checkpoint of size r + 1
// is signed by the key it replaces; checkpoints of a larger size are signed by the new key. The
// hub pins the first key by an operator's act (`importLedger(data, { trustKey })`) and learns
// the others only through such rotations: a key named in an export is never trusted for itself.

/** A key rotation and its leaf. */
export interface PlacedRotation {
  leafIndex: number;
  record: KeyRotation;
}

/** `<fingerprint> (<verifier key>)`: how a refusal names a key. */
export const describeKey = (verifierKey: string): string => {
  try {
    return `${keyFingerprint(verifierKey)} (${verifierKey})`;
  } catch {
    return JSON.stringify(verifierKey);
  }
};

/** Normalises a fingerprint typed by a person: lowercase hex without spaces or colons. */
const bareFingerprint = (text: string): string => text.toLowerCase().replace(/[\s:]/g, '');

/** Whether `trusted` (a fingerprint, or a whole verifier key) names `verifierKey`. */
export function trustNames(trusted: string, verifierKey: string): boolean {
  if (trusted.trim() === verifierKey) return true;
  let fingerprint: string;
  try {
    fingerprint = bareFingerprint(keyFingerprint(verifierKey));
  } catch {
    return false;
  }
  const given = bareFingerprint(trusted);
  // At least 16 hex digits (64 bits) must be compared: a key ID's 8 can be ground out.
  return given.length >= 16 && /^[0-9a-f]+$/.test(given) && fingerprint.startsWith(given);
}

/** The key that signs a checkpoint of `size`: rotations at leaves below `size - 1` have applied. */
export function keyAt(initialKey: string, rotations: readonly PlacedRotation[], size: number) {
  let key = initialKey;
  for (const rotation of rotations) if (rotation.leafIndex + 1 < size) key = rotation.record.newKey;
  return key;
}

/**
 * Checks an export's checkpoints and keys against the schedule that starts at the pinned
 * `initialKey`: each rotation names the key then current, each rotation is closed by a checkpoint
 * its previous key signed, every checkpoint is signed by the key current at its size, and the
 * export names no other key. Returns the key current at the end.
 * @throws TraceStoreError `store.import_unpinned_key` naming the key.
 */
export function checkKeySchedule(
  origin: string,
  initialKey: string,
  rotations: readonly PlacedRotation[],
  checkpoints: readonly { size: number; note: string }[],
  namedKeys: readonly string[],
): string {
  const refuse = (vi: string, en: string) =>
    new TraceStoreError('store.import_unpinned_key', {
      vi: `từ chối nhập ${origin}: ${vi}; không có gì được ghi`,
      en: `import of ${origin} refused: ${en}; nothing was written`,
    });
  const schedule = [initialKey];
  for (const { leafIndex, record } of rotations) {
    const current = schedule[schedule.length - 1]!;
    if (record.previousKey !== current) {
      throw refuse(
        `lần đổi khoá tại mục ${leafIndex} thay khoá ${describeKey(record.previousKey)}, nhưng khoá hiện hành đã ghim là ${describeKey(current)}`,
        `the key rotation at entry ${leafIndex} replaces key ${describeKey(record.previousKey)}, but the pinned current key is ${describeKey(current)}`,
      );
    }
    if (!checkpoints.some((c) => c.size === leafIndex + 1)) {
      throw refuse(
        `lần đổi khoá tại mục ${leafIndex} sang ${describeKey(record.newKey)} không được khoá hiện hành ký: cần checkpoint kích thước ${leafIndex + 1} do ${describeKey(current)} ký`,
        `the key rotation at entry ${leafIndex} to ${describeKey(record.newKey)} is not signed by the current key: a checkpoint of size ${leafIndex + 1} signed by ${describeKey(current)} is needed`,
      );
    }
    schedule.push(record.newKey);
  }
  for (const key of namedKeys) {
    if (!schedule.includes(key)) {
      throw refuse(
        `tệp xuất nêu khoá ${describeKey(key)}, khoá mà trạm chưa ghim cho sổ cái này`,
        `the export names key ${describeKey(key)}, which this hub has not pinned for the ledger`,
      );
    }
  }
  for (const { size, note } of checkpoints) {
    const expected = keyAt(initialKey, rotations, size);
    const result = verifyCheckpoint(note, [expected], { origin, required: [origin] });
    if (result.ok) continue;
    // Name the key that did sign: by its fingerprint when the export lists it, else its key ID.
    const signer = verifyCheckpoint(note, [...new Set([...namedKeys, ...schedule])], {
      origin,
    }).signatures.find((s) => s.name === origin && s.valid);
    const named = signer
      ? [...namedKeys, ...schedule].find((key) => {
          const [, id] = key.split('+');
          return id === signer.keyId.toString(16).padStart(8, '0');
        })
      : undefined;
    const other = result.signatures.find((s) => s.name === origin && !s.trusted);
    const who = named
      ? describeKey(named)
      : other
        ? `${other.keyId.toString(16).padStart(8, '0')} (${other.name})`
        : '?';
    throw refuse(
      `checkpoint kích thước ${size} được ký bằng khoá ${who}, không phải khoá đã ghim ${describeKey(expected)}`,
      `the checkpoint of size ${size} is signed by key ${who}, not by the pinned key ${describeKey(expected)}`,
    );
  }
  return schedule[schedule.length - 1]!;
}

/** The key rotations of a stored ledger, in ledger order. */
export async function storedRotations(
  manager: EntityManager,
  origin: string,
): Promise<PlacedRotation[]> {
  const rows = await manager.find(Record, {
    where: { ledger: origin, recordType: 'key-rotation' },
    order: { leafIndex: 'ASC' },
  });
  return rows.map((row) => ({
    leafIndex: row.leafIndex,
    record: JSON.parse(row.record) as KeyRotation,
  }));
}

/**
 * The keys a stored ledger has had, oldest first, the current one last: the first key, then the
 * key of each rotation. Empty for a ledger the store does not hold.
 */
export async function pinnedKeys(manager: EntityManager, origin: string): Promise<string[]> {
  const current = await manager.findOneBy(SigningKey, { ledger: origin });
  if (!current) return [];
  const rotations = await storedRotations(manager, origin);
  return rotations.length === 0
    ? [current.verifierKey]
    : [rotations[0]!.record.previousKey, ...rotations.map((r) => r.record.newKey)];
}

/**
 * Rotates the signing key of a ledger this store signs: appends a `key-rotation` record, signs a
 * checkpoint ending at it with the current key, then keeps only the new key (encrypted), all in
 * one transaction. Checkpoints after it are signed by the new key.
 * @throws TraceStoreError `store.unknown_ledger`, `store.no_signing_key` (a mirror).
 */
export function rotateLedgerKey(
  database: StoreDatabase,
  masterKey: Buffer,
  origin: string,
): Promise<{ previousKey: string; newKey: string; fingerprint: string; checkpoint: string }> {
  return database.transaction(async (manager) => {
    await lockLedger(manager, database.driver, origin);
    await checkWritable(manager, origin);
    const key = await manager.findOneByOrFail(SigningKey, { ledger: origin });
    const previousSigner = decryptSignerKey(masterKey, origin, key.encryptedSignerKey);
    const { signerKey, verifierKey } = generateNoteKeys(origin);
    const at = new Date().toISOString();
    const record: KeyRotation = {
      type: 'key-rotation',
      id: keyRotationId(verifierKey),
      previousKey: key.verifierKey,
      newKey: verifierKey,
      at,
    };
    await writeEntries(manager, database.driver, origin, [{ kind: 'record', record }]);
    const ledger = await manager.findOneByOrFail(Ledger, { origin });
    const root = foldSubtrees(parseFrontier(ledger.frontier).map((node) => node.hash));
    const checkpoint = signNote({ origin, size: ledger.size, root }, previousSigner);
    await manager.insert(Checkpoint, {
      ledger: origin,
      size: ledger.size,
      note: checkpoint,
      createdAt: at,
    });
    await manager.update(
      SigningKey,
      { ledger: origin },
      {
        verifierKey,
        encryptedSignerKey: encryptSignerKey(masterKey, origin, signerKey),
        createdAt: at,
      },
    );
    return {
      previousKey: key.verifierKey,
      newKey: verifierKey,
      fingerprint: keyFingerprint(verifierKey),
      checkpoint,
    };
  });
}
