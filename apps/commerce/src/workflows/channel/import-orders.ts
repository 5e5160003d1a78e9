import { WorkflowResponse, createWorkflow, transform } from '@medusajs/framework/workflows-sdk';
import type { ExchangeId } from '@nguongoc/connectors';
import type { OrderImportSummary } from '@nguongoc/contracts';
import { recordSalesLinesStep } from '../sales/steps/record-sales-lines';
import { type OrderFile, readOrderFileStep } from './steps/read-order-file';
import { recordOrderImportStep } from './steps/record-order-import';

export interface ImportOrdersInput {
  cooperative_id: string;
  exchange: ExchangeId;
  /** The uploaded export, already in the File Module: a workflow's input stays small. */
  file: OrderFile;
}

/**
 * An exchange's order export into the sales ledger of one cooperative, then the import's record.
 * Writing is by line key, so the same file twice adds nothing, and a later file with a cancelled
 * order updates that order's lines. If the record cannot be written, the lines are put back as
 * they were: an import is in the ledger and in the list of imports, or in neither.
 */
export const importOrdersWorkflow = createWorkflow(
  'import-channel-orders',
  (input: ImportOrdersInput) => {
    const read = readOrderFileStep(input);
    const written = recordSalesLinesStep(transform({ read }, ({ read }) => read.lines));
    const record = recordOrderImportStep(
      transform({ input, read, written }, ({ input, read, written }) => ({
        cooperative_id: input.cooperative_id,
        exchange: input.exchange,
        file_name: input.file.name,
        file_hash: read.file_hash,
        rows_read: read.rows_read,
        rows_kept: read.rows_kept,
        lines_created: written.created,
        lines_updated: written.updated,
        lines_unchanged: written.unchanged,
        problems: read.problems,
      })),
    );
    return new WorkflowResponse(
      transform({ input, read, written, record }, (data): OrderImportSummary => ({
        id: data.record.id,
        exchange: data.input.exchange,
        file_name: data.input.file.name,
        rows_read: data.read.rows_read,
        rows_kept: data.read.rows_kept,
        lines_created: data.written.created,
        lines_updated: data.written.updated,
        lines_unchanged: data.written.unchanged,
        problems: data.read.problems,
      })),
    );
  },
);
