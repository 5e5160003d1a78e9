import { WorkflowResponse, createWorkflow } from '@medusajs/framework/workflows-sdk';
import { recordSalesLinesStep } from './steps/record-sales-lines';
import { storefrontOrderLinesStep } from './steps/storefront-order-lines';

/**
 * A storefront order into the sales ledger, idempotent by line key: run when an order is placed,
 * cancelled, has a return received or a payment refunded. The same order twice changes nothing.
 */
export const recordStorefrontOrderWorkflow = createWorkflow(
  'record-storefront-order-sales',
  (input: { order_id: string }) => {
    const lines = storefrontOrderLinesStep(input.order_id);
    return new WorkflowResponse(recordSalesLinesStep(lines));
  },
);
