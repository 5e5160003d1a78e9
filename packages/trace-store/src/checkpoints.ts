import { signCheckpoint as signNote } from '@nguongoc/trace-core';
import { foldSubtrees } from '@nguongoc/trace-core/merkle';
import type { EntityManager } from 'typeorm';
import { Checkpoint, type CheckpointRow, Ledger, SigningKey } from './entities.js';
import { TraceStoreError } from './errors.js';
import { parseFrontier } from './frontier.js';
import { lockLedger } from './ledgers.js';
import { decryptSignerKey } from './signing-keys.js';
import type { StoreDatabase } from './store-database.js';

// Signed checkpoints (C2SP tlog-checkpoint): on demand, every N entries, and for the timer
// (checkpoint-timer.ts) of every ledger that grew.

/** Signs a checkpoint of the whole ledger now and stores it; returns the signed note. */
export function signCheckpoint(
  database: StoreDatabase,
  masterKey: Buffer,
  origin: string,
): Promise<string> {
  return database.transaction(async (manager) => {
    const ledger = await lockLedger(manager, database.driver, origin);
    const existing = await manager.findOneBy(Checkpoint, { ledger: origin, size: ledger.size });
    if (existing) return existing.note;
    const key = await manager.findOneByOrFail(SigningKey, { ledger: origin });
    if (key.encryptedSignerKey === '') {
      throw new TraceStoreError('store.no_signing_key', {
        vi: `sổ cái ${origin} do chủ sở hữu ký; kho này chỉ giữ khoá xác minh`,
        en: `ledger ${origin} is signed by its owner; this store holds only its verifier key`,
      });
    }
    const root = foldSubtrees(parseFrontier(ledger.frontier).map((node) => node.hash));
    const note = signNote(
      { origin, size: ledger.size, root },
      decryptSignerKey(masterKey, origin, key.encryptedSignerKey),
    );
    await manager.insert(Checkpoint, {
      ledger: origin,
      size: ledger.size,
      note,
      createdAt: new Date().toISOString(),
    });
    return note;
  });
}

/** The newest signed checkpoint of a ledger, if any. */
export function latestCheckpoint(
  database: StoreDatabase,
  origin: string,
): Promise<string | undefined> {
  return database.serialised(async () => (await newest(database.manager, origin))?.note);
}

/** Signs a checkpoint of every ledger that has entries after its newest checkpoint. */
export async function checkpointGrownLedgers(
  database: StoreDatabase,
  masterKey: Buffer,
): Promise<string[]> {
  const ledgers = await database.serialised(() => database.manager.find(Ledger));
  const signed: string[] = [];
  for (const ledger of ledgers) {
    const latest = await database.serialised(() => newest(database.manager, ledger.origin));
    if (ledger.size > (latest?.size ?? 0)) {
      signed.push(await signCheckpoint(database, masterKey, ledger.origin));
    }
  }
  return signed;
}

/** Signs a checkpoint when `every` entries or more were added since the newest one. */
export async function checkpointIfDue(
  database: StoreDatabase,
  masterKey: Buffer,
  origin: string,
  size: number,
  every: number | undefined,
): Promise<void> {
  if (every === undefined) return;
  const latest = await database.serialised(() => newest(database.manager, origin));
  if (size - (latest?.size ?? 0) >= every) await signCheckpoint(database, masterKey, origin);
}

function newest(manager: EntityManager, origin: string): Promise<CheckpointRow | null> {
  return manager.findOne(Checkpoint, { where: { ledger: origin }, order: { size: 'DESC' } });
}
