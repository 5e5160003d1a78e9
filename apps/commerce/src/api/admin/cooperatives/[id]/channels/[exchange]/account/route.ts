import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { cooperativeFor } from '../../../../../../../lib/cooperative-scope';
import { exchangeOf } from '../../../../../../../lib/channel-exchange';
import { CHANNEL_MODULE } from '../../../../../../../modules/channel';
import type ChannelModuleService from '../../../../../../../modules/channel/service';
import type { ChannelAccountBody } from '../../../../../../validators';

/**
 * POST /admin/cooperatives/:id/channels/:exchange/account: the cooperative's shop on the
 * exchange (its name and address), created the first time and updated after: one per exchange.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ChannelAccountBody>,
  res: MedusaResponse,
): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id!);
  const exchange = exchangeOf(req.params.exchange);
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const fields = {
    shop_name: req.validatedBody.shop_name,
    shop_url: req.validatedBody.shop_url ?? null,
  };
  const [existing] = await channel.listChannelAccounts({
    cooperative_id: cooperative.id,
    exchange,
  });
  if (existing) {
    res.json({ account: await channel.updateChannelAccounts({ id: existing.id, ...fields }) });
    return;
  }
  const account = await channel.createChannelAccounts({
    cooperative_id: cooperative.id,
    exchange,
    ...fields,
  });
  res.status(201).json({ account });
}
