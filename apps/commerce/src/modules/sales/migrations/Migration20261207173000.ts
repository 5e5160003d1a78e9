import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/** Adds (sign 1) or takes away (sign -1) one line's share, if `counts` says it counts at all. */
const apply = (
  counts: string,
) => `create or replace function "sales_half_month_apply"(line "sales_line", sign integer)
      returns void language plpgsql as $$
      declare share "sales_half_month";
      begin
        if not (${counts}) then return; end if;
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
      end $$;`;

/**
 * Which orders the figures count (ADR 033): a storefront order not yet paid (cash on delivery
 * whose cash is not recorded as received) is on the ledger with the status `awaiting_payment` and
 * in none of the half-monthly totals; it is summed apart, from the lines, through a partial index
 * that holds only such lines. When its cash is recorded, its lines become `placed` and the
 * trigger adds them as for any write.
 */
export class Migration20261207173000 extends Migration {
  override async up(): Promise<void> {
    // The one place that says whether a line is in the totals: the trigger and the queries that
    // read the lines of a partial half month both ask it.
    this.addSql(`create or replace function "sales_line_counts"(line "sales_line")
      returns boolean language sql immutable as $$
        select line."deleted_at" is null and line."status" <> 'awaiting_payment'
      $$;`);
    this.addSql(apply(`"sales_line_counts"(line)`));
    this.addSql(
      `create index if not exists "IDX_sales_line_awaiting_payment" on "sales_line" ("ordered_at") where "status" = 'awaiting_payment' and "deleted_at" is null;`,
    );
    // No line has the status yet, so the totals stay as they are: nothing to recount.
  }

  override async down(): Promise<void> {
    // Lines awaiting payment would count again: the totals are recounted from the lines.
    this.addSql(apply(`line."deleted_at" is null`));
    this.addSql(`drop index if exists "IDX_sales_line_awaiting_payment";`);
    this.addSql(`drop function if exists "sales_line_counts"("sales_line");`);
    this.addSql(`truncate "sales_half_month";`);
    this.addSql(`select "sales_half_month_apply"(s, 1) from "sales_line" s;`);
  }
}
