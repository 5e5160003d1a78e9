import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';

// events.place: the location record that an event's read point names, so that a lot bundle finds
// the lot's places with an indexed lookup instead of parsing every event's JSON (ADR 007). And
// the lot index leads with the ledger, as every lot query filters on both: with (lot, leaf) only,
// a server without statistics yet (just after a large import) intersected it with the primary
// key's whole ledger range, 48 ms at 200,000 events instead of 0.1 ms.
export class EventPlaces1764000000000 implements MigrationInterface {
  name = 'EventPlaces1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'events',
      new TableColumn({ name: 'place', type: 'varchar', length: '64', isNullable: true }),
    );
    const readPoint =
      queryRunner.connection.options.type === 'postgres'
        ? "(event::json -> 'readPoint' ->> 'id')"
        : "json_extract(event, '$.readPoint.id')";
    const prefix = 'urn:nguongoc:location:';
    await queryRunner.query(
      `UPDATE events SET place = substr(${readPoint}, ${prefix.length + 1})
       WHERE ${readPoint} LIKE '${prefix}%' AND length(${readPoint}) BETWEEN ${prefix.length + 1} AND ${prefix.length + 64}`,
    );
    await queryRunner.dropIndex('events', 'events_lot');
    await queryRunner.createIndex(
      'events',
      new TableIndex({ name: 'events_lot', columnNames: ['ledger', 'lot', 'leaf_index'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('events', 'events_lot');
    await queryRunner.createIndex(
      'events',
      new TableIndex({ name: 'events_lot', columnNames: ['lot', 'leaf_index'] }),
    );
    await queryRunner.dropColumn('events', 'place');
  }
}
