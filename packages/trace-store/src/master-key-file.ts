import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  linkSync,
  mkdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { TraceStoreError } from './errors.js';
import { decodeMasterKey } from './signing-keys.js';

// Without TRACE_MASTER_KEY (outside production) a store's signing keys are encrypted under a key of
// its own: 32 random bytes in a file beside the store, readable by its owner only. Whoever copies
// the store without that file cannot sign with its ledgers' keys; whoever loses it cannot either,
// hence the notice to back it up.

/** Where an unset TRACE_MASTER_KEY is replaced: `<file>.master-key` for SQLite, else in the folder. */
export function masterKeyFilePath(store: {
  sqliteFile: string | undefined;
  dataDirectory: string;
}): string {
  return store.sqliteFile !== undefined
    ? `${store.sqliteFile}.master-key`
    : `${store.dataDirectory}/trace-master-key`;
}

/**
 * Reads the key file at `path`, or creates it (32 random bytes in base64, mode 0600) and says so
 * on stderr. Concurrent first opens agree on one key: the file appears whole or not at all.
 * @throws TraceStoreError `store.master_key_file_mode` when group or others may read it,
 *   `store.master_key_file_malformed` when it does not hold 32 bytes.
 */
export function masterKeyFromFile(path: string): Buffer {
  const existing = readKeyFile(path);
  if (existing !== undefined) return existing;
  mkdirSync(dirname(path), { recursive: true });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(draft, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(draft, 0o600); // whatever the umask
  let created = true;
  try {
    linkSync(draft, path); // fails if another process created the file first: theirs wins
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    created = false;
  } finally {
    unlinkSync(draft);
  }
  if (created) {
    process.stderr.write(
      `Chưa đặt TRACE_MASTER_KEY: đã tạo khoá chính ngẫu nhiên ${path} (chỉ chủ sở hữu đọc được); hãy sao lưu tệp này, mất nó thì không ký được sổ cái nữa / ` +
        `TRACE_MASTER_KEY is not set: created a random master key ${path} (owner-only); back this file up, without it the ledgers can no longer be signed\n`,
    );
  }
  return readKeyFile(path)!;
}

function readKeyFile(path: string): Buffer | undefined {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // Windows has no such permission bits: there, the folder's access control protects the file.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    const octal = (mode & 0o777).toString(8).padStart(4, '0');
    throw new TraceStoreError('store.master_key_file_mode', {
      vi: `tệp khoá chính ${path} có quyền ${octal}, nhóm hoặc người khác đọc được: hãy chạy \`chmod 600 ${path}\``,
      en: `the master key file ${path} has mode ${octal}, readable by group or others: run \`chmod 600 ${path}\``,
    });
  }
  const key = decodeMasterKey(readFileSync(path, 'utf8'));
  if (key.length !== 32) {
    throw new TraceStoreError('store.master_key_file_malformed', {
      vi: `tệp khoá chính ${path} phải chứa 32 byte dạng base64 hoặc hex, nhận được ${key.length} byte`,
      en: `the master key file ${path} must hold 32 bytes in base64 or hex, got ${key.length} bytes`,
    });
  }
  return key;
}
