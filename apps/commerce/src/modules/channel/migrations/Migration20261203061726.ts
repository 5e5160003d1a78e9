import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261203061726 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "channel_account" drop constraint if exists "channel_account_household_id_exchange_unique";`,
    );
    this.addSql(
      `alter table if exists "channel_account" add column if not exists "household_id" text null;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_account_household_id" ON "channel_account" ("household_id") WHERE deleted_at IS NULL;`,
    );
    // The cooperative's own account stays one per exchange; its households have one each.
    this.addSql(`drop index if exists "IDX_channel_account_cooperative_id_exchange_unique";`);
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_account_cooperative_id_exchange_unique" ON "channel_account" ("cooperative_id", "exchange") WHERE household_id IS NULL AND deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_account_household_id_exchange_unique" ON "channel_account" ("household_id", "exchange") WHERE household_id IS NOT NULL AND deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_channel_account_household_id";`);
    this.addSql(`drop index if exists "IDX_channel_account_household_id_exchange_unique";`);
    this.addSql(`drop index if exists "IDX_channel_account_cooperative_id_exchange_unique";`);
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_account_cooperative_id_exchange_unique" ON "channel_account" ("cooperative_id", "exchange") WHERE deleted_at IS NULL;`,
    );
    this.addSql(`alter table if exists "channel_account" drop column if exists "household_id";`);
  }
}
