import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/**
 * What a sales line was when sold (producer, commune, OCOP, traceability), what still counts of
 * it, and the totals that the pilot's dashboard, reports and open data read (ADR 018):
 * `sales_half_month`, kept by a trigger in the same transaction as every write to `sales_line`,
 * and `trace_scan_day`, counted by the trace page's scans.
 */
export class Migration20261203061727 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "sales_line" add column if not exists "household_id" text null, add column if not exists "commune_code" text null, add column if not exists "province_code" text null, add column if not exists "net_quantity" integer not null default 0, add column if not exists "net_amount_vnd" numeric not null default 0, add column if not exists "ocop_stars" integer null, add column if not exists "traceable" boolean not null default false, add column if not exists "order_head" boolean not null default false, add column if not exists "raw_net_amount_vnd" jsonb not null default '{"value":"0","precision":20}';`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_sales_line_commune_code" ON "sales_line" ("commune_code") WHERE deleted_at IS NULL;`,
    );
    // Drill-down: the lines behind a figure, newest first, for a commune or a cooperative.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_sales_line_commune_ordered_at" ON "sales_line" ("commune_code", "ordered_at" desc) WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_sales_line_cooperative_ordered_at" ON "sales_line" ("cooperative_id", "ordered_at" desc) WHERE deleted_at IS NULL;`,
    );
    // Lines written before: what counts is what was ordered, unless cancelled or returned; the
    // producer's commune is the cooperative's; one line per order and cooperative is its head.
    this.addSql(`update "sales_line" set
      "net_quantity" = case when "status" in ('cancelled', 'returned') then 0 else "quantity" end,
      "net_amount_vnd" = case when "status" in ('cancelled', 'returned') then 0 else "amount_vnd" end,
      "raw_net_amount_vnd" = case when "status" in ('cancelled', 'returned') then '{"value":"0","precision":20}'::jsonb else "raw_amount_vnd" end;`);
    this
      .addSql(`update "sales_line" s set "commune_code" = c."commune_code", "province_code" = c."province_code"
      from "cooperative" c where c."id" = s."cooperative_id" and s."commune_code" is null;`);
    this.addSql(`update "sales_line" s set "order_head" = true from (
      select distinct on ("channel", "order_ref", "cooperative_id") "id" from "sales_line"
      where "deleted_at" is null order by "channel", "order_ref", "cooperative_id", "key") h
      where s."id" = h."id";`);

    // Half months (1st-14th, 15th-end): calendar months and quarters, and the reports' periods
    // from the 15th to the 14th (Decree 09/2019/NĐ-CP), are whole numbers of them.
    this.addSql(`create table if not exists "sales_half_month" (
      "period_start" date not null,
      "commune_code" text not null,
      "province_code" text not null,
      "cooperative_id" text not null,
      "household_id" text not null,
      "channel" text not null,
      "product_id" text not null,
      "ocop" boolean not null,
      "traceable" boolean not null,
      "lines" integer not null default 0,
      "orders" integer not null default 0,
      "corrected_lines" integer not null default 0,
      "quantity" bigint not null default 0,
      "amount_vnd" numeric not null default 0,
      "gross_quantity" bigint not null default 0,
      "gross_amount_vnd" numeric not null default 0,
      constraint "sales_half_month_pkey" primary key
        ("period_start", "commune_code", "cooperative_id", "household_id", "channel", "product_id", "ocop", "traceable"));`);
    this.addSql(
      `create index if not exists "IDX_sales_half_month_commune" on "sales_half_month" ("commune_code", "period_start");`,
    );
    this.addSql(
      `create index if not exists "IDX_sales_half_month_cooperative" on "sales_half_month" ("cooperative_id", "period_start");`,
    );

    // One line's share of its half month (counted in Vietnam's local time): the one place where
    // what counts of a line is said, for the trigger and for reading lines directly.
    this.addSql(`create or replace function "sales_line_share"(line "sales_line")
      returns "sales_half_month" language sql stable as $$
        select row(
          (date_trunc('month', line."ordered_at" at time zone 'Asia/Ho_Chi_Minh')
            + case when extract(day from line."ordered_at" at time zone 'Asia/Ho_Chi_Minh') >= 15
                   then interval '14 days' else interval '0 days' end)::date,
          coalesce(line."commune_code", ''), coalesce(line."province_code", ''),
          line."cooperative_id", coalesce(line."household_id", ''), line."channel",
          coalesce(line."product_id", ''), coalesce(line."ocop_stars", 0) > 0, line."traceable",
          1,
          case when line."order_head" and line."status" not in ('cancelled', 'returned') then 1 else 0 end,
          case when line."net_quantity" < line."quantity" or line."net_amount_vnd" < line."amount_vnd" then 1 else 0 end,
          line."net_quantity", line."net_amount_vnd", line."quantity", line."amount_vnd"
        )::"sales_half_month"
      $$;`);
    // Adds (sign 1) or takes away (sign -1) one line's share of its half month's totals.
    this
      .addSql(`create or replace function "sales_half_month_apply"(line "sales_line", sign integer)
      returns void language plpgsql as $$
      declare share "sales_half_month";
      begin
        if line."deleted_at" is not null then return; end if;
        share := "sales_line_share"(line);
        insert into "sales_half_month" as d values (
          share."period_start", share."commune_code", share."province_code", share."cooperative_id",
          share."household_id", share."channel", share."product_id", share."ocop", share."traceable",
          sign * share."lines", sign * share."orders", sign * share."corrected_lines",
          sign * share."quantity", sign * share."amount_vnd",
          sign * share."gross_quantity", sign * share."gross_amount_vnd")
        on conflict ("period_start", "commune_code", "cooperative_id", "household_id", "channel", "product_id", "ocop", "traceable")
        do update set
          "lines" = d."lines" + excluded."lines",
          "orders" = d."orders" + excluded."orders",
          "corrected_lines" = d."corrected_lines" + excluded."corrected_lines",
          "quantity" = d."quantity" + excluded."quantity",
          "amount_vnd" = d."amount_vnd" + excluded."amount_vnd",
          "gross_quantity" = d."gross_quantity" + excluded."gross_quantity",
          "gross_amount_vnd" = d."gross_amount_vnd" + excluded."gross_amount_vnd";
      end $$;`);
    this.addSql(`create or replace function "sales_line_to_half_month"() returns trigger
      language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform "sales_half_month_apply"(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform "sales_half_month_apply"(new, 1); end if;
        return null;
      end $$;`);
    this.addSql(`drop trigger if exists "sales_line_to_half_month" on "sales_line";`);
    this.addSql(`create trigger "sales_line_to_half_month"
      after insert or update or delete on "sales_line"
      for each row execute function "sales_line_to_half_month"();`);
    this.addSql(`truncate "sales_half_month";`);
    this.addSql(`select "sales_half_month_apply"(s, 1) from "sales_line" s;`);

    this.addSql(`create table if not exists "trace_scan_day" (
      "day" date not null,
      "commune_code" text not null,
      "province_code" text not null,
      "cooperative_id" text not null,
      "scans" integer not null default 0,
      constraint "trace_scan_day_pkey" primary key ("day", "commune_code", "cooperative_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trace_scan_day";`);
    this.addSql(`drop trigger if exists "sales_line_to_half_month" on "sales_line";`);
    this.addSql(`drop function if exists "sales_line_to_half_month"();`);
    this.addSql(`drop function if exists "sales_half_month_apply"("sales_line", integer);`);
    this.addSql(`drop function if exists "sales_line_share"("sales_line");`);
    this.addSql(`drop table if exists "sales_half_month";`);
    this.addSql(`drop index if exists "IDX_sales_line_commune_code";`);
    this.addSql(`drop index if exists "IDX_sales_line_commune_ordered_at";`);
    this.addSql(`drop index if exists "IDX_sales_line_cooperative_ordered_at";`);
    this.addSql(
      `alter table if exists "sales_line" drop column if exists "household_id", drop column if exists "commune_code", drop column if exists "province_code", drop column if exists "net_quantity", drop column if exists "net_amount_vnd", drop column if exists "ocop_stars", drop column if exists "traceable", drop column if exists "order_head", drop column if exists "raw_net_amount_vnd";`,
    );
  }
}
