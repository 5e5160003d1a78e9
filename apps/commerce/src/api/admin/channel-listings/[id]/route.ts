import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { ChannelListingAnswer, ChannelListingBody } from '@nguongoc/contracts';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { CHANNEL_MODULE } from '#modules/channel/index';
import type ChannelModuleService from '#modules/channel/service';

/**
 * POST /admin/channel-listings/:id: what the cooperative saw on the exchange: the live listing's
 * URL, and live or paused.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ChannelListingBody>,
  res: MedusaResponse,
): Promise<void> {
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const [listing] = await channel.listChannelListings({ id: req.params.id! });
  if (!listing) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy tin đăng ${req.params.id} / listing ${req.params.id} not found`,
    );
  }
  await cooperativeFor(req, listing.cooperative_id);
  const { status, external_url } = req.validatedBody;
  const updated = await channel.updateChannelListings({
    id: listing.id,
    ...(external_url !== undefined ? { external_url } : {}),
    ...(status ? { status } : external_url ? { status: 'live' as const } : {}),
  });
  res.json({ listing: updated } satisfies ChannelListingAnswer);
}
