// The one interface every exchange adapter implements. An adapter declares what it can do in
// `capabilities`; callers check a capability before they offer the action to a person.
import type { Message, NetUnit } from '@nguongoc/vn-locale';
import type { ExchangeId } from './exchanges.js';
import type { ProductField } from './rules/finding-words.js';
import type { ExchangeRules } from './rules/rule-types.js';

/** The exchanges NguonGoc publishes to (the provincial plans name these three): `./exchanges.ts`. */
export type { ExchangeId };

/** What an adapter can do today. */
export interface ConnectorCapabilities {
  /** Checks a product against the exchange's rules. */
  validate: boolean;
  /** Writes the exchange's title and description. */
  render: boolean;
  /** Bulk-upload file format(s) it writes. */
  export: readonly 'xlsx'[];
  /** Order-export formats it reads. */
  importOrders: readonly ('xlsx' | 'csv')[];
  /** Push transports it can be given (`product-feed` today; an exchange API one day). */
  push: readonly string[];
}

/** UN/CEFACT units, as in trace-core's Product: g, kg, ml, l, piece (one list, in vn-locale). */
export type { NetUnit };

/** An image file of the product, with its bytes (their size and dimensions are read from them). */
export interface ListingImage {
  fileName: string;
  data: Uint8Array;
}

/** OCOP = Chương trình Mỗi xã một sản phẩm (One Commune One Product): 3 to 5 stars. */
export interface ListingOcop {
  stars: 3 | 4 | 5;
  /** e.g. "1234/QĐ-UBND". */
  decisionNumber: string;
  /** YYYY-MM-DD. */
  expiresOn: string;
}

/** Where the label's QR code points: a short code, or a GS1 Digital Link where there is a GTIN. */
export type ListingTrace =
  { base: string; shortCode: string } | { base: string; gtin: string; lot?: string };

/** One NguonGoc product as a cooperative sells it: the record every exchange is fed from. */
export interface CatalogueProduct {
  /** The cooperative's own SKU: the key that ties listings and imported orders together. */
  sku: string;
  name: string;
  nameEn?: string;
  /** The producer's own words about the product (plain text, paragraphs split by blank lines). */
  description: string;
  /** NguonGoc's category key, e.g. `trai-cay/cam`; mapped to each exchange's tree. */
  category: string;
  /** Whole đồng. */
  priceVnd: number;
  stock: number;
  /** What one sale unit holds: 1 KGM, 500 GRM, 330 MLT, 10 H87. */
  net: { quantity: number; unit: NetUnit };
  /** Packed for shipping. */
  package: { weightGrams: number; lengthCm: number; widthCm: number; heightCm: number };
  images: readonly ListingImage[];
  /** Attribute values keyed by NguonGoc attribute names (see `ATTRIBUTE_NAMES`). */
  attributes: Readonly<Record<string, string>>;
  ocop?: ListingOcop;
  origin: {
    cooperativeName: string;
    /** Five-digit commune code of the 2025 administrative units. */
    communeCode: string;
    /** Mã số vùng trồng: the planting-area code issued by the plant protection authority. */
    plantingAreaCode?: string;
  };
  trace: ListingTrace;
}

export type Severity = 'error' | 'warning';

/**
 * One rule a product breaks (error) or a doubt about it (warning), in words a person can act on:
 * what is missing or wrong and what to do (`FINDING_WORDS`), and the product field that fixes it.
 */
export interface RuleFinding {
  severity: Severity;
  /** Stable code, e.g. `title.too_long`, `category.fallback`. */
  code: string;
  /** The product field that fixes it (`PRODUCT_FIELDS`): `brand`, `images`, `dimensions`… */
  field: ProductField;
  /** For an image finding, the image's position among the product's images (0-based). */
  index?: number;
  /** Plain words, no internal names: `{ vi: 'Thiếu thương hiệu: nhập …', en: 'Brand missing: …' }`. */
  message: Message;
  /** The rule's id in the exchange's rules (for its source and date). */
  rule?: string;
}

export interface ValidationResult {
  exchange: ExchangeId;
  sku: string;
  /** No error-level finding. Warnings do not block an export. */
  ready: boolean;
  findings: RuleFinding[];
}

/** The exchange's category a product goes into. */
export type CategoryChoice =
  | { kind: 'mapped'; id: string; path: string }
  /** No mapping known: the exchange's catch-all category, with a warning finding. Never silent. */
  | { kind: 'fallback'; id: string; path: string; reason: string };

/** What an exchange listing says, exactly as it will be uploaded. Deterministic for one input. */
export interface RenderedListing {
  exchange: ExchangeId;
  rulesVersion: string;
  sku: string;
  title: string;
  description: string;
  category: CategoryChoice;
  priceVnd: number;
  stock: number;
  /** The sale unit in the exchange's own words, e.g. "Hộp 500 g". */
  unitLabel: string;
  /** Shipping weight in the exchange's unit (see `weightUnit`). */
  weight: number;
  weightUnit: 'g' | 'kg';
  dimensionsCm: { length: number; width: number; height: number };
  /** Exported attribute values keyed by the exchange's column names. */
  attributes: Record<string, string>;
  traceUrl: string;
  /** "Xã Nghĩa Đàn, Tỉnh Nghệ An". */
  origin: string;
  /** Image files inside the export's images archive, in order, with their content hashes. */
  images: { name: string; sha256: string }[];
  /** The trace QR image's file name in the archive; it follows the product's images. */
  qrImage: string;
}

