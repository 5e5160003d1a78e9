import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { DEFAULT_SCAN_THRESHOLDS } from '../scan-verdict.js';
import { backfillScanTallies } from '../scans.js';

// scan_tallies: a running aggregate per scanned code (count, latest sighting per province, the
// first two provinces seen within the window), so that a scan's verdict no longer reads every
// earlier scan (issue #22: 0.8-1.5 s after 20,000 scans of one code). Backfilled from the scan
// log with the default window. printed_serials: the unit serial ranges printed for a lot, so
// that only printed serials are recorded.
export class ScanTallies1764200000000 implements MigrationInterface {
  name = 'ScanTallies1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'scan_tallies',
        columns: [
          { name: 'code', type: 'varchar', length: '200', isPrimary: true },
          { name: 'level', type: 'varchar', length: '8' },
          { name: 'scans', type: 'integer' },
          { name: 'sightings', type: 'text' },
          { name: 'pair', type: 'text', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'printed_serials',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'lot', type: 'varchar', length: '64' },
          { name: 'first_serial', type: 'bigint' },
          { name: 'last_serial', type: 'bigint' },
          { name: 'width', type: 'integer' },
          { name: 'printed_at', type: 'varchar', length: '32' },
        ],
        indices: [new TableIndex({ name: 'printed_serials_lot', columnNames: ['lot'] })],
      }),
    );
    const postgres = queryRunner.connection.options.type === 'postgres';
    await backfillScanTallies((sql, parameters) => {
      let n = 0;
      return queryRunner.query(
        postgres ? sql.replace(/\?/g, () => `$${++n}`) : sql,
        parameters,
      ) as Promise<Record<string, unknown>[]>;
    }, DEFAULT_SCAN_THRESHOLDS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('printed_serials');
    await queryRunner.dropTable('scan_tallies');
  }
}
