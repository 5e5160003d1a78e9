import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { startCheckpointTimer } from './checkpoint-timer.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres.js';
import { ENTITIES } from './entities.js';
import { TraceStoreError } from './errors.js';
import { InitialSchema1763800000000 } from './migrations/1763800000000-initial-schema.js';
import { CaptureKeysAndScans1763900000000 } from './migrations/1763900000000-capture-keys-and-scans.js';
import { EventPlaces1764000000000 } from './migrations/1764000000000-event-places.js';
import { ScanTallies1764200000000 } from './migrations/1764200000000-scan-tallies.js';
import { reencryptLegacySigningKeys } from './legacy-signing-keys.js';
import { masterKeyFilePath, masterKeyFromFile } from './master-key-file.js';
import { masterKeyFromEnvironment } from './signing-keys.js';
import type { ScanThresholds } from './scan-verdict.js';
import { TraceStore } from './trace-store.js';

export interface OpenTraceStoreOptions {
  /**
   * `file:./path.db` (SQLite, a cooperative's offline store) or `postgres://…` (the hub). When
   * absent: `DATABASE_URL`, else an embedded PostgreSQL in `<dataDirectory>/postgres`.
   */
  url?: string;
  /**
   * PostgreSQL only: keep the store's tables in this schema (created if missing), e.g. `trace`
   * when it shares a database with another application. A `?schema=` in the URL does the same.
   * Default: the server's (`public`).
   */
  schema?: string;
  /** Where the embedded PostgreSQL keeps its files; default `NGUONGOC_DATA_DIR` or `./.data`. */
  dataDirectory?: string;
  /**
   * Environment to read TRACE_MASTER_KEY and NODE_ENV from; default `process.env`. Without
   * TRACE_MASTER_KEY (outside production) the store uses a random key file of its own:
   * `<file>.master-key` beside a SQLite store, else `<dataDirectory>/trace-master-key`.
   */
  environment?: NodeJS.ProcessEnv;
  /** Sign a checkpoint automatically once this many entries were added since the last one. */
  checkpointEveryEntries?: number;
  /** Sign checkpoints of every ledger that grew, this often (a timer that does not keep Node alive). */
  checkpointEverySeconds?: number;
  /** When scans of one code look like a copied label; see `DEFAULT_SCAN_THRESHOLDS`. */
  scanThresholds?: ScanThresholds;
}

const MIGRATIONS = [
  InitialSchema1763800000000,
  CaptureKeysAndScans1763900000000,
  EventPlaces1764000000000,
  ScanTallies1764200000000,
];

/**
 * Opens a trace store: connects, runs pending migrations, and takes the master key (a missing
 * TRACE_MASTER_KEY stops a production start with a clear error; elsewhere the store's key file
 * stands in, created on first use). Signing keys that an older store encrypted under the key once
 * published in the source are re-encrypted under the master key.
 * @throws TraceStoreError for an unsupported URL, a missing or wrong master key, a key file that
 *   others may read or that does not hold 32 bytes.
 * @example const store = await openTraceStore({ url: 'file:./htx.db' });
 */
export async function openTraceStore(options: OpenTraceStoreOptions = {}): Promise<TraceStore> {
  const environment = options.environment ?? process.env;
  const keyFromEnvironment = masterKeyFromEnvironment(environment);
  const dataDirectory = resolve(options.dataDirectory ?? environment.NGUONGOC_DATA_DIR ?? '.data');
  let sqliteFile: string | undefined;
  const url = options.url ?? environment.DATABASE_URL;
  let embedded: EmbeddedServer | undefined;
  let dataSource: DataSource;
  let connectTo: string | undefined;
  if (url !== undefined && url.startsWith('file:')) {
    const path = resolve(url.slice('file:'.length));
    sqliteFile = path;
    mkdirSync(dirname(path), { recursive: true });
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: path,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      // WAL with full sync: an acknowledged append survives a crash, readers do not block writers.
      prepareDatabase: (database: { pragma(source: string): unknown }) => {
        database.pragma('journal_mode = WAL');
        database.pragma('synchronous = FULL');
        database.pragma('busy_timeout = 10000');
      },
    });
  } else if (url === undefined || /^postgres(ql)?:\/\//.test(url)) {
    if (url === undefined) {
      const directory = resolve(dataDirectory, 'postgres');
      mkdirSync(dirname(directory), { recursive: true });
      embedded = await startEmbeddedPostgres(directory);
    }
    let schema = options.schema;
    if (url !== undefined) {
      const parsed = new URL(url);
      schema ??= parsed.searchParams.get('schema') ?? undefined;
      parsed.searchParams.delete('schema');
      connectTo = parsed.toString();
    }
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new TraceStoreError('store.schema', {
        vi: `schema ${JSON.stringify(schema)} không phải tên SQL thường viết thường`,
        en: `schema ${JSON.stringify(schema)} is not a plain lower-case SQL name`,
      });
    }
    dataSource = new DataSource({
      type: 'postgres',
      url: connectTo ?? embedded!.url,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      // The read path's plain SQL names tables without a schema: search_path points it there.
      ...(schema ? { schema, extra: { options: `-c search_path=${schema}` } } : {}),
    });
  } else {
    throw new TraceStoreError('store.url', {
      vi: `địa chỉ kho không được hỗ trợ ${JSON.stringify(url)}: dùng file:./duong-dan.db hoặc postgres://…`,
      en: `unsupported store URL ${JSON.stringify(url)}: use file:./path.db or postgres://…`,
    });
  }
  const keyFile = masterKeyFilePath({ sqliteFile, dataDirectory });
  const keySource = keyFromEnvironment ? 'TRACE_MASTER_KEY' : keyFile;
  let masterKey: Buffer;
  try {
    masterKey = keyFromEnvironment ?? masterKeyFromFile(keyFile);
    await dataSource.initialize();
    const schema = (dataSource.options as { schema?: string }).schema;
    if (schema) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await dataSource.runMigrations({ transaction: 'each' });
    await reencryptLegacySigningKeys(dataSource, masterKey, keySource);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const location = url ?? embedded!.url;
  const settings = {
    url: location,
    checkpointEveryEntries: options.checkpointEveryEntries,
    scanThresholds: options.scanThresholds,
  };
  const store = new TraceStore(dataSource, masterKey, settings, async () => {
    stopTimer?.();
    await dataSource.destroy();
    await embedded?.stop();
  });
  const stopTimer =
    options.checkpointEverySeconds === undefined
      ? undefined
      : startCheckpointTimer(() => store.checkpointGrownLedgers(), options.checkpointEverySeconds);
  return store;
}
