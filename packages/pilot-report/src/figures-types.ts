import type { ExchangeId } from '@nguongoc/connectors/exchanges';

/**
 * The figures the pilot's report is made from, as the commerce backend reads them: the catalogue
 * as of now (registrations, listings, products) and the sales of a period from the sales ledger.
 * Dates are local (Asia/Ho_Chi_Minh) calendar days, `YYYY-MM-DD`.
 */

/** How the sales series is cut: calendar months, quarters or years. */
export type Granularity = 'month' | 'quarter' | 'year';

/** Whose figures: one commune, one cooperative, or (both null) every commune. */
export interface PilotScope {
  commune_code: string | null;
  cooperative_id: string | null;
}

/** Who is registered where, and what the catalogue holds, as of now. */
export interface CatalogueFigures {
  cooperatives: number;
  households: number;
  /** Sellers with an account on each exchange, and products live there. */
  by_exchange: {
    exchange: ExchangeId;
    cooperatives: number;
    households: number;
    live_products: number;
  }[];
  /** Cooperatives and households with an account on at least one exchange. */
  on_exchanges: { cooperatives: number; households: number };
  /** Published products, those with a traced lot, those with OCOP stars. */
  products: { total: number; traceable: number; ocop: number };
}

/** Sales lines of a group after cancellations, returns and refunds, and as ordered. */
export interface SalesTotals {
  orders: number;
  lines: number;
  corrected_lines: number;
  quantity: number;
  amount_vnd: number;
  gross_quantity: number;
  gross_amount_vnd: number;
}

/**
 * Storefront orders paid cash on delivery whose cash is not yet recorded as received: in no other
 * figure (ADR 033), shown apart. Orders are counted per cooperative, as in {@link SalesTotals}.
 */
export interface AwaitingPayment {
  orders: number;
  quantity: number;
  amount_vnd: number;
}

export interface SalesFigures {
  /** Paid orders only: an unpaid cash-on-delivery order is in `awaiting_payment` instead. */
  totals: SalesTotals & { households: number; cooperatives: number };
  /** Per period (`2026-03`, `2026-Q1`, `2026`) and channel. */
  series: (SalesTotals & { period: string; channel: string })[];
  by_channel: (SalesTotals & { channel: string })[];
  by_cooperative: (SalesTotals & { cooperative_id: string })[];
  by_product: (SalesTotals & { product_id: string; cooperative_id: string })[];
  ocop: SalesTotals;
  traceable: SalesTotals;
  scans: { total: number; series: { period: string; scans: number }[] };
  awaiting_payment: AwaitingPayment;
}

/** Every indicator of the pilot for a scope and period: the dashboard's, the report's. */
export interface PilotIndicators {
  scope: PilotScope & { commune_name: string | null; province_name: string | null };
  period: { from: string; to: string; granularity: Granularity };
  generated_at: string;
  catalogue: CatalogueFigures;
  sales: SalesFigures;
  /** Names of the cooperatives and products the figures name by ID. */
  names: { cooperatives: Record<string, string>; products: Record<string, string> };
}
