import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import type { UpdateCooperativeBody } from '@nguongoc/contracts';
import { COOPERATIVE_MODULE } from '../../../modules/cooperative';
import type CooperativeModuleService from '../../../modules/cooperative/service';

/** The admin's body (POST /admin/cooperatives/:id): any field but the handle. */
export type CooperativeUpdate = UpdateCooperativeBody;

/** The fields an update may change, as they were: what the compensation writes back. */
const UPDATABLE = [
  'name',
  'tax_code',
  'registration_number',
  'commune_code',
  'province_code',
  'address',
  'contact_name',
  'phone',
  'email',
  'bank_name',
  'bank_account_number',
  'bank_account_holder',
  'description',
] as const;

/**
 * Checks the changed fields (400 naming the field) and updates the cooperative (its province
 * follows its commune). Undone by writing back the fields it had.
 */
export const updateCooperativeStep = createStep(
  'update-cooperative',
  async (input: { id: string; update: CooperativeUpdate }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
    const update = service.validateCooperative(input.update);
    const before = await service.retrieveCooperative(input.id);
    const [updated] = await service.updateCooperatives([{ id: input.id, ...update }]);
    const previous = Object.fromEntries(UPDATABLE.map((field) => [field, before[field]]));
    return new StepResponse(updated!, { id: input.id, ...previous });
  },
  async (previous, { container }) => {
    if (!previous) return;
    await container
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .updateCooperatives([previous]);
  },
);
