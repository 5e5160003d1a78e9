import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import type { Product } from '@nguongoc/trace-core';
import { TRACE_MODULE } from '../../../modules/trace';
import type TraceModuleService from '../../../modules/trace/service';

/**
 * Records (a new version of) the product in its cooperative's ledger, unless the ledger holds
 * exactly this version. A ledger is append-only and signed: what is written cannot be taken
 * back, so this step has no compensation and comes last (ADR 025, ADR 037); every earlier step
 * is undone if it fails.
 */
export const recordLedgerProductStep = createStep(
  'record-ledger-product',
  async (input: { origin: string; record: Product }, { container }) => {
    await container.resolve<TraceModuleService>(TRACE_MODULE).putRecord(input.origin, input.record);
    return new StepResponse(input.record);
  },
);
