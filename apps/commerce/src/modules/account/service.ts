import { createHash, randomBytes } from 'node:crypto';
import { MedusaService } from '@medusajs/framework/utils';
import { CommuneOfficer } from './models/commune-officer';
import { CooperativeMember } from './models/cooperative-member';
import { Invitation } from './models/invitation';

/** How long an invitation can be accepted, unless the inviter says otherwise. */
export const INVITATION_DAYS = 7;

/** The SHA-256 of an invitation token, as stored: the token itself is never kept. */
export function invitationTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new invitation token (256 random bits, URL-safe) and its hash. */
export function newInvitationToken(): { token: string; token_hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, token_hash: invitationTokenHash(token) };
}

/** Accounts of cooperative members and commune officers, and their invitations (ADR 031). */
export default class AccountModuleService extends MedusaService({
  CooperativeMember,
  CommuneOfficer,
  Invitation,
}) {}
