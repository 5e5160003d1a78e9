import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { pilotIndicators } from '../_indicators';
import { periodQuery } from '../_period-query';
import { pilotScope } from '../_scope';

/**
 * GET /admin/pilot/indicators?commune_code=&from=&to=&granularity=: the pilot's indicators for
 * one commune (or all, for the commune administrator), from the sales ledger and the catalogue.
 * A commune officer reads only their commune, a cooperative's staff only their cooperative.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const asked = typeof req.query.commune_code === 'string' ? req.query.commune_code : undefined;
  const period = periodQuery(req.query);
  const scope = await pilotScope(req, asked || undefined);
  res.json(await pilotIndicators(req.scope, scope, period));
}
