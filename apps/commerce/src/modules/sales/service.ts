import type { Context } from '@medusajs/framework/types';
import { InjectTransactionManager, MedusaContext, MedusaService } from '@medusajs/framework/utils';
import { SalesLine } from './models/sales-line';

/** One order line as a channel reports it. */
export interface SalesLineInput {
  key: string;
  channel: string;
  order_ref: string;
  cooperative_id: string;
  product_id: string | null;
  sku: string;
  quantity: number;
  amount_vnd: number;
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

/** The sales ledger: every channel's order lines, each written once by its key. */
export default class SalesModuleService extends MedusaService({ SalesLine }) {
  /**
   * Writes `lines` in one transaction: a new key is created, a known key whose `content_hash`
   * (or status, where there is no hash) differs is updated in place, the rest is left alone. So
   * reading the same orders twice counts nothing twice, and a cancellation changes its line.
   */
  @InjectTransactionManager()
  async recordLines(
    lines: SalesLineInput[],
    @MedusaContext() sharedContext: Context = {},
  ): Promise<SalesWrite> {
    const result: SalesWrite = { created: 0, updated: 0, unchanged: 0 };
    if (lines.length === 0) return result;
    const known = new Map(
      (
        await this.listSalesLines(
          { key: lines.map((line) => line.key) },
          { select: ['id', 'key', 'status', 'content_hash'] },
          sharedContext,
        )
      ).map((line) => [line.key, line]),
    );
    const created: SalesLineInput[] = [];
    const updated: (SalesLineInput & { id: string })[] = [];
    for (const line of lines) {
      const existing = known.get(line.key);
      if (!existing) created.push(line);
      else if (existing.content_hash !== line.content_hash || existing.status !== line.status) {
        updated.push({ ...line, id: existing.id });
      } else result.unchanged += 1;
    }
    if (created.length > 0) await this.createSalesLines(created, sharedContext);
    if (updated.length > 0) await this.updateSalesLines(updated, sharedContext);
    result.created = created.length;
    result.updated = updated.length;
    return result;
  }
}
