// What the pages show, as the server modules build it from the backend's answers: plain,
// serialisable, already in VND and in both languages where the data has both. The answers
// themselves are typed by @nguongoc/contracts, which the server modules parse them with.
import type { BilingualText, StoreOcop, StorePlantingArea } from '@nguongoc/contracts';

/** Where a product comes from, on cards and pages. */
export interface CooperativeRef {
  handle: string;
  name: string;
  province: BilingualText;
  commune: BilingualText;
}

export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
  /** The English title (the product metadata's `title_en`), when the cooperative gave one. */
  titleEn: string | null;
  thumbnail: string | null;
  /** VND, tax included; null when the product has no price in the region. */
  price: number | null;
  /**
   * OCOP rating, 3 to 5 stars, from the cooperative's trace ledger (ADR 039); null when it has
   * none or when it has expired (an expired rating is never shown as stars).
   */
  ocopStars: number | null;
  categories: { handle: string; name: BilingualText }[];
  cooperative: CooperativeRef | null;
}

export interface ProductVariant {
  id: string;
  title: string;
  price: number | null;
}

export interface ProductDetail extends ProductSummary {
  description: string | null;
  images: string[];
  /** The OCOP rating as the ledger holds it, with its status today; null when it has none. */
  ocop: StoreOcop | null;
  origin: string | null;
  /** The planting area (vùng trồng) from the ledger: its name and mã số vùng trồng. */
  plantingArea: StorePlantingArea | null;
  variants: ProductVariant[];
}

export interface LotSummary {
  id: string;
  code: string;
  eventCount: number;
  firstEventAt: string | null;
  lastEventAt: string | null;
  kinds: string[];
}

export interface CartLine {
  id: string;
  title: string;
  titleEn: string | null;
  variantTitle: string | null;
  productHandle: string | null;
  thumbnail: string | null;
  quantity: number;
  unitPrice: number;
  total: number;
}

export interface CartTotals {
  items: number;
  shipping: number;
  tax: number;
  total: number;
}

export interface CartView {
  id: string;
  lines: CartLine[];
  count: number;
  totals: CartTotals;
  hasShipping: boolean;
}

/** A postal address as the storefront writes it: province, then commune, by their codes. */
export interface AddressView {
  name: string;
  phone: string;
  line: string;
  province: BilingualText | null;
  commune: BilingualText | null;
}
