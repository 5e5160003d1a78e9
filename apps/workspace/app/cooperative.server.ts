// The member's cooperative (GET/POST /coop/cooperative): its profile and its payout account.
// The payout account is sent only from its own form, so staff can change the profile; the
// backend refuses a payout change from anyone but the manager (and says so).
import type {
  AdminCooperative,
  AdminCooperativeAnswer,
  UpdateCooperativeBody,
} from '@nguongoc/contracts';
import { backendJson } from './backend.server';
import type { SignedIn } from './session.server';

export const PROFILE_FIELDS = [
  'name',
  'tax_code',
  'registration_number',
  'commune_code',
  'address',
  'contact_name',
  'phone',
  'email',
] as const;
export const PAYOUT_FIELDS = ['bank_name', 'bank_account_number', 'bank_account_holder'] as const;

export type CooperativeDraft = Record<string, string>;

export async function readCooperative(request: Request, account: SignedIn) {
  const { cooperative } = await backendJson<AdminCooperativeAnswer>(
    request,
    account,
    '/coop/cooperative',
  );
  return cooperative as AdminCooperative & Record<string, unknown>;
}

/** The form's values from the cooperative as stored. */
export function cooperativeDraft(cooperative: Record<string, unknown>): CooperativeDraft {
  const draft: CooperativeDraft = {};
  for (const field of [...PROFILE_FIELDS, ...PAYOUT_FIELDS]) {
    const value = cooperative[field];
    draft[field] = typeof value === 'string' ? value : '';
  }
  return draft;
}

/** The typed values of `fields` from a form (or a GET of the same form). */
export function typed(
  source: FormData | URLSearchParams,
  fields: readonly string[],
): CooperativeDraft {
  const draft: CooperativeDraft = {};
  for (const field of fields) draft[field] = String(source.get(field) ?? '').trim();
  return draft;
}

/**
 * The body for the profile or the payout form: every field typed; an emptied optional one
 * (email, payout fields) as null, so it is cleared.
 */
export function updateBody(
  draft: CooperativeDraft,
  fields: readonly string[],
): UpdateCooperativeBody {
  const body: Record<string, string | null> = {};
  for (const field of fields) {
    const value = draft[field] ?? '';
    const optional = field === 'email' || (PAYOUT_FIELDS as readonly string[]).includes(field);
    body[field] = value === '' && optional ? null : value;
  }
  return body as UpdateCooperativeBody;
}
