import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261202074040 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "channel_listing" drop constraint if exists "channel_listing_product_id_exchange_unique";`,
    );
    this.addSql(
      `alter table if exists "channel_category_mapping" drop constraint if exists "channel_category_mapping_exchange_category_key_unique";`,
    );
    this.addSql(
      `alter table if exists "channel_account" drop constraint if exists "channel_account_cooperative_id_exchange_unique";`,
    );
    this.addSql(
      `create table if not exists "channel_account" ("id" text not null, "cooperative_id" text not null, "exchange" text not null, "shop_name" text not null, "shop_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_account_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_account_cooperative_id" ON "channel_account" ("cooperative_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_account_deleted_at" ON "channel_account" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_account_cooperative_id_exchange_unique" ON "channel_account" ("cooperative_id", "exchange") WHERE deleted_at IS NULL;`,
    );

    this.addSql(
      `create table if not exists "channel_category_mapping" ("id" text not null, "exchange" text not null, "category_key" text not null, "exchange_category_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_category_mapping_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_category_mapping_deleted_at" ON "channel_category_mapping" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_category_mapping_exchange_category_key_unique" ON "channel_category_mapping" ("exchange", "category_key") WHERE deleted_at IS NULL;`,
    );

    this.addSql(
      `create table if not exists "channel_listing" ("id" text not null, "cooperative_id" text not null, "product_id" text not null, "exchange" text not null, "status" text check ("status" in ('draft', 'ready', 'exported', 'live', 'paused', 'error')) not null default 'draft', "external_url" text null, "last_export_hash" text null, "last_exported_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_listing_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_listing_cooperative_id" ON "channel_listing" ("cooperative_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_listing_product_id" ON "channel_listing" ("product_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_listing_deleted_at" ON "channel_listing" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_listing_product_id_exchange_unique" ON "channel_listing" ("product_id", "exchange") WHERE deleted_at IS NULL;`,
    );

    this.addSql(
      `create table if not exists "channel_order_import" ("id" text not null, "cooperative_id" text not null, "exchange" text not null, "file_name" text not null, "file_hash" text not null, "rows_read" integer not null, "rows_kept" integer not null, "lines_created" integer not null, "lines_updated" integer not null, "lines_unchanged" integer not null, "problems" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_order_import_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_order_import_cooperative_id" ON "channel_order_import" ("cooperative_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_channel_order_import_deleted_at" ON "channel_order_import" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "channel_account" cascade;`);

    this.addSql(`drop table if exists "channel_category_mapping" cascade;`);

    this.addSql(`drop table if exists "channel_listing" cascade;`);

    this.addSql(`drop table if exists "channel_order_import" cascade;`);
  }
}
