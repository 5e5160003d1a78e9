import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { ChannelAccountAnswer, ChannelAccountBody } from '@nguongoc/contracts';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { exchangeOf } from '../_exchange';
import { CHANNEL_MODULE } from '#modules/channel/index';
import type ChannelModuleService from '#modules/channel/service';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';

/**
 * POST /admin/cooperatives/:id/channels/:exchange/account: the cooperative's shop on the
 * exchange (its name and address), created the first time and updated after: one per exchange.
 * With `household_id`, the shop of one of its households instead (one per household and exchange).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ChannelAccountBody>,
  res: MedusaResponse,
): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const exchange = exchangeOf(req.params.exchange);
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const fields = {
    shop_name: req.validatedBody.shop_name,
    shop_url: req.validatedBody.shop_url ?? null,
  };
  const householdId = req.validatedBody.household_id ?? null;
  if (householdId) {
    const [household] = await req.scope
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listHouseholds({ id: householdId, cooperative_id: cooperative.id });
    if (!household) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Không tìm thấy hộ ${householdId} của hợp tác xã này / household ${householdId} of this cooperative not found`,
      );
    }
  }
  const [existing] = await channel.listChannelAccounts({
    cooperative_id: cooperative.id,
    exchange,
    household_id: householdId,
  });
  if (existing) {
    res.json({
      account: await channel.updateChannelAccounts({ id: existing.id, ...fields }),
    } satisfies ChannelAccountAnswer);
    return;
  }
  const account = await channel.createChannelAccounts({
    cooperative_id: cooperative.id,
    household_id: householdId,
    exchange,
    ...fields,
  });
  res.status(201).json({ account } satisfies ChannelAccountAnswer);
}
