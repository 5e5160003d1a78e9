import type { Context } from '@medusajs/framework/types';
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from '@medusajs/framework/utils';
import { SalesLine } from './models/sales-line';
import {
  type Granularity,
  type SalesFigures,
  type SalesFilter,
  type SqlRun,
  salesFigures,
} from './pilot-queries';
import { countScan } from './scan-queries';

/** What a line was when sold: kept as first written, whatever the product becomes later. */
const SOLD_AS = [
  'household_id',
  'commune_code',
  'province_code',
  'ocop_stars',
  'traceable',
] as const;

/** One order line as a channel reports it. */
export interface SalesLineInput {
  key: string;
  channel: string;
  order_ref: string;
  cooperative_id: string;
  household_id: string | null;
  commune_code: string | null;
  province_code: string | null;
  product_id: string | null;
  sku: string;
  quantity: number;
  amount_vnd: number;
  /** What still counts after cancellation, returns and refunds. */
  net_quantity: number;
  net_amount_vnd: number;
  ocop_stars: number | null;
  traceable: boolean;
  buyer_province_code: string | null;
  buyer_commune_code: string | null;
  ordered_at: Date;
  status: string;
  content_hash: string | null;
}

export interface SalesWrite {
  created: number;
  updated: number;
  unchanged: number;
}

/** A line as it was before a write changed it: what {@link SalesModuleService.undoLines} puts back. */
export type SalesLineBefore = SalesLineInput & { id: string; order_head: boolean };

/** What one write did, so that a failed workflow can undo it (see `recordSalesLinesStep`). */
export interface SalesWriteUndo {
  created_ids: string[];
  replaced: SalesLineBefore[];
}

/** Every field a write sets: what is read back to undo it. */
const WRITTEN = [
  'id',
  'key',
  'channel',
  'order_ref',
  'cooperative_id',
  'household_id',
  'commune_code',
  'province_code',
  'product_id',
  'sku',
  'quantity',
  'amount_vnd',
  'net_quantity',
  'net_amount_vnd',
  'ocop_stars',
  'traceable',
  'order_head',
  'buyer_province_code',
  'buyer_commune_code',
  'ordered_at',
  'status',
  'content_hash',
] as const;

/**
 * A storefront order's status until it is paid (cash on delivery whose cash is not recorded):
 * in no total of the figures, only in their own `awaiting_payment` (ADR 033).
 */
export const AWAITING_PAYMENT = 'awaiting_payment';

/** Statuses after which nothing of an exchange's order line counts. */
export const VOID_STATUSES = new Set(['cancelled', 'returned']);

/** The sales ledger: every channel's order lines, each written once by its key. */
export default class SalesModuleService extends MedusaService({ SalesLine }) {
  /**
   * Writes `lines` in one transaction: a new key is created, a known key whose `content_hash`
   * (or status, where there is no hash) differs is updated in place, the rest is left alone. So
   * reading the same orders twice counts nothing twice, and a cancellation changes its line.
   * `lines` holds whole orders: of each order's lines for one cooperative, the one with the
   * smallest key carries the order (`order_head`), so that orders are counted once.
   */
  @InjectTransactionManager()
  async recordLines(
    lines: SalesLineInput[],
    @MedusaContext() sharedContext: Context = {},
  ): Promise<SalesWrite & { undo: SalesWriteUndo }> {
    const result = { created: 0, updated: 0, unchanged: 0 };
    const undo: SalesWriteUndo = { created_ids: [], replaced: [] };
    if (lines.length === 0) return { ...result, undo };
    const heads = new Map<string, string>();
    for (const line of lines) {
      const order = `${line.channel}\u0000${line.order_ref}\u0000${line.cooperative_id}`;
      const head = heads.get(order);
      if (head === undefined || line.key < head) heads.set(order, line.key);
    }
    const headKeys = new Set(heads.values());
    const known = new Map(
      (
        await this.listSalesLines(
          { key: lines.map((line) => line.key) },
          { select: [...WRITTEN] },
          sharedContext,
        )
      ).map((line) => [line.key, line]),
    );
    const created: (SalesLineInput & { order_head: boolean })[] = [];
    const updated: (SalesLineInput & { id: string; order_head: boolean })[] = [];
    for (const line of lines) {
      const existing = known.get(line.key);
      const order_head = headKeys.has(line.key);
      if (!existing) created.push({ ...line, order_head });
      // Paid is final: a line never goes back to awaiting payment, as an order read before its
      // cash was recorded (an earlier event handled late) would otherwise say (ADR 033).
      else if (line.status === AWAITING_PAYMENT && existing.status !== AWAITING_PAYMENT) {
        result.unchanged += 1;
      } else if (existing.content_hash !== line.content_hash || existing.status !== line.status) {
        const soldAs = Object.fromEntries(SOLD_AS.map((field) => [field, existing[field]]));
        updated.push({ ...line, ...soldAs, id: existing.id, order_head });
        undo.replaced.push(lineBefore(existing));
      } else result.unchanged += 1;
    }
    if (created.length > 0) {
      const rows = await this.createSalesLines(created, sharedContext);
      undo.created_ids = rows.map((row) => row.id);
    }
    if (updated.length > 0) await this.updateSalesLines(updated, sharedContext);
    result.created = created.length;
    result.updated = updated.length;
    return { ...result, undo };
  }

