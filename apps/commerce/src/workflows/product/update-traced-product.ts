import { updateProductVariantsWorkflow, updateProductsWorkflow } from '@medusajs/medusa/core-flows';
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from '@medusajs/framework/workflows-sdk';
import { type ProductUpdateInput, prepareProductUpdateStep } from './steps/prepare-product-update';
import { recordLedgerProductStep } from './steps/record-ledger-product';
import { updateStockLevelsStep } from './steps/update-stock-levels';

/**
 * Changes a cooperative's product (issue #23, ADR 037): Medusa's fields and metadata, its
 * variants' titles, prices and stock, then, last, a new version of its ledger record if what the
 * record holds changed (the ledger is append-only: earlier versions stay, as history). If the
 * ledger cannot be written, every change before it is undone. A product no workflow had made
 * traceable becomes traceable here (its handle is its ledger ID).
 */
export const updateTracedProductWorkflow = createWorkflow(
  'update-traced-product',
  (input: ProductUpdateInput) => {
    const prepared = prepareProductUpdateStep(input);
    updateProductsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({ products: [prepared.product] })),
    });
    when({ prepared }, ({ prepared }) => prepared.variants.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ prepared }, ({ prepared }) => ({
          product_variants: prepared.variants,
        })),
      });
    });
    when({ prepared }, ({ prepared }) => prepared.stock.length > 0).then(() => {
      updateStockLevelsStep(transform({ prepared }, ({ prepared }) => prepared.stock));
    });
    const record = recordLedgerProductStep(
      transform({ prepared }, ({ prepared }) => ({
        origin: prepared.origin,
        record: prepared.record,
      })),
    );
    return new WorkflowResponse(
      transform({ prepared, record }, ({ prepared, record }) => ({
        id: prepared.product.id,
        trace_product_id: record.id,
      })),
    );
  },
);
