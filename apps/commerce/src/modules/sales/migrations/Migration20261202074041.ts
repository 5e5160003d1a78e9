import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261202074041 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "sales_line" drop constraint if exists "sales_line_key_unique";`,
    );
    this.addSql(
      `create table if not exists "sales_line" ("id" text not null, "key" text not null, "channel" text not null, "order_ref" text not null, "cooperative_id" text not null, "product_id" text null, "sku" text not null, "quantity" integer not null, "amount_vnd" numeric not null, "buyer_province_code" text null, "buyer_commune_code" text null, "ordered_at" timestamptz not null, "status" text not null, "content_hash" text null, "raw_amount_vnd" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_line_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_line_key_unique" ON "sales_line" ("key") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_sales_line_channel" ON "sales_line" ("channel") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_sales_line_cooperative_id" ON "sales_line" ("cooperative_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_sales_line_buyer_commune_code" ON "sales_line" ("buyer_commune_code") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_sales_line_ordered_at" ON "sales_line" ("ordered_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_sales_line_deleted_at" ON "sales_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_line" cascade;`);
  }
}
