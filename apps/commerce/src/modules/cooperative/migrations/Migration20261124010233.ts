import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261124010233 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative" drop constraint if exists "cooperative_trace_origin_unique";`,
    );
    this.addSql(
      `alter table if exists "cooperative" drop constraint if exists "cooperative_tax_code_unique";`,
    );
    this.addSql(
      `alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`,
    );
    this.addSql(
      `create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name" text not null, "tax_code" text not null, "registration_number" text not null, "commune_code" text not null, "province_code" text not null, "address" text not null, "contact_name" text not null, "phone" text not null, "email" text null, "bank_name" text null, "bank_account_number" text null, "bank_account_holder" text null, "description" text null, "trace_origin" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_tax_code_unique" ON "cooperative" ("tax_code") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_commune_code" ON "cooperative" ("commune_code") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_province_code" ON "cooperative" ("province_code") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_trace_origin_unique" ON "cooperative" ("trace_origin") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative" cascade;`);
  }
}
