import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { TraceStoreError } from './errors.js';

// Ledger signing keys are stored encrypted with AES-256-GCM under a master key: TRACE_MASTER_KEY
// (32 bytes, base64 or hex) or, when it is not set outside production, a random key file beside
// the store (master-key-file.ts). The ledger origin is the associated data, so a key row copied to
// another ledger does not decrypt.
const VERSION = 'v1';

/**
 * The key that stores made before key files encrypted with when TRACE_MASTER_KEY was absent. It is
 * published in this source, so it is only ever used to read such old rows and re-encrypt them
 * under the store's own key (legacy-signing-keys.ts); never to encrypt.
 */
export const LEGACY_PUBLISHED_KEY = createHash('sha256')
  .update('nguongoc development master key: not secret')
  .digest();

/** Decodes a master key written as hex (64 digits) or base64; check its length (32 bytes). */
export function decodeMasterKey(text: string): Buffer {
  const trimmed = text.trim();
  return /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
}

/**
 * The master key from `TRACE_MASTER_KEY`. In production (`NODE_ENV=production`) a missing key stops
 * the store at start; elsewhere a missing key gives `undefined` (the caller then uses the store's
 * key file). A malformed key always stops it.
 */
export function masterKeyFromEnvironment(
  environment: NodeJS.ProcessEnv = process.env,
): Buffer | undefined {
  const text = environment.TRACE_MASTER_KEY;
  if (text === undefined || text === '') {
    if (environment.NODE_ENV === 'production') {
      throw new TraceStoreError('store.master_key_missing', {
        vi: 'Chưa đặt TRACE_MASTER_KEY: không thể bảo vệ khoá ký sổ cái. Hãy đặt 32 byte ngẫu nhiên dạng base64 (ví dụ `openssl rand -base64 32`).',
        en: 'TRACE_MASTER_KEY is not set: ledger signing keys cannot be protected. Set it to 32 random bytes in base64 (e.g. `openssl rand -base64 32`).',
      });
    }
    return undefined;
  }
  const key = decodeMasterKey(text);
  if (key.length !== 32) {
    throw new TraceStoreError('store.master_key_malformed', {
      vi: `TRACE_MASTER_KEY phải là 32 byte dạng base64 hoặc hex, nhận được ${key.length} byte`,
      en: `TRACE_MASTER_KEY must be 32 bytes in base64 or hex, got ${key.length} bytes`,
    });
  }
  return key;
}

export function encryptSignerKey(masterKey: Buffer, origin: string, signerKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
  cipher.setAAD(Buffer.from(origin, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(signerKey, 'utf8'), cipher.final()]);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
    .join(':');
}

export function decryptSignerKey(masterKey: Buffer, origin: string, stored: string): string {
  const [version, iv, ciphertext, tag] = stored.split(':');
  try {
    if (version !== VERSION || !iv || !ciphertext || !tag) throw new Error('format');
    const decipher = createDecipheriv('aes-256-gcm', masterKey, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(origin, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new TraceStoreError('store.master_key_wrong', {
      vi: `khoá ký của sổ cái ${origin} không giải mã được: khoá chính (TRACE_MASTER_KEY hoặc tệp khoá cạnh kho) không phải khoá đã dùng khi lưu`,
      en: `the signing key of ledger ${origin} does not decrypt: the master key (TRACE_MASTER_KEY or the key file beside the store) is not the key it was stored with`,
    });
  }
}
