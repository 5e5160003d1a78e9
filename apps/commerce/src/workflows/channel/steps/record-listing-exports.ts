import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import type { ExchangeId } from '@nguongoc/connectors';
import { CHANNEL_MODULE } from '../../../modules/channel';
import type ChannelModuleService from '../../../modules/channel/service';
import type { ListingExportCreate, ListingExportUpdate } from '../../../modules/channel/service';
import type { ExportFiles } from './write-export-files';

/**
 * Records an export on the cooperative's listings: the exported ones get their new payload hash
 * and `exported`, the refused ones `error`; a live or paused listing keeps its status (the
 * cooperative said where it is on the exchange). One transaction; undone by putting the listings
 * back as they were and deleting those it created.
 */
export const recordListingExportsStep = createStep(
  'record-channel-listing-exports',
  async (
    input: {
      cooperative_id: string;
      exchange: ExchangeId;
      exported: ExportFiles['exported'];
      refused: ExportFiles['refused'];
    },
    { container },
  ) => {
    const channel = container.resolve<ChannelModuleService>(CHANNEL_MODULE);
    const listings = await channel.listChannelListings({
      cooperative_id: input.cooperative_id,
      exchange: input.exchange,
    });
    const existing = new Map(listings.map((listing) => [listing.product_id, listing]));
    const now = new Date();
    const writes = [
      ...input.exported.map(({ product_id, hash }) => ({
        product_id,
        status: 'exported' as const,
        last_export_hash: hash,
        last_exported_at: now,
      })),
      ...input.refused.map(({ product_id }) => ({ product_id, status: 'error' as const })),
    ];
    const updates: ListingExportUpdate[] = writes.flatMap((write) => {
      const listing = existing.get(write.product_id);
      if (!listing) return [];
      // A live or paused listing stays so: the cooperative said where it is on the exchange.
      const status = ['live', 'paused'].includes(listing.status) ? listing.status : write.status;
      return [
        {
          id: listing.id,
          status,
          ...('last_export_hash' in write
            ? { last_export_hash: write.last_export_hash, last_exported_at: write.last_exported_at }
            : {}),
        },
      ];
    });
    const creates: ListingExportCreate[] = writes
      .filter((write) => !existing.has(write.product_id))
      .map((write) => ({
        ...write,
        cooperative_id: input.cooperative_id,
        exchange: input.exchange,
      }));
    const undo = await channel.recordListingExports(updates, creates);
    return new StepResponse(undefined, undo);
  },
  async (undo, { container }) => {
    if (!undo) return;
    await container.resolve<ChannelModuleService>(CHANNEL_MODULE).undoListingExports(undo);
  },
);
