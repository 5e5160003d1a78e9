import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261207172500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "vnpay_message" ("id" text not null, "source" text not null, "message_key" text not null, "txn_ref" text not null, "transaction_no" text null, "response_code" text not null, "amount_vnd" numeric not null, "raw_amount_vnd" jsonb not null, "paid" boolean not null, "params" jsonb not null, "outcome" text not null, "answer_code" text null, "reason" text null, "payment_session_id" text null, "cart_id" text null, "order_id" text null, "times_received" integer not null default 1, "resolution" text null, "resolution_note" text null, "resolved_by" text null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vnpay_message_pkey" primary key ("id"));`,
    );
    // Unique over every row, deleted or not: a replay must always find the first copy.
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vnpay_message_message_key_unique" ON "vnpay_message" ("message_key");`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vnpay_message_deleted_at" ON "vnpay_message" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vnpay_message_txn_ref" ON "vnpay_message" ("txn_ref") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vnpay_message_outcome_resolved_at" ON "vnpay_message" ("outcome", "resolved_at") WHERE deleted_at IS NULL;`,
    );
    // The proof of a payment is never deleted (ADR 034): the database refuses, whoever asks.
    this
      .addSql(`create or replace function "vnpay_message_keep"() returns trigger language plpgsql as $$
      begin
        raise exception 'vnpay_message keeps VNPay''s proofs: % refused', tg_op;
      end $$;`);
    this.addSql(`drop trigger if exists "vnpay_message_keep" on "vnpay_message";`);
    this.addSql(`create trigger "vnpay_message_keep" before delete on "vnpay_message"
      for each row execute function "vnpay_message_keep"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vnpay_message" cascade;`);
    this.addSql(`drop function if exists "vnpay_message_keep"();`);
  }
}
