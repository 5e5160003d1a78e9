import { WorkflowResponse, createWorkflow } from '@medusajs/framework/workflows-sdk';
import { type CooperativeUpdate, updateCooperativeStep } from './steps/update-cooperative';
import { registerOrganisationStep } from './steps/register-organisation';

/**
 * Updates a cooperative and records its new version in its ledger. If the ledger cannot be
 * written, the cooperative gets its earlier fields back: the ledger and the shop never disagree.
 */
export const updateCooperativeWorkflow = createWorkflow(
  'update-cooperative',
  (input: { id: string; update: CooperativeUpdate }) => {
    const cooperative = updateCooperativeStep(input);
    registerOrganisationStep(cooperative);
    return new WorkflowResponse(cooperative);
  },
);
