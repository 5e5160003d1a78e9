import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import type { HouseholdBody } from '@nguongoc/contracts';
import { COOPERATIVE_MODULE } from '../../../modules/cooperative';
import type CooperativeModuleService from '../../../modules/cooperative/service';

export interface CreateHouseholdStepInput {
  cooperative_id: string;
  household: HouseholdBody;
}

/**
 * Checks a household (commune, phone: 400 naming the field) and stores it in the cooperative
 * module. Undone by deleting it, so that no household exists that its ledger does not name.
 */
export const createHouseholdStep = createStep(
  'create-household',
  async (input: CreateHouseholdStepInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
    const body = service.validateHousehold(input.household);
    const household = await service.createHouseholds({
      cooperative_id: input.cooperative_id,
      head_name: body.head_name,
      phone: body.phone ?? null,
      commune_code: body.commune_code,
      province_code: body.province_code,
    });
    return new StepResponse(household, household.id);
  },
  async (id, { container }) => {
    if (!id) return;
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteHouseholds(id);
  },
);
