import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { cooperativeScope } from '#api/_scope/cooperative-scope';
import { reconcileVnpayPayments } from '#workflows/vnpay/reconciliation';

/**
 * POST /admin/payments/vnpay/reconcile: runs the VNPay reconciliation now (the job runs it every
 * 5 minutes), for the commune's administrator. Answers what it found.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  if (await cooperativeScope(req)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      'Chỉ cán bộ xã mới đối soát được thanh toán / only the commune administrator can reconcile payments',
    );
  }
  res.json({ report: await reconcileVnpayPayments(req.scope) });
}
