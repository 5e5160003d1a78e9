import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import type { ExchangeId, ImportProblem } from '@nguongoc/connectors';
import { CHANNEL_MODULE } from '../../../modules/channel';
import type ChannelModuleService from '../../../modules/channel/service';

export interface OrderImportRecord {
  cooperative_id: string;
  exchange: ExchangeId;
  file_name: string;
  file_hash: string;
  rows_read: number;
  rows_kept: number;
  lines_created: number;
  lines_updated: number;
  lines_unchanged: number;
  problems: ImportProblem[];
}

/** Records one order import (what was read, kept, written, refused). Undone by deleting it. */
export const recordOrderImportStep = createStep(
  'record-channel-order-import',
  async (input: OrderImportRecord, { container }) => {
    const record = await container
      .resolve<ChannelModuleService>(CHANNEL_MODULE)
      .createOrderImports({
        ...input,
        // The model's `json()` column is typed as an object; the problems are a list, stored as
        // JSON, and checked against the contract when the import is read back.
        problems: input.problems as unknown as Record<string, unknown>,
      });
    return new StepResponse(record, record.id);
  },
  async (id, { container }) => {
    if (!id) return;
    await container.resolve<ChannelModuleService>(CHANNEL_MODULE).deleteOrderImports(id);
  },
);
