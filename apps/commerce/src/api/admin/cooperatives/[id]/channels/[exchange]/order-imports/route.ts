import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { cooperativeFor } from '../../../../../../../lib/cooperative-scope';
import { exchangeOf } from '../../../../../../../lib/channel-exchange';
import { importChannelOrders } from '../../../../../../../lib/channel-orders';
import { CHANNEL_MODULE } from '../../../../../../../modules/channel';
import type ChannelModuleService from '../../../../../../../modules/channel/service';
import type { OrderImportBody } from '../../../../../../validators';

/** GET /admin/cooperatives/:id/channels/:exchange/order-imports: past imports, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id!);
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const imports = await channel.listOrderImports(
    { cooperative_id: cooperative.id, exchange: exchangeOf(req.params.exchange) },
    { order: { created_at: 'DESC' }, take: 50 },
  );
  res.json({ imports });
}

/**
 * POST /admin/cooperatives/:id/channels/:exchange/order-imports: an order export of the exchange
 * (`file_name`, `data_base64`) into the sales ledger. The answer says what was read, kept,
 * created, updated and left unchanged, and every refused row with its row, column and reason.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<OrderImportBody>,
  res: MedusaResponse,
): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id!);
  const exchange = exchangeOf(req.params.exchange);
  const { file_name, data_base64 } = req.validatedBody;
  const summary = await importChannelOrders(req.scope, cooperative.id, exchange, {
    name: file_name,
    data: Buffer.from(data_base64, 'base64'),
  });
  res.status(201).json({ import: summary });
}
