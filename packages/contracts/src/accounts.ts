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

/**
 * DELETE /admin/cooperatives/:id/invitations/:invitation_id, DELETE /coop/invitations/:invitation_id
 * and DELETE /admin/communes/:code/invitations/:invitation_id: the invitation revoked.
 */
export const revokedInvitationAnswer = z.object({ invitation });

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

/** GET /coop/products: the member's cooperative's products (a household member: their own). */
export const memberProductsAnswer = z.object({
  products: z.array(z.object({ id: z.string(), title: z.string(), handle: z.string() })),
});
export type MemberProductsAnswer = z.infer<typeof memberProductsAnswer>;

/** GET /coop/me and GET /commune/me: who is signed in, and where. */
export const meAnswer = z.object({
  actor_type: z.enum(['cooperative_member', 'commune_officer']),
  member: cooperativeMember.optional(),
  officer: communeOfficer.optional(),
  cooperative: z.looseObject({ id: z.string(), name: z.string() }).optional(),
});
export type MeAnswer = z.infer<typeof meAnswer>;

/**
 * One write in the audit trail (ADR 031): who (actor type: `user` for the operator,
 * `cooperative_member`, `commune_officer`; and ID), what (method, path), which record, the
 * cooperative it touched when known, the answer's status, when and from which address.
 */
export const auditEntry = z.looseObject({
  id: z.string(),
  actor_type: z.string(),
  actor_id: z.string(),
  cooperative_id: z.string().nullable(),
  method: z.string(),
  path: z.string(),
  record_id: z.string().nullable(),
  status: z.number().int(),
  ip: z.string().nullable(),
  created_at: when,
});
export type AuditEntry = z.infer<typeof auditEntry>;

/**
 * GET /admin/audit-entries (the operator: every write) and GET /coop/audit-entries (a manager:
 * their cooperative's): a page of entries, newest first, from `offset`, at most `limit`, and the
 * total `count` under the same filter.
 */
export const auditEntriesAnswer = z.object({
  entries: z.array(auditEntry),
  count: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
});
export type AuditEntriesAnswer = z.infer<typeof auditEntriesAnswer>;
