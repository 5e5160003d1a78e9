import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

// The first schema, written with TypeORM's driver-neutral Table API so that SQLite and
// PostgreSQL get the same tables. Stores never run `synchronize`.
const varchar = (name: string, length: number, extra: object = {}) => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});
const integer = (name: string, extra: object = {}) => ({ name, type: 'integer', ...extra });
const text = (name: string) => ({ name, type: 'text' });
const ledgerKey = varchar('ledger', 255, { isPrimary: true });

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const tables = [
      new Table({
        name: 'ledgers',
        columns: [
          varchar('origin', 255, { isPrimary: true }),
          integer('size'),
          text('frontier'),
          varchar('created_at', 32),
        ],
      }),
      new Table({
        name: 'ledger_entries',
        columns: [
          ledgerKey,
          integer('leaf_index', { isPrimary: true }),
          varchar('kind', 16),
          text('entry'),
          varchar('leaf_hash', 64),
        ],
      }),
      new Table({
        name: 'events',
        columns: [
          ledgerKey,
          varchar('event_id', 100, { isPrimary: true }),
          integer('leaf_index'),
          varchar('lot', 64),
          varchar('previous', 100, { isNullable: true }),
          text('event'),
        ],
        indices: [
          new TableIndex({ name: 'events_lot', columnNames: ['lot', 'leaf_index'] }),
          new TableIndex({
            name: 'events_leaf',
            columnNames: ['ledger', 'leaf_index'],
            isUnique: true,
          }),
        ],
      }),
      new Table({
        name: 'records',
        columns: [
          ledgerKey,
          integer('leaf_index', { isPrimary: true }),
          varchar('record_type', 16),
          varchar('record_id', 64),
          text('record'),
        ],
        indices: [
          new TableIndex({
            name: 'records_id',
            columnNames: ['record_type', 'record_id', 'leaf_index'],
          }),
        ],
      }),
      new Table({
        name: 'lot_heads',
        columns: [
          ledgerKey,
          varchar('lot', 64, { isPrimary: true }),
          varchar('head', 100, { isNullable: true }),
          integer('event_count'),
        ],
      }),
      new Table({
        name: 'merkle_nodes',
        columns: [
          ledgerKey,
          integer('level', { isPrimary: true }),
          integer('node_index', { isPrimary: true }),
          varchar('hash', 64),
        ],
      }),
      new Table({
        name: 'checkpoints',
        columns: [
          ledgerKey,
          integer('size', { isPrimary: true }),
          text('note'),
          varchar('created_at', 32),
        ],
      }),
      new Table({
        name: 'signing_keys',
        columns: [
          ledgerKey,
          varchar('name', 255),
          text('verifier_key'),
          text('encrypted_signer_key'),
          varchar('created_at', 32),
        ],
      }),
    ];
    for (const table of tables) await queryRunner.createTable(table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of [
      'signing_keys',
      'checkpoints',
      'merkle_nodes',
      'lot_heads',
      'records',
      'events',
      'ledger_entries',
      'ledgers',
    ]) {
      await queryRunner.dropTable(name);
    }
  }
}
