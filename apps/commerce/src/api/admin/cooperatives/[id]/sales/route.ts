import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { SALES_MODULE } from '#modules/sales/index';
import type SalesModuleService from '#modules/sales/service';

/**
 * GET /admin/cooperatives/:id/sales: the cooperative's sales ledger, newest first (`limit`,
 * `offset`), from the storefront and every exchange.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const sales = req.scope.resolve<SalesModuleService>(SALES_MODULE);
  const take = Math.min(Math.max(Number(req.query.limit) || 100, 1), 500);
  const skip = Math.max(Number(req.query.offset) || 0, 0);
  const [lines, count] = await sales.listAndCountSalesLines(
    { cooperative_id: cooperative.id },
    { order: { ordered_at: 'DESC' }, take, skip },
  );
  res.json({ lines, count, limit: take, offset: skip });
}
