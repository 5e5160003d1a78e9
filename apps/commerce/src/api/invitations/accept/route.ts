import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError, Modules } from '@medusajs/framework/utils';
import type { AcceptInvitationBody, AcceptedAnswer } from '@nguongoc/contracts';
import { ACCOUNT_MODULE } from '#modules/account/index';
import type AccountModuleService from '#modules/account/service';
import { invitationTokenHash } from '#modules/account/service';
import { acceptInvitationWorkflow } from '#workflows/account/accept-invitation';

/** 400: the invitation cannot be used any more. */
const spent = (vi: string, en: string) =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, `${vi} / ${en}`);
/** 403: the invitation is good, but not for whoever is signed in. */
const notYours = (vi: string, en: string) =>
  new MedusaError(MedusaError.Types.FORBIDDEN, `${vi} / ${en}`);

/**
 * POST /invitations/accept `{ token }`, signed in (not yet registered) as a
 * `cooperative_member` or `commune_officer` with the email (`emailpass`) or phone (`phone-otp`)
 * the invitation names: creates the account and ties the sign-in to it (ADR 031). Sign in again
 * for a token that names the account. An unknown, expired, revoked or used invitation, or one for
 * another kind of account or another email or phone, is refused and changes nothing.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AcceptInvitationBody>,
  res: MedusaResponse,
): Promise<void> {
  const accounts = req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE);
  const [invitation] = await accounts.listInvitations({
    token_hash: invitationTokenHash(req.validatedBody.token),
  });
  if (!invitation) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      'Không tìm thấy lời mời: kiểm tra lại đường dẫn / invitation not found: check the link',
    );
  }
  if (invitation.accepted_at) {
    throw spent('Lời mời đã được dùng', 'the invitation has already been used');
  }
  if (invitation.revoked_at) throw spent('Lời mời đã bị thu hồi', 'the invitation was revoked');
  if (new Date(invitation.expires_at).getTime() <= Date.now()) {
    throw spent(
      'Lời mời đã hết hạn, hãy xin một lời mời mới',
      'the invitation has expired, ask for a new one',
    );
  }
  const { actor_type, auth_identity_id } = req.auth_context;
  if (actor_type !== invitation.kind) {
    throw notYours(
      `Lời mời này dành cho tài khoản ${invitation.kind}, không phải ${actor_type}`,
      `this invitation is for a ${invitation.kind} account, not ${actor_type}`,
    );
  }
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(auth_identity_id!, { relations: ['provider_identities'] });
  const signedInAs = new Set(
    (identity.provider_identities ?? []).map((provider) => provider.entity_id.toLowerCase()),
  );
  const invited = [invitation.email, invitation.phone].filter((v): v is string => v !== null);
  if (!invited.some((address) => signedInAs.has(address.toLowerCase()))) {
    throw notYours(
      `Lời mời này dành cho ${invited.join(' / ')}: hãy đăng nhập bằng địa chỉ đó`,
      `this invitation is for ${invited.join(' / ')}: sign in with that`,
    );
  }
  const { result } = await acceptInvitationWorkflow(req.scope).run({
    input: {
      invitation_id: invitation.id,
      auth_identity_id: identity.id,
      account: {
        actor_type: invitation.kind,
        name: invitation.name,
        email: invitation.email,
        phone: invitation.phone,
        cooperative_id: invitation.cooperative_id,
        commune_code: invitation.commune_code,
        role: invitation.role,
        household_id: invitation.household_id,
      },
    },
  });
  if (invitation.kind === 'cooperative_member') {
    const [member] = await accounts.listCooperativeMembers({ id: result.id });
    res.status(201).json({ actor_type: invitation.kind, member: member! } satisfies AcceptedAnswer);
  } else {
    const [officer] = await accounts.listCommuneOfficers({ id: result.id });
    res
      .status(201)
      .json({ actor_type: invitation.kind, officer: officer! } satisfies AcceptedAnswer);
  }
}
