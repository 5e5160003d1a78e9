import type { MedusaContainer } from '@medusajs/framework/types';
import {
  EXCHANGE_IDS,
  type ExchangeConnector,
  type RuleFinding,
  connectors,
} from '@nguongoc/connectors';
import type { ListingReadiness } from '@nguongoc/contracts';
import { CHANNEL_MODULE } from '#modules/channel/index';
import type ChannelModuleService from '#modules/channel/service';
import { type CatalogueEntry, cooperativeCatalogue } from '#workflows/channel/catalogue';
import { categoryMappingsOf } from '#workflows/channel/category-mappings';

// Readiness: each product of a cooperative checked against each exchange's rules, with what
// its listing says (status, live URL) and whether what it would export now differs: the
// contracts' `listingReadiness`, what the admin's exchanges page and the workspace list. Each
// finding carries the product field that fixes it and plain words ({ vi, en }) from the
// connectors' `FINDING_WORDS`.

export const EXCHANGES = EXCHANGE_IDS;

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

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
  // Errors first: a page shows what blocks the export before what is only worth a look.
  const findings = [...entry.findings, ...validation.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  // "Đạt quy định" only when nothing blocks it; warnings never make a listing ready or not.
  const ready = validation.ready && !findings.some((finding) => finding.severity === 'error');
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
    const categoryMappings = await categoryMappingsOf(channel, exchange);
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
        last_exported_at: listing?.last_exported_at?.toISOString() ?? null,
        stale: Boolean(listing?.last_export_hash && hash && listing.last_export_hash !== hash),
      });
    }
  }
  return rows;
}
