import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { PaymentsNeedingActionAnswer } from '@nguongoc/contracts';
import { paymentsNeedingAction } from '#workflows/vnpay/needing-action';

/**
 * GET /admin/payments/needing-action[?resolved=true]: VNPay payments the shopper made that did
 * not become an order (ADR 034): the session gone, another amount, the cart not completable, or
 * still unsettled. Open ones (default) with their count; `resolved=true`: the last 200 closed.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const resolved = req.query.resolved === 'true';
  const payments = await paymentsNeedingAction(req.scope, { resolved });
  res.json({ payments, count: payments.length } satisfies PaymentsNeedingActionAnswer);
}