  /**
   * Undoes one {@link recordLines} in one transaction: the lines it created are deleted and the
   * lines it changed get their earlier fields back. The half-monthly totals follow through the
   * trigger, as for any write; a half month left with no line at all is removed, as it was not
   * there before.
   */
  @InjectTransactionManager()
  async undoLines(
    undo: SalesWriteUndo,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<void> {
    if (undo.created_ids.length > 0) {
      const created = await this.listSalesLines(
        { id: undo.created_ids },
        { select: ['cooperative_id'] },
        sharedContext,
      );
      await this.deleteSalesLines(undo.created_ids, sharedContext);
      await sqlOf(sharedContext)(
        'delete from "sales_half_month" where "cooperative_id" = any(?) and "lines" = 0',
        [[...new Set(created.map((line) => line.cooperative_id))]],
      );
    }
    if (undo.replaced.length > 0) {
      await this.updateSalesLines(
        undo.replaced.map((line) => ({ ...line, ordered_at: new Date(line.ordered_at) })),
        sharedContext,
      );
    }
  }

  /** The pilot's sales figures for a period, one commune or cooperative or all. */
  @InjectManager()
  async pilotFigures(
    filter: SalesFilter,
    granularity: Granularity,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<SalesFigures> {
    return salesFigures(sqlOf(sharedContext), filter, granularity);
  }

  /** Counts one scan of a trace page for the pilot's figures: once per scanner and day. */
  @InjectManager()
  async countScan(
    scan: Parameters<typeof countScan>[1],
    @MedusaContext() sharedContext: Context = {},
  ): Promise<void> {
    await countScan(sqlOf(sharedContext), scan);
  }
}

/** The fields of a stored line that a write sets, as they are. */
function lineBefore(row: Record<(typeof WRITTEN)[number], unknown>): SalesLineBefore {
  const line = Object.fromEntries(WRITTEN.map((field) => [field, row[field]]));
  // A row read back by SQL is untyped; its columns are the model's, as the write set them (the
  // big numbers, which PostgreSQL returns as text, are read as numbers below).
  return {
    ...(line as unknown as SalesLineBefore),
    amount_vnd: Number(row.amount_vnd),
    net_amount_vnd: Number(row.net_amount_vnd),
  };
}

interface KnexLike {
  raw(sql: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Plain SQL on the module's connection (inside its transaction, if there is one). */
function sqlOf(context: Context): SqlRun {
  const manager = (context.transactionManager ?? context.manager) as {
    getTransactionContext(): KnexLike | undefined;
    getKnex(): KnexLike;
  };
  const knex = manager.getTransactionContext() ?? manager.getKnex();
  return async (sql, params) => (await knex.raw(sql, params)).rows;
}
