import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { connectors } from '@nguongoc/connectors';
import type { ChannelsAnswer } from '@nguongoc/contracts';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { EXCHANGES, listingReadiness } from './_listing-readiness';
import { CHANNEL_MODULE } from '#modules/channel/index';
import type ChannelModuleService from '#modules/channel/service';

/**
 * GET /admin/cooperatives/:id/channels: the exchanges (with their rules' version), the
 * cooperative's accounts on them, and every product × exchange: ready or not with each failing
 * rule spelled out, its listing's status and live URL, and whether it is stale.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const [accounts, listings] = await Promise.all([
    channel.listChannelAccounts({ cooperative_id: cooperative.id, household_id: null }),
    listingReadiness(req.scope, cooperative.id),
  ]);
  res.json({
    exchanges: EXCHANGES.map((id) => ({
      id,
      name: connectors[id].name,
      rules_version: connectors[id].rules.version,
      capabilities: connectors[id].capabilities,
    })),
    accounts,
    listings,
  } satisfies ChannelsAnswer);
}
