import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import { TRACE_MODULE } from '../../../modules/trace';
import type TraceModuleService from '../../../modules/trace/service';
import { type HouseholdRow, householdOrganisation } from '../place-record';

export interface RecordHouseholdInput {
  cooperative: { handle: string; trace_origin: string | null };
  household: HouseholdRow;
}

/**
 * Records the household as an organisation of kind `household` in the cooperative's ledger and
 * signs a checkpoint; answers its organisation ID (null for a cooperative without a ledger). No
 * compensation: the ledger is append-only, so this step comes last (ADR 025).
 */
export const recordHouseholdStep = createStep(
  'record-household-in-ledger',
  async (input: RecordHouseholdInput, { container }) => {
    const origin = input.cooperative.trace_origin;
    if (!origin) return new StepResponse<string | null>(null);
    const organisation = householdOrganisation(input.cooperative.handle, input.household);
    const trace = container.resolve<TraceModuleService>(TRACE_MODULE);
    await trace.putRecord(origin, organisation);
    await trace.store.signCheckpoint(origin);
    return new StepResponse<string | null>(organisation.id);
  },
);
