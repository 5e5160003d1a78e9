import { createHash } from 'node:crypto';
import type { IFileModuleService } from '@medusajs/framework/types';
import { MedusaError, Modules } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import {
  ConnectorError,
  type ExchangeId,
  type ImportProblem,
  connectors,
} from '@nguongoc/connectors';
import { type SalesLineInput, VOID_STATUSES } from '../../../modules/sales/service';
import { productFacts } from '../../../modules/sales/product-facts';
import { cooperativeCatalogue } from '../catalogue';

export interface OrderFile {
  /** The uploaded file's key in the File Module. */
  id: string;
  name: string;
}

export interface OrderFileLines {
  lines: SalesLineInput[];
  problems: ImportProblem[];
  rows_read: number;
  rows_kept: number;
  /** SHA-256 of the file's bytes. */
  file_hash: string;
}

/**
 * Reads an exchange's order export (from the File Module) into sales lines of one cooperative.
 * Rows the file cannot give, and lines whose SKU is not one of the cooperative's products, are
 * refused with the reason, row and column. Writes nothing, so it needs no compensation.
 */
export const readOrderFileStep = createStep(
  'read-channel-order-file',
  async (
    input: { cooperative_id: string; exchange: ExchangeId; file: OrderFile },
    { container },
  ) => {
    const { cooperative_id: cooperativeId, exchange, file } = input;
    const data = await container.resolve<IFileModuleService>(Modules.FILE).getAsBuffer(file.id);
    const result = await connectors[exchange]
      .importOrders({ name: file.name, data })
      .catch((error: unknown) => {
        // A file the connector refuses (damaged, too large, outside Excel's grid, no header) is
        // the uploader's to fix: a 400 with the connector's `vi / en` reason, not a 500.
        if (error instanceof ConnectorError)
          throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message);
        throw error;
      });
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
    const answer: OrderFileLines = {
      lines,
      problems,
      rows_read: result.rowsRead,
      rows_kept: result.rowsKept,
      file_hash: createHash('sha256').update(data).digest('hex'),
    };
    return new StepResponse(answer);
  },
);
