import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261203061725 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "household" ("id" text not null, "cooperative_id" text not null, "head_name" text not null, "phone" text null, "commune_code" text not null, "province_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "household_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_cooperative_id" ON "household" ("cooperative_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_commune_code" ON "household" ("commune_code") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_province_code" ON "household" ("province_code") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_household_deleted_at" ON "household" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "household" cascade;`);
  }
}
