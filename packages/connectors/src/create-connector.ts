import type { OrderFormat } from './orders/order-format.js';
import { importOrderRows } from './orders/import-orders.js';
import { changedSince, listingPayloadHash } from './export/payload-hash.js';
import type { SheetLayout } from './export/export-columns.js';
import { writeImagesArchive } from './export/images-archive.js';
import { traceQrPngs } from './render/trace-qr-pool.js';
import { writeWorkbook } from './export/write-workbook.js';
import type { ListingStyle } from './render/listing-style.js';
import { renderWithRules } from './render/render-listing.js';
import { validateWithRules } from './render/validate-listing.js';
import { ConnectorError } from './errors.js';
import { exchangeFullName } from './exchanges.js';
import type { ExchangeRules } from './rules/rule-types.js';
import type {
  CatalogueProduct,
  ConnectorCapabilities,
  ExchangeConnector,
  ExchangeId,
  ExportResult,
  RenderedListing,
  ValidationResult,
} from './types.js';

/** What an adapter folder supplies; the shared machinery does the rest. */
export interface AdapterParts {
  id: ExchangeId;
  rules: ExchangeRules;
  style: ListingStyle;
  layout: SheetLayout;
  orders: OrderFormat;
}

const CAPABILITIES: ConnectorCapabilities = {
  validate: true,
  render: true,
  export: ['xlsx'],
  importOrders: ['xlsx', 'csv'],
  push: ['product-feed'],
};

/** Builds an exchange connector from its rules, wording, sheet layout and order format. */
export function createConnector(parts: AdapterParts): ExchangeConnector {
  const { id, rules, style, layout } = parts;
  const outcome = (product: CatalogueProduct, mappings?: Readonly<Record<string, string>>) =>
    renderWithRules(product, rules, style, mappings);

  return {
    id,
    name: exchangeFullName(parts.id),
    capabilities: CAPABILITIES,
    rules,
    validate(product, options) {
      return validateWithRules(product, rules, outcome(product, options?.categoryMappings));
    },
    render(product, options) {
      const result = outcome(product, options?.categoryMappings);
      if (!result.listing) {
        throw new ConnectorError('render.impossible', id, {
          vi: `không thể hiển thị ${product.sku}: ${result.findings.map((f) => f.code).join(', ')}`,
          en: `${product.sku} cannot be rendered: ${result.findings.map((f) => f.code).join(', ')}`,
        });
      }
      return result.listing;
    },
    payloadHash: listingPayloadHash,
    async exportCatalogue(products, options = {}): Promise<ExportResult> {
      const refused: ValidationResult[] = [];
      const ready: { product: CatalogueProduct; listing: RenderedListing }[] = [];
      const seen = new Set<string>();
      for (const product of products) {
        if (seen.has(product.sku)) {
          throw new ConnectorError('export.duplicate_sku', id, {
            vi: `SKU ${product.sku} xuất hiện hai lần trong danh mục`,
            en: `SKU ${product.sku} appears twice in the catalogue`,
          });
        }
        seen.add(product.sku);
        const rendered = outcome(product, options.categoryMappings);
        const validation = validateWithRules(product, rules, rendered);
        if (!validation.ready || !rendered.listing) refused.push(validation);
        else ready.push({ product, listing: rendered.listing });
      }
      const { changed, unchanged } = changedSince(
        ready.map((pair) => pair.listing),
        options.previousHashes ?? new Map(),
      );
      const changedSkus = new Set(changed.map((entry) => entry.listing.sku));
      const exportedPairs = ready.filter((pair) => changedSkus.has(pair.listing.sku));
      const listings = exportedPairs.map((pair) => pair.listing);
      // The QR codes are made on worker threads while this one writes the workbook.
      const qrImages = options.skipQrImages
        ? undefined
        : traceQrPngs(
            listings.map((listing) => listing.traceUrl),
            rules.imageSize.value.minSidePx,
          );
      // Should the workbook fail first, the codes' failure is not a second, unhandled one.
      qrImages?.catch(() => undefined);
      const workbook = await writeWorkbook(layout, listings, options.createdAt);
      const archive = writeImagesArchive(exportedPairs, await qrImages);
      return {
        exchange: id,
        workbookName: `${id}-san-pham.xlsx`,
        archiveName: `${id}-hinh-anh.zip`,
        workbook,
        archive,
        exported: changed.map(({ listing, hash }) => ({ sku: listing.sku, hash })),
        unchanged,
        refused,
      };
    },
    importOrders(file, options) {
      return importOrderRows(id, parts.orders, file, options);
    },
  };
}
