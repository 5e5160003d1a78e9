import type { Context } from '@medusajs/framework/types';
import { InjectTransactionManager, MedusaContext, MedusaService } from '@medusajs/framework/utils';
import { CategoryMapping } from './models/category-mapping';
import { ChannelAccount } from './models/channel-account';
import { ChannelListing } from './models/channel-listing';
import { OrderImport } from './models/order-import';

type ListingStatus = 'draft' | 'ready' | 'exported' | 'live' | 'paused' | 'error';

/** What an export sets on a listing it already had. */
export interface ListingExportUpdate {
  id: string;
  status: ListingStatus;
  last_export_hash?: string;
  last_exported_at?: Date;
}

/** A listing an export records for the first time. */
export interface ListingExportCreate {
  cooperative_id: string;
  exchange: string;
  product_id: string;
  status: ListingStatus;
  last_export_hash?: string;
  last_exported_at?: Date;
}

/** What {@link ChannelModuleService.recordListingExports} did, for its undo. */
export interface ListingExportUndo {
  created_ids: string[];
  /** The updated listings' fields as they were (dates as ISO text, as a workflow keeps them). */
  replaced: {
    id: string;
    status: ListingStatus;
    last_export_hash: string | null;
    last_exported_at: string | null;
  }[];
}

/**
 * Channel accounts, listings, category mappings and order imports: Medusa's generated CRUD, and
 * an export's writes to the listings in one transaction. What an exchange needs (rules, render,
 * export, import) is `@nguongoc/connectors`; the workflows in `src/workflows/channel` put the two
 * together.
 */
export default class ChannelModuleService extends MedusaService({
  ChannelAccount,
  ChannelListing,
  CategoryMapping,
  OrderImport,
}) {
  /**
   * Records what one export did to a cooperative's listings (updated and new ones) in one
   * transaction, and answers what is needed to undo it.
   */
  @InjectTransactionManager()
  async recordListingExports(
    updates: ListingExportUpdate[],
    creates: ListingExportCreate[],
    @MedusaContext() sharedContext: Context = {},
  ): Promise<ListingExportUndo> {
    const before =
      updates.length === 0
        ? []
        : await this.listChannelListings(
            { id: updates.map((update) => update.id) },
            { select: ['id', 'status', 'last_export_hash', 'last_exported_at'] },
            sharedContext,
          );
    if (updates.length > 0) await this.updateChannelListings(updates, sharedContext);
    const created =
      creates.length === 0 ? [] : await this.createChannelListings(creates, sharedContext);
    return {
      created_ids: created.map((listing) => listing.id),
      replaced: before.map((listing) => ({
        id: listing.id,
        status: listing.status,
        last_export_hash: listing.last_export_hash ?? null,
        last_exported_at: listing.last_exported_at
          ? new Date(listing.last_exported_at).toISOString()
          : null,
      })),
    };
  }

  /** Undoes one {@link recordListingExports}, in one transaction. */
  @InjectTransactionManager()
  async undoListingExports(
    undo: ListingExportUndo,
    @MedusaContext() sharedContext: Context = {},
  ): Promise<void> {
    if (undo.created_ids.length > 0) {
      await this.deleteChannelListings(undo.created_ids, sharedContext);
    }
    if (undo.replaced.length > 0) {
      await this.updateChannelListings(
        undo.replaced.map((listing) => ({
          ...listing,
          last_exported_at: listing.last_exported_at ? new Date(listing.last_exported_at) : null,
        })),
        sharedContext,
      );
    }
  }
}