/** A spreadsheet and its images, for a whole catalogue or only what changed. */
export interface ExportResult {
  exchange: ExchangeId;
  /** Suggested file names. */
  workbookName: string;
  archiveName: string;
  workbook: Uint8Array;
  /** ZIP of every image and QR code the exported rows name. */
  archive: Uint8Array;
  /** Exported SKUs with the payload hash to keep for the next delta export. */
  exported: { sku: string; hash: string }[];
  /** SKUs whose payload is unchanged since the previous hashes given. */
  unchanged: string[];
  /** SKUs left out because validation found errors, with the findings. */
  refused: ValidationResult[];
}

export interface ExportOptions {
  /** SKU → payload hash of the last export. Given: only listings whose hash differs are exported. */
  previousHashes?: ReadonlyMap<string, string>;
  /** NguonGoc category key → exchange category id, overriding the built-in mapping. */
  categoryMappings?: Readonly<Record<string, string>>;
  /** Written into the workbook's properties; fixed in tests so that files are reproducible. */
  createdAt?: Date;
  /** Leave QR PNGs out of the archive (the spreadsheet still names them). */
  skipQrImages?: boolean;
}

export type OrderStatus =
  'pending' | 'confirmed' | 'shipping' | 'delivered' | 'cancelled' | 'returned';

export interface OrderLine {
  /** Stable: `<exchange>:<external order id>:<sku>`. */
  key: string;
  sku: string;
  quantity: number;
  unitPriceVnd: number;
  amountVnd: number;
  /** The file's row it was read from (not part of the order's `contentHash`). */
  row: number;
}

/** An order as NguonGoc keeps it, whichever exchange it came from. */
export interface NormalisedOrder {
  /** Stable: `<exchange>:<external order id>`. */
  key: string;
  exchange: ExchangeId;
  externalOrderId: string;
  /** ISO 8601 with +07:00. */
  placedAt: string;
  status: OrderStatus;
  lines: OrderLine[];
  totalVnd: number;
  buyer: {
    /** As written in the file. */
    provinceText: string;
    communeText: string;
    /** 2025 units, when the names could be matched; otherwise null and a warning says so. */
    provinceCode: string | null;
    communeCode: string | null;
  };
  /** SHA-256 of the order's canonical JSON: a changed status or line changes it. */
  contentHash: string;
}

/** A cell or row that could not be used, or a doubt about one that was kept. */
export interface ImportProblem {
  severity: Severity;
  file: string;
  /** 1-based spreadsheet row (the header is row 1 unless the file has a title above it). */
  row: number;
  /** The column's header as written in the file, or '' when the problem is the row. */
  column: string;
  code: string;
  message: string;
}

export interface ImportResult {
  exchange: ExchangeId;
  file: string;
  orders: NormalisedOrder[];
  /** The SKU column's header as written in the file, for problems found later about a line. */
  skuColumn: string;
  /** Error problems: rows refused. Warning problems: rows kept with a doubt. */
  problems: ImportProblem[];
  rowsRead: number;
  rowsKept: number;
}

/** An order export to read: bytes in memory, or a path read as a stream. */
export type OrderFile = { name: string; data: Uint8Array } | { name: string; path: string };

/** Options for `importOrders`. */
export interface ImportOptions {
  /** Defaults to the file name's extension. */
  format?: 'xlsx' | 'csv';
}

/** What a push sends: rendered listings. */
export interface PushResult {
  transport: string;
  /** Files written (name → bytes) that an exchange or aggregator can pull. */
  files: { name: string; contentType: string; data: Uint8Array }[];
  count: number;
}

/**
 * Where rendered listings go without a spreadsheet. Today a product feed that is pulled; the day
 * an exchange offers an API, one transport calling it is added and nothing else changes.
 */
export interface PushTransport {
  readonly id: string;
  push(listings: readonly RenderedListing[]): Promise<PushResult>;
}

/** One exchange behind the shared interface. */
export interface ExchangeConnector {
  readonly id: ExchangeId;
  /** Name as shown to a person. */
  readonly name: string;
  readonly capabilities: ConnectorCapabilities;
  readonly rules: ExchangeRules;
  validate(
    product: CatalogueProduct,
    options?: Pick<ExportOptions, 'categoryMappings'>,
  ): ValidationResult;
  render(
    product: CatalogueProduct,
    options?: Pick<ExportOptions, 'categoryMappings'>,
  ): RenderedListing;
  /** Canonical hash of the rendered payload (what the delta export compares). */
  payloadHash(listing: RenderedListing): string;
  exportCatalogue(
    products: readonly CatalogueProduct[],
    options?: ExportOptions,
  ): Promise<ExportResult>;
  importOrders(file: OrderFile, options?: ImportOptions): Promise<ImportResult>;
}
