import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { AdminCooperativeAnswer, UpdateCooperativeBody } from '@nguongoc/contracts';
import { callerOf } from '#api/_scope/caller';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { updateCooperativeWorkflow } from '#workflows/cooperative/update-cooperative';

/** The payout account: only the operator or the cooperative's manager may change it. */
const PAYOUT_FIELDS = ['bank_name', 'bank_account_number', 'bank_account_holder'] as const;

/** GET /admin/cooperatives/:id (the operator) and GET /coop/cooperative (a member: their own). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({
    cooperative: await cooperativeFor(req, req.params.id),
  } satisfies AdminCooperativeAnswer);
}

/**
 * POST /admin/cooperatives/:id and POST /coop/cooperative: updates the cooperative and records
 * the new version in its ledger. A member who is not its manager cannot change the payout account.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateCooperativeBody>,
  res: MedusaResponse,
): Promise<void> {
  const current = await cooperativeFor(req, req.params.id);
  const caller = await callerOf(req);
  const payout = PAYOUT_FIELDS.filter((field) => req.validatedBody[field] !== undefined);
  if (caller.kind === 'member' && caller.member.role !== 'manager' && payout.length > 0) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `${payout.join(', ')}: chỉ quản lý hợp tác xã đổi được tài khoản nhận tiền / only the cooperative's manager can change the payout account`,
    );
  }
  const { result: cooperative } = await updateCooperativeWorkflow(req.scope).run({
    input: { id: current.id, update: req.validatedBody },
  });
  res.json({ cooperative } satisfies AdminCooperativeAnswer);
}
