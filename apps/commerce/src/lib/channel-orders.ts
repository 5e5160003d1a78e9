import { createHash } from 'node:crypto';
import type { MedusaContainer } from '@medusajs/framework/types';
import { type ExchangeId, type ImportProblem, connectors } from '@nguongoc/connectors';
import { CHANNEL_MODULE } from '../modules/channel';
import type ChannelModuleService from '../modules/channel/service';
import { SALES_MODULE } from '../modules/sales';
import type SalesModuleService from '../modules/sales/service';
import { type SalesLineInput, VOID_STATUSES } from '../modules/sales/service';
import { cooperativeCatalogue } from './channel-catalogue';
import { productFacts } from './pilot/product-facts';

export interface OrderImportSummary {
  id: string;
  exchange: ExchangeId;
  file_name: string;
  rows_read: number;
  rows_kept: number;
  lines_created: number;
  lines_updated: number;
  lines_unchanged: number;
  problems: ImportProblem[];
}

/**
 * Reads an exchange's order export into the sales ledger for one cooperative. Rows the file
 * cannot give, and lines whose SKU is not one of the cooperative's products, are refused with
 * the reason; the rest are kept. Writing is by line key, so the same file twice adds nothing,
 * and a re-exported file with a cancelled order updates that order's lines.
 */
export async function importChannelOrders(
  container: MedusaContainer,
  cooperativeId: string,
  exchange: ExchangeId,
  file: { name: string; data: Uint8Array },
): Promise<OrderImportSummary> {
  const result = await connectors[exchange].importOrders(file);
  const entries = await cooperativeCatalogue(container, cooperativeId, { readImages: false });
  const productOf = new Map(entries.map((entry) => [entry.product.sku, entry.productId]));
  const facts = await productFacts(container, [...productOf.values()]);
  const problems = [...result.problems];
  const lines: SalesLineInput[] = [];
  for (const order of result.orders) {
    for (const line of order.lines) {
      const productId = productOf.get(line.sku);
      const fact = productId ? facts.get(productId) : undefined;
      if (!productId || !fact) {
        problems.push({
          severity: 'error',
          file: file.name,
          row: line.row,
          column: result.skuColumn,
          code: 'order.unknown_sku',
          message: `[${exchange}] đơn ${order.externalOrderId}: SKU ${line.sku} không phải sản phẩm của hợp tác xã này / order ${order.externalOrderId}: SKU ${line.sku} is not a product of this cooperative`,
        });
        continue;
      }
      lines.push({
        key: line.key,
        channel: exchange,
        order_ref: order.externalOrderId,
        cooperative_id: cooperativeId,
        household_id: fact.household_id,
        commune_code: fact.commune_code,
        province_code: fact.province_code,
        product_id: productId,
        sku: line.sku,
        quantity: line.quantity,
        amount_vnd: line.amountVnd,
        net_quantity: VOID_STATUSES.has(order.status) ? 0 : line.quantity,
        net_amount_vnd: VOID_STATUSES.has(order.status) ? 0 : line.amountVnd,
        ocop_stars: fact.ocop_stars,
        traceable: fact.traceable,
        buyer_province_code: order.buyer.provinceCode,
        buyer_commune_code: order.buyer.communeCode,
        ordered_at: new Date(order.placedAt),
        status: order.status,
        content_hash: order.contentHash,
      });
    }
  }
  const sales = container.resolve<SalesModuleService>(SALES_MODULE);
  const written = await sales.recordLines(lines);
  const channel = container.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const record = await channel.createOrderImports({
    cooperative_id: cooperativeId,
    exchange,
    file_name: file.name,
    file_hash: createHash('sha256').update(file.data).digest('hex'),
    rows_read: result.rowsRead,
    rows_kept: result.rowsKept,
    lines_created: written.created,
    lines_updated: written.updated,
    lines_unchanged: written.unchanged,
    problems: problems as unknown as Record<string, unknown>,
  });
  return {
    id: record.id,
    exchange,
    file_name: file.name,
    rows_read: result.rowsRead,
    rows_kept: result.rowsKept,
    lines_created: written.created,
    lines_updated: written.updated,
    lines_unchanged: written.unchanged,
    problems,
  };
}
