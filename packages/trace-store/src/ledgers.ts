import { generateNoteKeys } from '@nguongoc/trace-core';
import type { EntityManager } from 'typeorm';
import { Ledger, type LedgerRow, SigningKey } from './entities.js';
import { TraceStoreError, unknownLedger } from './errors.js';
import { pinnedKeys } from './ledger-keys.js';
import { encryptSignerKey } from './signing-keys.js';
import type { StoreDatabase } from './store-database.js';

// Ledgers and their keys: creating one, the keys a trace page trusts, and the two checks every
// write makes first (the ledger exists and is locked; this store may write to it).

/** Creates a ledger and its Ed25519 signing key (named after the origin); returns the verifier key. */
export async function createLedger(
  database: StoreDatabase,
  masterKey: Buffer,
  origin: string,
): Promise<{ origin: string; verifierKey: string }> {
  const { signerKey, verifierKey } = generateNoteKeys(origin);
  const createdAt = new Date().toISOString();
  await database.transaction(async (manager) => {
    if (await manager.findOneBy(Ledger, { origin })) {
      throw new TraceStoreError('store.ledger_exists', {
        vi: `sổ cái ${origin} đã tồn tại`,
        en: `ledger ${origin} already exists`,
      });
    }
    await manager.insert(Ledger, { origin, size: 0, frontier: '[]', createdAt });
    await manager.insert(SigningKey, {
      ledger: origin,
      name: origin,
      verifierKey,
      encryptedSignerKey: encryptSignerKey(masterKey, origin, signerKey),
      createdAt,
    });
  });
  return { origin, verifierKey };
}

/**
 * Creates a mirror of a ledger whose owner keeps its signing key (an import): the store holds
 * only the verifier key, and refuses direct writes to it.
 */
export async function createMirrorLedger(
  manager: EntityManager,
  origin: string,
  verifierKey: string,
): Promise<void> {
  const createdAt = new Date().toISOString();
  await manager.insert(Ledger, { origin, size: 0, frontier: '[]', createdAt });
  await manager.insert(SigningKey, {
    ledger: origin,
    name: origin,
    verifierKey,
    encryptedSignerKey: '',
    createdAt,
  });
}

/**
 * The verifier keys of a ledger, oldest first, the current one last: the keys it has had through
 * its key rotations (ADR 035), since each verifies the checkpoints it signed. None for a ledger
 * the store does not hold.
 */
export function verifierKeys(database: StoreDatabase, origin: string): Promise<string[]> {
  return database.serialised(() => pinnedKeys(database.manager, origin));
}

/**
 * Reads the ledger row for a write. PostgreSQL: a row lock serialises appenders for the whole
 * transaction (the duplicate check comes after it); SQLite has one writer at a time anyway.
 * @throws TraceStoreError `store.unknown_ledger`.
 */
export async function lockLedger(
  manager: EntityManager,
  driver: StoreDatabase['driver'],
  origin: string,
): Promise<LedgerRow> {
  const query = manager.createQueryBuilder(Ledger, 'l').where('l.origin = :origin', { origin });
  if (driver === 'postgres') query.setLock('pessimistic_write');
  const ledger = await query.getOne();
  if (!ledger) throw unknownLedger(origin);
  return ledger;
}

/**
 * Refuses direct writes to a ledger whose owner keeps its signing key (an imported mirror).
 * @throws TraceStoreError `store.no_signing_key`.
 */
export async function checkWritable(manager: EntityManager, origin: string): Promise<void> {
  const key = await manager.findOneBy(SigningKey, { ledger: origin });
  if (key?.encryptedSignerKey === '') {
    throw new TraceStoreError('store.no_signing_key', {
      vi: `sổ cái ${origin} do chủ sở hữu giữ: hãy ghi nhận ở đó rồi nhập vào, kho này chỉ lưu bản sao`,
      en: `ledger ${origin} is kept by its owner: capture there and import, this store only mirrors it`,
    });
  }
}
