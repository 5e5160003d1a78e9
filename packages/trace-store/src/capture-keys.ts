import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// A capture key lets a cooperative's phone or CSV import append to its own ledger, and nothing
// else. It reads `ngck_<id>_<secret>`: the id finds the row, the secret is compared with the
// stored SHA-256 in constant time. The secret is shown once, when the key is made.

const PREFIX = 'ngck_';

export interface NewCaptureKey {
  id: string;
  /** Give this to the cooperative; it is not stored. */
  key: string;
  secretHash: string;
}

export function newCaptureKey(): NewCaptureKey {
  const id = randomBytes(9).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { id, key: `${PREFIX}${id}_${secret}`, secretHash: hashSecret(secret) };
}

/** The id and secret of a key, or undefined when it is not shaped like one. */
export function parseCaptureKey(key: unknown): { id: string; secret: string } | undefined {
  if (typeof key !== 'string' || !key.startsWith(PREFIX) || key.length > 200) return undefined;
  // The id is 12 base64url characters (which may themselves include `_`), then `_`, then the secret.
  const rest = key.slice(PREFIX.length);
  return rest[12] === '_' ? { id: rest.slice(0, 12), secret: rest.slice(13) } : undefined;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
