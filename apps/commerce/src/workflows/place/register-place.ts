import { WorkflowResponse, createWorkflow, transform } from '@medusajs/framework/workflows-sdk';
import type { RegisterPlaceBody } from '@nguongoc/contracts';
import type { PlaceOwner } from './place-record';
import { preparePlaceStep } from './steps/prepare-place';
import { recordPlaceStep } from './steps/record-place';

export interface RegisterPlaceInput {
  /** The cooperative, from who is signed in (never from the body). */
  owner: PlaceOwner & { id: string };
  place: RegisterPlaceBody;
  /** The seed's own stable ID; a new `<handle>.<slug>.<short id>` when absent. */
  id?: string;
}

/**
 * Registers a farm, planting area, packing house or warehouse as the first version of a
 * `location` record in the cooperative's ledger (issue #23, ADR 038).
 */
export const registerPlaceWorkflow = createWorkflow(
  'register-place',
  (input: RegisterPlaceInput) => {
    const prepared = preparePlaceStep(
      transform({ input }, ({ input }) => ({
        owner: input.owner,
        ...(input.id !== undefined ? { id: input.id } : {}),
        fields: input.place,
      })),
    );
    return new WorkflowResponse(recordPlaceStep(prepared));
  },
);
