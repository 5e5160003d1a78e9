import { MedusaError } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import { ACCOUNT_MODULE } from '../../../modules/account';
import type AccountModuleService from '../../../modules/account/service';

/**
 * Marks the invitation used. Read again first: if another acceptance won the race, this one
 * fails and the account it made is undone. Undone by clearing the mark.
 */
export const markInvitationAcceptedStep = createStep(
  'mark-invitation-accepted',
  async (invitationId: string, { container }) => {
    const accounts = container.resolve<AccountModuleService>(ACCOUNT_MODULE);
    const [invitation] = await accounts.listInvitations({ id: invitationId, accepted_at: null });
    if (!invitation) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        'Lời mời đã được dùng / the invitation has already been used',
      );
    }
    await accounts.updateInvitations({ id: invitationId, accepted_at: new Date() });
    return new StepResponse(undefined, invitationId);
  },
  async (invitationId, { container }) => {
    if (!invitationId) return;
    await container
      .resolve<AccountModuleService>(ACCOUNT_MODULE)
      .updateInvitations({ id: invitationId, accepted_at: null });
  },
);
