import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

// Capture keys (a cooperative's staff capture into their own ledger only; the secret is stored
// as its SHA-256) and scans of trace codes (for cloned-code verdicts).
export class CaptureKeysAndScans1763900000000 implements MigrationInterface {
  name = 'CaptureKeysAndScans1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'capture_keys',
        columns: [
          { name: 'id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'ledger', type: 'varchar', length: '255' },
          { name: 'label', type: 'varchar', length: '200' },
          { name: 'secret_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'revoked_at', type: 'varchar', length: '32', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scans',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'serial', type: 'varchar', length: '200' },
          { name: 'at', type: 'varchar', length: '32' },
          { name: 'province', type: 'varchar', length: '8', isNullable: true },
          { name: 'user_agent_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'scans_serial', columnNames: ['serial', 'at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('scans');
    await queryRunner.dropTable('capture_keys');
  }
}
