import { WorkflowResponse, createWorkflow, transform } from '@medusajs/framework/workflows-sdk';
import type { ExchangeId } from '@nguongoc/connectors';
import { recordListingExportsStep } from './steps/record-listing-exports';
import { writeExportFilesStep } from './steps/write-export-files';

export interface ExportListingsInput {
  cooperative_id: string;
  exchange: ExchangeId;
  /** Only the listings whose payload changed since their last export. */
  changed_only: boolean;
}

/**
 * An export to an exchange: its workbook and images archive written through the File Module,
 * then the listings' new state. If the listings cannot be written, the files are deleted: no
 * file is handed out for an export the listings do not know of.
 */
export const exportListingsWorkflow = createWorkflow(
  'export-channel-listings',
  (input: ExportListingsInput) => {
    const files = writeExportFilesStep(input);
    recordListingExportsStep(
      transform({ input, files }, ({ input, files }) => ({
        cooperative_id: input.cooperative_id,
        exchange: input.exchange,
        exported: files.exported,
        refused: files.refused,
      })),
    );
    return new WorkflowResponse(files);
  },
);
