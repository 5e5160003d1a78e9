import { WorkflowResponse, createWorkflow } from '@medusajs/framework/workflows-sdk';
import type { CooperativeInput } from '../../modules/cooperative/service';
import { createCooperativeStep } from './steps/create-cooperative';
import { registerOrganisationStep } from './steps/register-organisation';

/**
 * Registers a cooperative and opens its trace ledger with its organisation record. If the
 * ledger cannot be written, the cooperative is deleted again: no cooperative without a ledger.
 */
export const createCooperativeWorkflow = createWorkflow(
  'create-cooperative',
  (input: CooperativeInput) => {
    const cooperative = createCooperativeStep(input);
    registerOrganisationStep(cooperative);
    return new WorkflowResponse(cooperative);
  },
);
