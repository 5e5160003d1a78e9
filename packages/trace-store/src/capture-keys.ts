import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CaptureKey, Ledger } from './entities.js';
import { TraceStoreError, unknownLedger } from './errors.js';
import type { StoreDatabase } from './store-database.js';

// A capture key lets a cooperative's phone or CSV import append to its own ledger, and nothing
// else. It reads `ngck_<id>_<secret>`: the id finds the row, the secret is compared with the
// stored SHA-256 in constant time. The secret is shown once, when the key is made.

const PREFIX = 'ngck_';

interface NewCaptureKey {
  id: string;
  /** Give this to the cooperative; it is not stored. */
  key: string;
  secretHash: string;
}

function newCaptureKey(): NewCaptureKey {
  const id = randomBytes(9).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { id, key: `${PREFIX}${id}_${secret}`, secretHash: hashSecret(secret) };
}

/** The id and secret of a key, or undefined when it is not shaped like one. */
function parseCaptureKey(key: unknown): { id: string; secret: string } | undefined {
  if (typeof key !== 'string' || !key.startsWith(PREFIX) || key.length > 200) return undefined;
  // The id is 12 base64url characters (which may themselves include `_`), then `_`, then the secret.
  const rest = key.slice(PREFIX.length);
  return rest[12] === '_' ? { id: rest.slice(0, 12), secret: rest.slice(13) } : undefined;
}

function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Makes a capture key for a cooperative's ledger: the key is returned once and stored hashed.
 * @throws TraceStoreError `store.unknown_ledger`.
 */
export async function createCaptureKey(
  database: StoreDatabase,
  origin: string,
  label: string,
): Promise<{ id: string; key: string }> {
  const { id, key, secretHash } = newCaptureKey();
  await database.transaction(async (manager) => {
    if (!(await manager.findOneBy(Ledger, { origin }))) throw unknownLedger(origin);
    await manager.insert(CaptureKey, {
      id,
      ledger: origin,
      label: label.slice(0, 200),
      secretHash,
      createdAt: new Date().toISOString(),
      revokedAt: null,
    });
  });
  return { id, key };
}

/** Revokes a capture key: later captures with it are refused. */
export async function revokeCaptureKey(database: StoreDatabase, id: string): Promise<void> {
  await database.transaction((manager) =>
    manager.update(CaptureKey, { id }, { revokedAt: new Date().toISOString() }),
  );
}

/**
 * The ledger that a capture key may write to.
 * @throws TraceStoreError `store.capture_key` for an unknown, malformed or revoked key.
 */
export async function captureKeyLedger(
  database: StoreDatabase,
  captureKey: string,
): Promise<string> {
  const parsed = parseCaptureKey(captureKey);
  const row =
    parsed &&
    (await database.serialised(() => database.manager.findOneBy(CaptureKey, { id: parsed.id })));
  if (!parsed || !row || row.revokedAt !== null || !secretMatches(parsed.secret, row.secretHash)) {
    throw new TraceStoreError('store.capture_key', {
      vi: 'khoá ghi nhận không hợp lệ hoặc đã bị thu hồi',
      en: 'the capture key is unknown or revoked',
    });
  }
  return row.ledger;
}
