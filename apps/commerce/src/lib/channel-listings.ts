import type { MedusaContainer } from '@medusajs/framework/types';
import {
  type CatalogueProduct,
  type ExchangeConnector,
  type ExchangeId,
  type RuleFinding,
  connectors,
} from '@nguongoc/connectors';
import { CHANNEL_MODULE } from '../modules/channel';
import type ChannelModuleService from '../modules/channel/service';
import { type CatalogueEntry, cooperativeCatalogue } from './channel-catalogue';

// Readiness and export: each product of a cooperative checked against each exchange's rules,
// and the exchange's bulk-upload files for what is ready (all of it, or what changed).

export const EXCHANGES = Object.keys(connectors) as ExchangeId[];

export interface ListingReadiness {
  product_id: string;
  sku: string;
  title: string;
  exchange: ExchangeId;
  ready: boolean;
  findings: RuleFinding[];
  /** The listing as recorded (draft until first exported). */
  status: string;
  listing_id: string | null;
  external_url: string | null;
  last_exported_at: Date | null;
  /** Exported before, and what it would export now differs (price, stock, text, images). */
  stale: boolean;
}

/** The exchange's category for each NguonGoc key, as people have mapped them. */
async function mappingsOf(
  channel: ChannelModuleService,
  exchange: ExchangeId,
): Promise<Record<string, string>> {
  const rows = await channel.listCategoryMappings({ exchange });
  return Object.fromEntries(rows.map((row) => [row.category_key, row.exchange_category_id]));
}

/** Validation of one entry, with what Medusa could not give (no lot, an unreadable image). */
function check(
  connector: ExchangeConnector,
  entry: CatalogueEntry,
  categoryMappings: Record<string, string>,
): { ready: boolean; findings: RuleFinding[]; hash: string | null } {
  const blocked = entry.findings.some((finding) => finding.severity === 'error');
  const validation = blocked
    ? { ready: false, findings: [] }
    : connector.validate(entry.product, { categoryMappings });
  const findings = [...entry.findings, ...validation.findings];
  const ready = !blocked && validation.ready;
  const hash = ready
    ? connector.payloadHash(connector.render(entry.product, { categoryMappings }))
    : null;
  return { ready, findings, hash };
}

/** Every product of the cooperative on every exchange. */
export async function listingReadiness(
  container: MedusaContainer,
  cooperativeId: string,
): Promise<ListingReadiness[]> {
  const channel = container.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const [entries, listings] = await Promise.all([
    cooperativeCatalogue(container, cooperativeId),
    channel.listChannelListings({ cooperative_id: cooperativeId }),
  ]);
  const rows: ListingReadiness[] = [];
  for (const exchange of EXCHANGES) {
    const categoryMappings = await mappingsOf(channel, exchange);
    for (const entry of entries) {
      const { ready, findings, hash } = check(connectors[exchange], entry, categoryMappings);
      const listing = listings.find(
        (row) => row.product_id === entry.productId && row.exchange === exchange,
      );
      rows.push({
        product_id: entry.productId,
        sku: entry.product.sku,
        title: entry.product.name,
        exchange,
        ready,
        findings,
        status: listing?.status ?? (ready ? 'ready' : 'draft'),
        listing_id: listing?.id ?? null,
        external_url: listing?.external_url ?? null,
        last_exported_at: listing?.last_exported_at ?? null,
        stale: Boolean(listing?.last_export_hash && hash && listing.last_export_hash !== hash),
      });
    }
  }
  return rows;
}

export interface ChannelExport {
  exchange: ExchangeId;
  workbook: { name: string; base64: string };
  archive: { name: string; base64: string };
  exported: string[];
  unchanged: string[];
  refused: { sku: string; findings: RuleFinding[] }[];
}

/**
 * The exchange's bulk-upload workbook and images archive for the cooperative's ready products:
 * all of them, or (`changedOnly`) those whose payload changed since their last export. The
 * exported listings then record the new payload hash; refused ones are marked `error`.
 */
export async function exportListings(
  container: MedusaContainer,
  cooperativeId: string,
  exchange: ExchangeId,
  changedOnly: boolean,
): Promise<ChannelExport> {
  const channel = container.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const connector = connectors[exchange];
  const [entries, listings, categoryMappings] = await Promise.all([
    cooperativeCatalogue(container, cooperativeId),
    channel.listChannelListings({ cooperative_id: cooperativeId, exchange }),
    mappingsOf(channel, exchange),
  ]);
  const refused: ChannelExport['refused'] = [];
  const products: CatalogueProduct[] = [];
  for (const entry of entries) {
    const errors = entry.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) refused.push({ sku: entry.product.sku, findings: errors });
    else products.push(entry.product);
  }
  const productOf = new Map(entries.map((entry) => [entry.product.sku, entry.productId]));
  const previousHashes = new Map<string, string>();
  if (changedOnly) {
    for (const listing of listings) {
      const sku = entries.find((entry) => entry.productId === listing.product_id)?.product.sku;
      if (sku && listing.last_export_hash) previousHashes.set(sku, listing.last_export_hash);
    }
  }
  const result = await connector.exportCatalogue(products, { previousHashes, categoryMappings });
  for (const validation of result.refused) {
    refused.push({ sku: validation.sku, findings: validation.findings });
  }

  const now = new Date();
  const existing = new Map(listings.map((listing) => [listing.product_id, listing]));
  const writes = [
    ...result.exported.map(({ sku, hash }) => ({
      product_id: productOf.get(sku)!,
      status: 'exported' as const,
      last_export_hash: hash,
      last_exported_at: now,
    })),
    ...refused.map(({ sku }) => ({ product_id: productOf.get(sku)!, status: 'error' as const })),
  ];
  const updates = writes.flatMap((write) => {
    const listing = existing.get(write.product_id);
    if (!listing) return [];
    // A live or paused listing stays so: the cooperative said where it is on the exchange.
    const status = ['live', 'paused'].includes(listing.status) ? listing.status : write.status;
    return [{ ...write, id: listing.id, status }];
  });
  const creates = writes
    .filter((write) => !existing.has(write.product_id))
    .map((write) => ({ ...write, cooperative_id: cooperativeId, exchange }));
  if (updates.length > 0) await channel.updateChannelListings(updates);
  if (creates.length > 0) await channel.createChannelListings(creates);

  return {
    exchange,
    workbook: {
      name: result.workbookName,
      base64: Buffer.from(result.workbook).toString('base64'),
    },
    archive: { name: result.archiveName, base64: Buffer.from(result.archive).toString('base64') },
    exported: result.exported.map(({ sku }) => sku),
    unchanged: result.unchanged,
    refused,
  };
}
