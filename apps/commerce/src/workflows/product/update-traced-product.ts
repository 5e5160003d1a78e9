import {
  createProductVariantsWorkflow,
  deleteProductVariantsWorkflow,
  updateProductOptionValuesOnProductStep,
  updateProductVariantsWorkflow,
  updateProductsWorkflow,
} from '@medusajs/medusa/core-flows';
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from '@medusajs/framework/workflows-sdk';
import { type ProductUpdateInput, prepareProductUpdateStep } from './steps/prepare-product-update';
import { recordLedgerProductStep } from './steps/record-ledger-product';
import { setStockLevelsStep } from './steps/set-stock-levels';
import { updateStockLevelsStep } from './steps/update-stock-levels';

/**
 * Changes a cooperative's product (issue #23, ADR 037, ADR 041): Medusa's fields and metadata,
 * its variants' titles, prices and stock, the variants it removes (Medusa's own delete: links,
 * inventory items and variants soft-deleted, so orders keep what they bought) and adds (a value
 * of the product's option, then Medusa's own create: variant, price set, inventory item, links,
 * then its stock), then, last, a new version of its ledger record if what the record holds
 * changed (the ledger is append-only: earlier versions stay, as history). If the ledger cannot
 * be written, every change before it is undone: added variants go, removed ones come back. A
 * product no workflow had made traceable becomes traceable here (its handle is its ledger ID).
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
    when({ prepared }, ({ prepared }) => prepared.removed.length > 0).then(() => {
      deleteProductVariantsWorkflow.runAsStep({
        input: transform({ prepared }, ({ prepared }) => ({ ids: prepared.removed })),
      });
    });
    when({ prepared }, ({ prepared }) => prepared.added.length > 0).then(() => {
      updateProductOptionValuesOnProductStep(
        transform({ prepared }, ({ prepared }) => prepared.option_values),
      );
      createProductVariantsWorkflow.runAsStep({
        input: transform({ prepared }, ({ prepared }) => ({ product_variants: prepared.added })),
      });
      setStockLevelsStep(
        transform({ prepared }, ({ prepared }) => ({
          product_id: prepared.product.id,
          location_id: prepared.location_id,
          stock: prepared.added_stock,
        })),
      );
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
