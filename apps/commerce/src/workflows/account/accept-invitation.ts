import { WorkflowResponse, createWorkflow, transform } from '@medusajs/framework/workflows-sdk';
import { type NewAccount, createAccountStep } from './steps/create-account';
import { linkAuthIdentityStep } from './steps/link-auth-identity';
import { markInvitationAcceptedStep } from './steps/mark-invitation-accepted';

export interface AcceptInvitationInput {
  invitation_id: string;
  auth_identity_id: string;
  account: NewAccount;
}

/**
 * Accepts an invitation (checked by the route: not expired, not revoked, for this identity):
 * creates the member or officer, ties the sign-in identity to it, marks the invitation used. A
 * failure at any step undoes the earlier ones: no account without its sign-in, no used
 * invitation without its account.
 */
export const acceptInvitationWorkflow = createWorkflow(
  'accept-invitation',
  (input: AcceptInvitationInput) => {
    const account = createAccountStep(input.account);
    const link = transform({ input, account }, ({ input, account }) => ({
      auth_identity_id: input.auth_identity_id,
      actor_type: input.account.actor_type,
      actor_id: account.id,
    }));
    linkAuthIdentityStep(link);
    markInvitationAcceptedStep(input.invitation_id);
    return new WorkflowResponse(account);
  },
);
