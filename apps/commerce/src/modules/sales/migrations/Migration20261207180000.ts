import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/**
 * Trace-page scans counted once per scanner and day (issue #22, ADR 036): the day's random salt,
 * and the salted hashes of the day's scanners per cooperative (never an address or a user
 * agent), both deleted two days later by the counting itself. `trace_scan_day.scans` now
 * counts distinct scanners; the rows written before this migration counted requests.
 */
export class Migration20261207180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "trace_scan_salt" (
      "day" date not null,
      "salt" text not null,
      constraint "trace_scan_salt_pkey" primary key ("day"));`);
    this.addSql(`create table if not exists "trace_scan_scanner" (
      "day" date not null,
      "cooperative_id" text not null,
      "scanner" text not null,
      constraint "trace_scan_scanner_pkey" primary key ("day", "cooperative_id", "scanner"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trace_scan_scanner";`);
    this.addSql(`drop table if exists "trace_scan_salt";`);
  }
}
