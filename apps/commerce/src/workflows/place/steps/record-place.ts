import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import { TRACE_MODULE } from '../../../modules/trace';
import type TraceModuleService from '../../../modules/trace/service';
import type { PreparedPlace } from './prepare-place';

/**
 * Writes the place's version (after its households' organisations) to the cooperative's ledger
 * and signs a checkpoint. A ledger is append-only and signed: what is written cannot be taken
 * back, so this step has no compensation and comes last (ADR 025). Safe to run again: an
 * unchanged record is not written twice.
 */
export const recordPlaceStep = createStep(
  'record-place-in-ledger',
  async (prepared: PreparedPlace, { container }) => {
    await container
      .resolve<TraceModuleService>(TRACE_MODULE)
      .putPlace(prepared.origin, prepared.place, prepared.households);
    return new StepResponse(prepared.place);
  },
);
