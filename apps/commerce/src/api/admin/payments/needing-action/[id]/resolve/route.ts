import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { bothLanguages } from '@nguongoc/vn-locale';
import {
  RESOLUTIONS,
  type Resolution,
  paymentsNeedingAction,
} from '#workflows/vnpay/needing-action';

const NOTE_MAX = 1000;

/**
 * POST /admin/payments/needing-action/:id/resolve { resolution: refunded | completed_manually,
 * note }: the operator says what was done (refunded in VNPay's portal, or the order made by
 * hand), once. Who and when are stored with it; the audit trail records the request (ADR 031).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const body = (req.body ?? {}) as { resolution?: unknown; note?: unknown };
  if (!RESOLUTIONS.includes(body.resolution as Resolution)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      bothLanguages({
        vi: `resolution phải là một trong: ${RESOLUTIONS.join(', ')}`,
        en: `resolution must be one of: ${RESOLUTIONS.join(', ')}`,
      }),
    );
  }
  const note = typeof body.note === 'string' ? body.note.trim() : '';
  if (note === '' || note.length > NOTE_MAX) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      bothLanguages({
        vi: `Cần ghi chú đã làm gì (mã hoàn tiền, mã đơn), tối đa ${NOTE_MAX} ký tự`,
        en: `A note of what was done (refund reference, order number) is required, at most ${NOTE_MAX} characters`,
      }),
    );
  }
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
    resolution: body.resolution,
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
  res.json({ payment: resolved });
}
