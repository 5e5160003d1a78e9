import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { reconcileVnpayPayments } from '#workflows/vnpay/reconciliation';

/**
 * POST /admin/payments/vnpay/reconcile: runs the VNPay reconciliation now (the job runs it every
 * 5 minutes), for the operator (every /admin route is: ADR 031). Answers what it found.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ report: await reconcileVnpayPayments(req.scope) });
}
