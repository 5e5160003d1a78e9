// PostgreSQL for the tests: the server in DATABASE_URL when it is set, else an embedded one in a
// temporary folder; on either, a fresh database per suite, dropped afterwards.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@nguongoc/trace-store';

export interface PostgresServer {
  /** A URL of the server's maintenance database, for CREATE and DROP DATABASE. */
  url: string;
  /** Stops the embedded server and removes its folder; nothing for DATABASE_URL's server. */
  stop: () => Promise<void>;
}

/** DATABASE_URL's server, else a new embedded PostgreSQL (a few seconds to initialise). */
export async function postgresServer(): Promise<PostgresServer> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  const folder = mkdtempSync(join(tmpdir(), 'ng-test-pg-'));
  // Run as root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(folder, 0o755);
  const embedded = await startEmbeddedPostgres(join(folder, 'postgres'));
  return {
    url: embedded.url,
    stop: async () => {
      await embedded.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface FreshDatabase {
  url: string;
  drop: () => Promise<void>;
}

/** Creates database `name` on the server (dropping one a crashed run left); `drop` removes it. */
export async function freshDatabase(serverUrl: string, name: string): Promise<FreshDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new RangeError(`not a database name: ${name}`);
  await query(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await query(serverUrl, `CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => void (await query(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** Runs one statement on its own connection and returns its rows. */
export async function query<T>(
  url: string,
  statement: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement, values)).rows as T[];
  } finally {
    await client.end();
  }
}
