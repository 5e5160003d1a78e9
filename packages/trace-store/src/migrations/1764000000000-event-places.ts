import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

// events.place: the location record that an event's read point names, so that a lot bundle finds
// the lot's places with an indexed lookup instead of parsing every event's JSON (ADR 007).
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('events', 'place');
  }
}
