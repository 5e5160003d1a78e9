import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261207134618 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "account_invitation" drop constraint if exists "account_invitation_token_hash_unique";`,
    );
    this.addSql(
      `create table if not exists "account_invitation" ("id" text not null, "kind" text check ("kind" in ('cooperative_member', 'commune_officer')) not null, "cooperative_id" text null, "commune_code" text null, "role" text check ("role" in ('manager', 'staff', 'household')) null, "household_id" text null, "name" text not null, "email" text null, "phone" text null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "invited_by_actor_type" text not null, "invited_by_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_invitation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_account_invitation_cooperative_id" ON "account_invitation" ("cooperative_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_account_invitation_commune_code" ON "account_invitation" ("commune_code") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_invitation_token_hash_unique" ON "account_invitation" ("token_hash") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_account_invitation_deleted_at" ON "account_invitation" ("deleted_at") WHERE deleted_at IS NULL;`,
    );

    this.addSql(
      `create table if not exists "commune_officer" ("id" text not null, "commune_code" text not null, "name" text not null, "email" text null, "phone" text null, "removed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commune_officer_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commune_officer_commune_code" ON "commune_officer" ("commune_code") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commune_officer_deleted_at" ON "commune_officer" ("deleted_at") WHERE deleted_at IS NULL;`,
    );

    this.addSql(
      `create table if not exists "cooperative_member" ("id" text not null, "cooperative_id" text not null, "role" text check ("role" in ('manager', 'staff', 'household')) not null, "household_id" text null, "name" text not null, "email" text null, "phone" text null, "removed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_cooperative_id" ON "cooperative_member" ("cooperative_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_deleted_at" ON "cooperative_member" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_invitation" cascade;`);

    this.addSql(`drop table if exists "commune_officer" cascade;`);

    this.addSql(`drop table if exists "cooperative_member" cascade;`);
  }
}
