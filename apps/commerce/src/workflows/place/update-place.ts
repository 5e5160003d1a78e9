import { WorkflowResponse, createWorkflow, transform } from '@medusajs/framework/workflows-sdk';
import type { UpdatePlaceBody } from '@nguongoc/contracts';
import type { PlaceOwner } from './place-record';
import { preparePlaceStep } from './steps/prepare-place';
import { recordPlaceStep } from './steps/record-place';

export interface UpdatePlaceInput {
  owner: PlaceOwner & { id: string };
  id: string;
  changes: UpdatePlaceBody;
}

/**
 * Records a new version of a place: the changes over its current version. The earlier versions
 * stay in the ledger, so its history is kept (issue #23, ADR 038).
 */
export const updatePlaceWorkflow = createWorkflow('update-place', (input: UpdatePlaceInput) => {
  const prepared = preparePlaceStep(
    transform({ input }, ({ input }) => ({
      owner: input.owner,
      id: input.id,
      update: true,
      fields: input.changes,
    })),
  );
  return new WorkflowResponse(recordPlaceStep(prepared));
});
