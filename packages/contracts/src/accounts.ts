import { z } from 'zod';

const vi = (text: string) => ({ message: text });

/** The roles of a cooperative's member (ADR 031). */
export const MEMBER_ROLES = ['manager', 'staff', 'household'] as const;
export const memberRole = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof memberRole>;

/** Whom an invitation is for: an email, a phone (checked as a Vietnamese number), or both. */
const invitee = {
  name: z.string().trim().min(2).max(100),
  email: z.string().trim().toLowerCase().email().optional(),
  phone: z.string().trim().min(9).max(20).optional(),
  /** Days until it expires: 1 to 30, default 7. */
  expires_in_days: z.number().int().min(1).max(30).optional(),
};
const reachable = (body: { email?: string | undefined; phone?: string | undefined }) =>
  body.email !== undefined || body.phone !== undefined;
const reachableMessage = vi(
  'cần email hoặc số điện thoại của người được mời / the invitee needs an email or a phone number',
);

/**
 * POST /coop/invitations (a manager) and POST /admin/cooperatives/:id/invitations (the
 * operator): invites a member of the cooperative; a household member names their household.
 */
export const memberInvitationBody = z
  .object({ ...invitee, role: memberRole, household_id: z.string().min(1).optional() })
  .refine(reachable, reachableMessage)
  .refine((body) => (body.role === 'household') === (body.household_id !== undefined), {
    message:
      'household_id: bắt buộc với thành viên hộ, và chỉ với họ / required for a household member, and only for one',
    path: ['household_id'],
  });
export type MemberInvitationBody = z.infer<typeof memberInvitationBody>;

/** POST /admin/communes/:code/invitations: the operator invites an officer of the commune. */
export const officerInvitationBody = z.object(invitee).refine(reachable, reachableMessage);
export type OfficerInvitationBody = z.infer<typeof officerInvitationBody>;

/** POST /invitations/accept, signed in with the identity (email or phone) invited. */
export const acceptInvitationBody = z.object({ token: z.string().min(20).max(200) });
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;

/** POST /coop/members/:id: a manager changes a member's role. */
export const memberRoleBody = z
  .object({ role: memberRole, household_id: z.string().min(1).optional() })
  .refine((body) => (body.role === 'household') === (body.household_id !== undefined), {
    message:
      'household_id: bắt buộc với thành viên hộ, và chỉ với họ / required for a household member, and only for one',
    path: ['household_id'],
  });
export type MemberRoleBody = z.infer<typeof memberRoleBody>;

const when = z.union([z.string(), z.date()]);

export const invitation = z.looseObject({
  id: z.string(),
  kind: z.enum(['cooperative_member', 'commune_officer']),
  cooperative_id: z.string().nullable(),
  commune_code: z.string().nullable(),
  role: memberRole.nullable(),
  household_id: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  expires_at: when,
  accepted_at: when.nullable(),
});

/** An invitation just made, with its token: shown this once, never stored. */
export const invitationAnswer = z.object({ invitation, token: z.string() });
export type InvitationAnswer = z.infer<typeof invitationAnswer>;

export const cooperativeMember = z.looseObject({
  id: z.string(),
  cooperative_id: z.string(),
  role: memberRole,
  household_id: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  removed_at: when.nullable(),
});
export type CooperativeMember = z.infer<typeof cooperativeMember>;

export const communeOfficer = z.looseObject({
  id: z.string(),
  commune_code: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  removed_at: when.nullable(),
});

/** GET /coop/members, GET /admin/cooperatives/:id/members: members and open invitations. */
export const membersAnswer = z.object({
  members: z.array(cooperativeMember),
  invitations: z.array(invitation),
});
export type MembersAnswer = z.infer<typeof membersAnswer>;

/** GET /admin/communes/:code/officers */
export const officersAnswer = z.object({
  officers: z.array(communeOfficer),
  invitations: z.array(invitation),
});
export type OfficersAnswer = z.infer<typeof officersAnswer>;

/** POST /invitations/accept: the account made; sign in again for a token that names it. */
export const acceptedAnswer = z.object({
  actor_type: z.enum(['cooperative_member', 'commune_officer']),
  member: cooperativeMember.optional(),
  officer: communeOfficer.optional(),
});
export type AcceptedAnswer = z.infer<typeof acceptedAnswer>;

/** GET /coop/me and GET /commune/me: who is signed in, and where. */
export const meAnswer = z.object({
  actor_type: z.enum(['cooperative_member', 'commune_officer']),
  member: cooperativeMember.optional(),
  officer: communeOfficer.optional(),
  cooperative: z.looseObject({ id: z.string(), name: z.string() }).optional(),
});
export type MeAnswer = z.infer<typeof meAnswer>;
