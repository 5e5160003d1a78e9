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
  countScan,
  salesFigures,
} from './pilot-queries';

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
  ): Promise<SalesWrite> {
    const result: SalesWrite = { created: 0, updated: 0, unchanged: 0 };
    if (lines.length === 0) return result;
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
          { select: ['id', 'key', 'status', 'content_hash', ...SOLD_AS] },
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
      else if (existing.content_hash !== line.content_hash || existing.status !== line.status) {
        const soldAs = Object.fromEntries(SOLD_AS.map((field) => [field, existing[field]]));
        updated.push({ ...line, ...soldAs, id: existing.id, order_head });
      } else result.unchanged += 1;
    }
    if (created.length > 0) await this.createSalesLines(created, sharedContext);
    if (updated.length > 0) await this.updateSalesLines(updated, sharedContext);
    result.created = created.length;
    result.updated = updated.length;
    return result;
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

  /** Counts one scan of a trace page, for the pilot's figures. */
  @InjectManager()
  async countScan(
    scan: Parameters<typeof countScan>[1],
    @MedusaContext() sharedContext: Context = {},
  ): Promise<void> {
    await countScan(sqlOf(sharedContext), scan);
  }
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
