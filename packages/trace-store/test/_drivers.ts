// The databases every contract test runs against: a SQLite file, the embedded PostgreSQL, and the
// PostgreSQL server named by DATABASE_URL when it is set (CI sets it), in a fresh database.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type OpenTraceStoreOptions, type TraceStore, openTraceStore } from '../src/index.js';

export interface Driver {
  name: string;
  /** Opens the driver's store (again, after a close: same data). */
  open(environment?: NodeJS.ProcessEnv): Promise<TraceStore>;
  /** Where the store keeps its master key when TRACE_MASTER_KEY is not set. */
  keyFile: string;
  cleanup(): Promise<void>;
}

const noDatabaseUrl = (environment: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const copy = { ...process.env, ...environment };
  delete copy.DATABASE_URL;
  return copy;
};

function sqlite(): Driver {
  const directory = mkdtempSync(join(tmpdir(), 'ng-store-sqlite-'));
  return {
    name: 'sqlite',
    keyFile: join(directory, 'store.db.master-key'),
    open: (environment) =>
      openTraceStore({
        url: `file:${join(directory, 'store.db')}`,
        environment: noDatabaseUrl(environment),
      }),
    cleanup: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

function embedded(): Driver {
  const directory = mkdtempSync(join(tmpdir(), 'ng-store-embedded-'));
  // Run as root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(directory, 0o755);
  return {
    name: 'embedded postgres',
    keyFile: join(directory, 'trace-master-key'),
    open: (environment) =>
      openTraceStore({ dataDirectory: directory, environment: noDatabaseUrl(environment) }),
    cleanup: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

function server(url: string): Driver {
  const database = `ng_store_test_${process.pid}_${Date.now()}`;
  // Its key file, when TRACE_MASTER_KEY is not set, goes here rather than into the package.
  const directory = mkdtempSync(join(tmpdir(), 'ng-store-server-'));
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  let created = false;
  const target = new URL(url);
  target.pathname = `/${database}`;
  // In its own schema, as the commerce backend keeps it beside Medusa's tables.
  target.searchParams.set('schema', 'trace');
  return {
    name: 'postgres server (DATABASE_URL)',
    keyFile: join(directory, 'trace-master-key'),
    open: async (environment) => {
      if (!created) await admin(`CREATE DATABASE ${database}`);
      created = true;
      const options: OpenTraceStoreOptions = {
        url: target.toString(),
        dataDirectory: directory,
        environment: noDatabaseUrl(environment),
      };
      return openTraceStore(options);
    },
    cleanup: async () => {
      if (created) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The drivers to test, by name, each made fresh (temporary folders, a new database) by `make`. */
export function drivers(): { name: string; make: () => Driver }[] {
  const url = process.env.DATABASE_URL;
  return [
    { name: 'sqlite', make: sqlite },
    { name: 'embedded postgres', make: embedded },
    ...(url ? [{ name: 'postgres server (DATABASE_URL)', make: () => server(url) }] : []),
  ];
}

/** Runs SQL with `?` placeholders on either driver. */
export function sql(store: TraceStore, text: string, parameters: unknown[] = []): Promise<unknown> {
  let n = 0;
  const query = store.driver === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text;
  return store.dataSource.query(query, parameters);
}
