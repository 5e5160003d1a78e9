import { createProductsWorkflow, createRemoteLinkStep } from '@medusajs/medusa/core-flows';
import { Modules } from '@medusajs/framework/utils';
import { WorkflowResponse, createWorkflow, transform } from '@medusajs/framework/workflows-sdk';
import { COOPERATIVE_MODULE } from '../../modules/cooperative';
import { prepareTracedProductStep } from './steps/prepare-traced-product';
import { recordLedgerProductStep } from './steps/record-ledger-product';
import { setStockLevelsStep } from './steps/set-stock-levels';
import type { TracedProductInput } from './traced-product-input';

/**
 * Creates a cooperative's product and makes it traceable in one step (issue #23, ADR 037):
 * checks it, creates it in Medusa (variants, prices in đồng, the store's sales channel, the
 * default shipping profile, its category), links it to the cooperative, puts its stock at the
 * store's stock location, and records it in the cooperative's ledger, last. If the ledger cannot
 * be written, Medusa's product, its link and its stock are undone: no product half traced.
 */
export const createTracedProductWorkflow = createWorkflow(
  'create-traced-product',
  (input: TracedProductInput) => {
    const prepared = prepareTracedProductStep(input);
    const products = createProductsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({ products: [prepared.product] })),
    });
    const productId = transform({ products }, ({ products }) => products[0]!.id);
    createRemoteLinkStep(
      transform({ productId, prepared }, ({ productId, prepared }) => [
        {
          [Modules.PRODUCT]: { product_id: productId },
          [COOPERATIVE_MODULE]: { cooperative_id: prepared.cooperative_id },
        },
      ]),
    );
    setStockLevelsStep(
      transform({ productId, prepared }, ({ productId, prepared }) => ({
        product_id: productId,
        location_id: prepared.location_id,
        stock: prepared.stock,
      })),
    );
    const record = recordLedgerProductStep(
      transform({ prepared }, ({ prepared }) => ({
        origin: prepared.origin,
        record: prepared.record,
      })),
    );
    return new WorkflowResponse(
      transform({ productId, record }, ({ productId, record }) => ({
        id: productId,
        handle: record.id,
        trace_product_id: record.id,
      })),
    );
  },
);
