import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import { SALES_MODULE } from '../../../modules/sales';
import type SalesModuleService from '../../../modules/sales/service';
import type { SalesLineInput } from '../../../modules/sales/service';

/**
 * Writes order lines into the sales ledger by key (new ones created, changed ones updated, the
 * rest left alone), in one transaction. Undone by deleting what it created and writing back what
 * it changed; the half-monthly totals follow through their trigger.
 */
export const recordSalesLinesStep = createStep(
  'record-sales-lines',
  async (lines: SalesLineInput[], { container }) => {
    const sales = container.resolve<SalesModuleService>(SALES_MODULE);
    // A workflow may hand the lines over as JSON: its dates are then text.
    const { undo, ...written } = await sales.recordLines(
      lines.map((line) => ({ ...line, ordered_at: new Date(line.ordered_at) })),
    );
    return new StepResponse(written, undo);
  },
  async (undo, { container }) => {
    if (!undo) return;
    await container.resolve<SalesModuleService>(SALES_MODULE).undoLines(undo);
  },
);
