import { MedusaError, Modules } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import { ACCOUNT_MODULE } from '../../../modules/account';
import type AccountModuleService from '../../../modules/account/service';

export interface AuthLink {
  auth_identity_id: string;
  actor_type: 'cooperative_member' | 'commune_officer';
  actor_id: string;
}

/**
 * Ties a sign-in identity (email or phone) to its new account: Medusa's `app_metadata`
 * `<actor_type>_id`, which the next login puts in the token. An identity still tied to a live
 * account is refused (one account per identity and actor type); one tied to a removed account
 * is tied anew. Undone by writing back the previous value.
 */
export const linkAuthIdentityStep = createStep(
  'link-auth-identity',
  async (input: AuthLink, { container }) => {
    const auth = container.resolve(Modules.AUTH);
    const key = `${input.actor_type}_id`;
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id);
    const previous = identity.app_metadata?.[key];
    if (typeof previous === 'string' && previous !== '') {
      const accounts = container.resolve<AccountModuleService>(ACCOUNT_MODULE);
      const live =
        input.actor_type === 'cooperative_member'
          ? await accounts.listCooperativeMembers({ id: previous, removed_at: null })
          : await accounts.listCommuneOfficers({ id: previous, removed_at: null });
      if (live.length > 0) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          'Tài khoản đăng nhập này đã thuộc một hợp tác xã hoặc xã khác / this sign-in already belongs to another account',
        );
      }
    }
    await auth.updateAuthIdentities({
      id: identity.id,
      app_metadata: { ...identity.app_metadata, [key]: input.actor_id },
    });
    return new StepResponse(undefined, { id: identity.id, key, previous: previous ?? null });
  },
  async (undo, { container }) => {
    if (!undo) return;
    const auth = container.resolve(Modules.AUTH);
    const identity = await auth.retrieveAuthIdentity(undo.id);
    // Medusa merges app_metadata on update, so an absent key cannot be written back: null says
    // "no account", as a token reads it (its actor ID is then empty).
    await auth.updateAuthIdentities({
      id: undo.id,
      app_metadata: { ...identity.app_metadata, [undo.key]: undo.previous },
    });
  },
);
