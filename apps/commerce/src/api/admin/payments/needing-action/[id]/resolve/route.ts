import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { bothLanguages } from '@nguongoc/vn-locale';
import type { ResolvePaymentBody, ResolvedPaymentAnswer } from '@nguongoc/contracts';
import { paymentsNeedingAction } from '#workflows/vnpay/needing-action';

/**
 * POST /admin/payments/needing-action/:id/resolve { resolution: refunded | completed_manually,
 * note }: the operator says what was done (refunded in VNPay's portal, or the order made by
 * hand), once. Who and when are stored with it; the audit trail records the request (ADR 031).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ResolvePaymentBody>,
  res: MedusaResponse,
): Promise<void> {
  const { resolution, note } = req.validatedBody;
  const id = req.params.id!;
  const [payment] = await paymentsNeedingAction(req.scope, { id });
  if (!payment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      bothLanguages({
        vi: `Không có khoản thanh toán cần xử lý ${id}`,
        en: `No payment needing action ${id}`,
      }),
    );
  }
  const db = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const changed = await db('vnpay_message').where({ id }).whereNull('resolved_at').update({
    resolution,
    resolution_note: note,
    resolved_by: req.auth_context.actor_id,
    resolved_at: new Date(),
    updated_at: new Date(),
  });
  if (changed === 0) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      bothLanguages({
        vi: `Khoản thanh toán ${payment.txn_ref} đã được xử lý`,
        en: `Payment ${payment.txn_ref} is already resolved`,
      }),
    );
  }
  const [resolved] = await paymentsNeedingAction(req.scope, { id });
  res.json({ payment: resolved! } satisfies ResolvedPaymentAnswer);
}
