// Without TRACE_MASTER_KEY a store encrypts its signing keys under a random key file of its own,
// never under a constant from the source; stores made under that old constant still open, and
// their keys move to the file key.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { type TraceStore, TraceStoreError, openTraceStore } from '../src/index.js';
import { LEGACY_PUBLISHED_KEY, decryptSignerKey } from '../src/signing-keys.js';
import { type Driver, drivers, sql } from './_drivers.js';
import { seedLedger } from './_seed.js';

const ORIGIN = 'nguongoc.vn/htx-khoa-chinh';
const withoutKey = (): NodeJS.ProcessEnv => {
  const environment = { ...process.env };
  delete environment.DATABASE_URL;
  delete environment.TRACE_MASTER_KEY;
  delete environment.NODE_ENV;
  return environment;
};

/** What the store wrote on stderr while `open` ran. */
async function stderrOf<T>(open: () => Promise<T>): Promise<{ value: T; stderr: string }> {
  const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const value = await open();
    return { value, stderr: write.mock.calls.map(([chunk]) => String(chunk)).join('') };
  } finally {
    write.mockRestore();
  }
}

async function storedSignerKey(store: TraceStore): Promise<string> {
  const rows = (await sql(store, 'SELECT encrypted_signer_key FROM signing_keys WHERE ledger = ?', [
    ORIGIN,
  ])) as { encrypted_signer_key: string }[];
  return rows[0]!.encrypted_signer_key;
}

const decrypts = (key: Buffer, stored: string): boolean => {
  try {
    decryptSignerKey(key, ORIGIN, stored);
    return true;
  } catch {
    return false;
  }
};

describe('a SQLite store without TRACE_MASTER_KEY', () => {
  const directory = mkdtempSync(join(tmpdir(), 'ng-master-key-'));
  const open = (name: string) =>
    openTraceStore({ url: `file:${join(directory, name)}`, environment: withoutKey() });
  let store: TraceStore | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('creates a random owner-only key file beside it, says so, and signs with it', async () => {
    const keyFile = join(directory, 'htx.db.master-key');
    const first = await stderrOf(() => open('htx.db'));
    store = first.value;
    expect(first.stderr).toContain(keyFile);
    expect(first.stderr).toContain('hãy sao lưu tệp này');
    expect(first.stderr).toContain('back this file up');
    expect(first.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
    expect(key).toHaveLength(32);
    expect(key.equals(LEGACY_PUBLISHED_KEY)).toBe(false);

    await seedLedger(store, ORIGIN);
    const stored = await storedSignerKey(store);
    expect(decrypts(key, stored)).toBe(true);
    expect(decrypts(LEGACY_PUBLISHED_KEY, stored)).toBe(false);
    await store.close();

    // Reopened: the same key, no second notice, and the ledger still signs.
    const again = await stderrOf(() => open('htx.db'));
    store = again.value;
    expect(again.stderr).toBe('');
    expect(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64').equals(key)).toBe(true);
    expect(await store.signCheckpoint(ORIGIN)).toMatch(/^nguongoc\.vn\/htx-khoa-chinh\n4\n/);
  });

  it('gives each store its own key', async () => {
    store = (await stderrOf(() => open('other.db'))).value;
    expect(readFileSync(join(directory, 'other.db.master-key'), 'utf8')).not.toBe(
      readFileSync(join(directory, 'htx.db.master-key'), 'utf8'),
    );
  });

  it('refuses a key file that group or others may read', async () => {
    const keyFile = join(directory, 'open.db.master-key');
    writeFileSync(keyFile, `${Buffer.alloc(32, 5).toString('base64')}\n`);
    chmodSync(keyFile, 0o644);
    const error = await open('open.db').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TraceStoreError);
    expect((error as TraceStoreError).code).toBe('store.master_key_file_mode');
    expect((error as TraceStoreError).message).toContain(`chmod 600 ${keyFile}`);
    expect((error as TraceStoreError).messageVi).toContain('nhóm hoặc người khác đọc được');
  });

  it('refuses a key file that does not hold 32 bytes', async () => {
    const keyFile = join(directory, 'short.db.master-key');
    writeFileSync(keyFile, `${Buffer.alloc(16, 5).toString('base64')}\n`, { mode: 0o600 });
    const error = await open('short.db').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TraceStoreError);
    expect((error as TraceStoreError).code).toBe('store.master_key_file_malformed');
    expect((error as TraceStoreError).message).toContain('got 16 bytes');
    expect((error as TraceStoreError).messageVi).toContain('nhận được 16 byte');
  });
});

for (const { name, make } of drivers()) {
  describe(`a store made under the old published key (${name})`, () => {
    const driver: Driver = make();
    let store: TraceStore | undefined;
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it(
      'opens with its key file, re-encrypts its keys under it, says so, and signs',
      { timeout: 120_000 },
      async () => {
        // What a store opened without TRACE_MASTER_KEY used to do: encrypt under the constant.
        store = await driver.open({
          ...withoutKey(),
          TRACE_MASTER_KEY: LEGACY_PUBLISHED_KEY.toString('base64'),
        });
        await seedLedger(store, ORIGIN);
        expect(decrypts(LEGACY_PUBLISHED_KEY, await storedSignerKey(store))).toBe(true);
        await store.close();
        store = undefined;

        const opened = await stderrOf(() => driver.open(withoutKey()));
        store = opened.value;
        expect(opened.stderr).toContain(driver.keyFile);
        expect(opened.stderr).toContain(`re-encrypted 1 ledger signing key(s) (${ORIGIN})`);
        expect(opened.stderr).toContain('Đã mã hoá lại 1 khoá ký sổ cái');
        const key = Buffer.from(readFileSync(driver.keyFile, 'utf8').trim(), 'base64');
        const stored = await storedSignerKey(store);
        expect(decrypts(key, stored)).toBe(true);
        expect(decrypts(LEGACY_PUBLISHED_KEY, stored)).toBe(false);
        expect(await store.signCheckpoint(ORIGIN)).toMatch(/^nguongoc\.vn\/htx-khoa-chinh\n4\n/);
        await store.close();
        store = undefined;

        // Once moved, a reopen has nothing left to say.
        const reopened = await stderrOf(() => driver.open(withoutKey()));
        store = reopened.value;
        expect(reopened.stderr).toBe('');
      },
    );
  });
}
