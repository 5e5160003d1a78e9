import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import type { CooperativeInput } from '../../../modules/cooperative/service';
import { TRACE_MODULE } from '../../../modules/trace';
import type TraceModuleService from '../../../modules/trace/service';
import { organisationRecord } from '../organisation-record';

export type RegisteredCooperative = Pick<
  CooperativeInput,
  'handle' | 'name' | 'tax_code' | 'registration_number' | 'commune_code' | 'address'
> & { trace_origin?: string | null };

/**
 * Opens the cooperative's trace ledger if it has none and records (a new version of) its
 * organisation. A ledger is append-only and signed: what is written cannot be taken back, so
 * this step has no compensation and comes last in every workflow that uses it (ADR 025). It is
 * safe to run again: an existing ledger is kept and an unchanged record is not written twice.
 */
export const registerOrganisationStep = createStep(
  'register-ledger-organisation',
  async (cooperative: RegisteredCooperative, { container }) => {
    if (!cooperative.trace_origin) return new StepResponse(null);
    await container
      .resolve<TraceModuleService>(TRACE_MODULE)
      .registerOrganisation(cooperative.trace_origin, organisationRecord(cooperative));
    return new StepResponse(cooperative.trace_origin);
  },
);
