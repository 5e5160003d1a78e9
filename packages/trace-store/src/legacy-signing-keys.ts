import { Not } from 'typeorm';
import type { DataSource } from 'typeorm';
import { SigningKey } from './entities.js';
import { LEGACY_PUBLISHED_KEY, decryptSignerKey, encryptSignerKey } from './signing-keys.js';

// Stores made before key files, without TRACE_MASTER_KEY, hold signing keys encrypted under a key
// published in the source. When the store opens with its real key, such rows are re-encrypted
// under it, so the old store keeps signing and the published key stops protecting anything.

/**
 * Re-encrypts, under `masterKey`, every signing key that only the legacy published key decrypts;
 * says on stderr how many, and under what (`source`). Rows neither key decrypts stay as they are
 * (signing with them reports the wrong key, as before).
 * @returns the ledgers whose keys were re-encrypted.
 */
export async function reencryptLegacySigningKeys(
  dataSource: DataSource,
  masterKey: Buffer,
  source: string,
): Promise<string[]> {
  if (masterKey.equals(LEGACY_PUBLISHED_KEY)) return [];
  const repository = dataSource.getRepository(SigningKey);
  const rows = await repository.findBy({ encryptedSignerKey: Not('') }); // mirrors hold no key
  const moved: string[] = [];
  for (const row of rows) {
    if (decrypts(masterKey, row.ledger, row.encryptedSignerKey)) continue;
    if (!decrypts(LEGACY_PUBLISHED_KEY, row.ledger, row.encryptedSignerKey)) continue;
    const signerKey = decryptSignerKey(LEGACY_PUBLISHED_KEY, row.ledger, row.encryptedSignerKey);
    // Conditional on the old value: a concurrent opener re-encrypting the same row is harmless.
    await repository.update(
      { ledger: row.ledger, encryptedSignerKey: row.encryptedSignerKey },
      { encryptedSignerKey: encryptSignerKey(masterKey, row.ledger, signerKey) },
    );
    moved.push(row.ledger);
  }
  if (moved.length > 0) {
    process.stderr.write(
      `Đã mã hoá lại ${moved.length} khoá ký sổ cái (${moved.join(', ')}) từ khoá cũ công khai trong mã nguồn sang ${source} / ` +
        `re-encrypted ${moved.length} ledger signing key(s) (${moved.join(', ')}) from the old key published in the source under ${source}\n`,
    );
  }
  return moved;
}

function decrypts(key: Buffer, origin: string, stored: string): boolean {
  try {
    decryptSignerKey(key, origin, stored);
    return true;
  } catch {
    return false;
  }
}
