import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import { ACCOUNT_MODULE } from '../../../modules/account';
import type AccountModuleService from '../../../modules/account/service';

export interface NewAccount {
  actor_type: 'cooperative_member' | 'commune_officer';
  name: string;
  email: string | null;
  phone: string | null;
  cooperative_id: string | null;
  commune_code: string | null;
  role: 'manager' | 'staff' | 'household' | null;
  household_id: string | null;
}

/** Creates the member or the officer an invitation names; undone by deleting it. */
export const createAccountStep = createStep(
  'create-account',
  async (
    input: NewAccount,
    { container },
  ): Promise<
    StepResponse<{ id: string }, { actor_type: NewAccount['actor_type']; id: string }>
  > => {
    const accounts = container.resolve<AccountModuleService>(ACCOUNT_MODULE);
    const person = { name: input.name, email: input.email, phone: input.phone };
    if (input.actor_type === 'cooperative_member') {
      const member = await accounts.createCooperativeMembers({
        ...person,
        cooperative_id: input.cooperative_id!,
        role: input.role!,
        household_id: input.household_id,
      });
      return new StepResponse({ id: member.id }, { actor_type: input.actor_type, id: member.id });
    }
    const officer = await accounts.createCommuneOfficers({
      ...person,
      commune_code: input.commune_code!,
    });
    return new StepResponse({ id: officer.id }, { actor_type: input.actor_type, id: officer.id });
  },
  async (created, { container }) => {
    if (!created) return;
    const accounts = container.resolve<AccountModuleService>(ACCOUNT_MODULE);
    if (created.actor_type === 'cooperative_member') {
      await accounts.deleteCooperativeMembers(created.id);
    } else {
      await accounts.deleteCommuneOfficers(created.id);
    }
  },
);
