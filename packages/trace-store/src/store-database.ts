import type { DataSource, EntityManager } from 'typeorm';
import { type ReadDatabase, readDatabase } from './read-database.js';

/**
 * How every part of a store reaches its database: one TypeORM data source, SQLite or PostgreSQL,
 * with the two rules that keep concurrent callers apart (ADR 007). SQLite has one connection, so
 * its work is queued and two calls never share a transaction; each write transaction begins with
 * `BEGIN IMMEDIATE`. PostgreSQL runs work on its pool and writers lock the ledger row.
 */
export class StoreDatabase {
  readonly dataSource: DataSource;
  readonly driver: 'sqlite' | 'postgres';
  /** Plain SQL for the read path (lot bundles, proofs, record lists). */
  readonly reader: ReadDatabase;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dataSource: DataSource) {
    this.dataSource = dataSource;
    this.driver = dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    this.reader = readDatabase(dataSource, this.driver);
  }

  /** The data source's own manager, for reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Runs work in turn with the store's other calls (SQLite), or at once (PostgreSQL). */
  serialised<T>(work: () => Promise<T>): Promise<T> {
    if (this.driver === 'postgres') return work();
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Runs work in one write transaction: all of it is committed, or none. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.driver === 'postgres') return this.dataSource.transaction(work);
    // SQLite: BEGIN IMMEDIATE takes the write lock up front, so that another process writing the
    // same file makes this one wait (busy_timeout) instead of failing to upgrade a read lock.
    return this.serialised(async () => {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      await runner.query('BEGIN IMMEDIATE');
      try {
        const result = await work(runner.manager);
        await runner.query('COMMIT');
        return result;
      } catch (error) {
        await runner.query('ROLLBACK');
        throw error;
      } finally {
        await runner.release();
      }
    });
  }
}
