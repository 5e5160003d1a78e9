import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261207134619 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "audit_entry" ("id" text not null, "actor_type" text not null, "actor_id" text not null, "cooperative_id" text null, "method" text not null, "path" text not null, "record_id" text null, "status" integer not null, "ip" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_deleted_at" ON "audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_cooperative_id_created_at" ON "audit_entry" ("cooperative_id", "created_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_created_at" ON "audit_entry" ("created_at") WHERE deleted_at IS NULL;`,
    );
    // Append-only (ADR 031): the database itself refuses to change or delete an entry, whoever
    // asks (the module's generated update and delete included).
    this
      .addSql(`create or replace function "audit_entry_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: % refused', tg_op;
      end $$;`);
    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`create trigger "audit_entry_append_only" before update or delete on "audit_entry"
      for each row execute function "audit_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop function if exists "audit_entry_append_only"();`);
  }
}
