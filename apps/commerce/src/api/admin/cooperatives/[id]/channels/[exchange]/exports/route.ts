import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { cooperativeFor } from '../../../../../../../lib/cooperative-scope';
import { exportListings } from '../../../../../../../lib/channel-listings';
import type { ChannelExportBody } from '../../../../../../validators';
import { exchangeOf } from '../../../../../../../lib/channel-exchange';

/**
 * POST /admin/cooperatives/:id/channels/:exchange/exports: the exchange's bulk-upload workbook
 * and images archive (base64) for the cooperative's ready products, all or only the changed
 * ones; what was refused comes back with its findings.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ChannelExportBody>,
  res: MedusaResponse,
): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id!);
  const exchange = exchangeOf(req.params.exchange);
  res.json(
    await exportListings(req.scope, cooperative.id, exchange, req.validatedBody.changed_only),
  );
}
