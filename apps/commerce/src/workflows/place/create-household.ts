import { WorkflowResponse, createWorkflow, transform } from '@medusajs/framework/workflows-sdk';
import type { HouseholdBody } from '@nguongoc/contracts';
import { createHouseholdStep } from './steps/create-household';
import { recordHouseholdStep } from './steps/record-household';

export interface CreateHouseholdInput {
  /** The cooperative, from who is signed in or the operator's path (never from the body). */
  cooperative: { id: string; handle: string; trace_origin: string | null };
  household: HouseholdBody;
}

/**
 * Registers a producing household of a cooperative and records it in the cooperative's ledger as
 * an organisation of kind `household` (`<handle>.hh.<ULID>`, ADR 038), so that a lot can name
 * who grew it. If the ledger cannot be written, the household is deleted again.
 */
export const createHouseholdWorkflow = createWorkflow(
  'create-household',
  (input: CreateHouseholdInput) => {
    const household = createHouseholdStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative.id,
        household: input.household,
      })),
    );
    const organisationId = recordHouseholdStep(
      transform({ input, household }, ({ input, household }) => ({
        cooperative: input.cooperative,
        household,
      })),
    );
    return new WorkflowResponse(
      transform({ household, organisationId }, ({ household, organisationId }) => ({
        ...household,
        organisation_id: organisationId,
      })),
    );
  },
);
