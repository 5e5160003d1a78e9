/**
 * The quarterly and yearly report of the commune e-commerce pilot, as the XLSX and PDF renderers
 * take it: every figure already computed from the sales ledger and the catalogue, each with the
 * counts it was computed from. Dates are local (Asia/Ho_Chi_Minh) calendar days, `YYYY-MM-DD`.
 */
export interface PilotReport {
  kind: 'quarter' | 'year';
  year: number;
  /** Only for `kind: 'quarter'`. */
  quarter?: 1 | 2 | 3 | 4 | undefined;
  /**
   * The figures' cut-off (Decree 09/2019/NĐ-CP, art. 12): a quarter runs from the 15th of the
   * month before it to the 14th of its last month, a year from 15 December to 14 December.
   */
  period: { from: string; to: string };
  /** The report is due before this day (the 15th of the quarter's last month; 15 December). */
  due_by: string;
  /** One commune, or every commune (`commune_code: null`). */
  scope: {
    commune_code: string | null;
    commune_name: string | null;
    province_name: string | null;
  };
  /** ISO instant the figures were read. */
  generated_at: string;
  indicators: ReportIndicator[];
  by_channel: ReportSales[];
  by_cooperative: ReportSales[];
  by_product: ReportSales[];
}

export interface ReportIndicator {
  /** Stable code, e.g. `households_on_exchanges`. */
  code: string;
  label_vi: string;
  label_en: string;
  value: number;
  unit: 'count' | 'vnd' | 'percent' | 'quantity';
  /** What the value was computed from, e.g. "1.234 dòng đơn của 567 đơn hàng". */
  source_vi: string;
  source_en: string;
}

/** Sales of one channel, cooperative or product in the period, after corrections. */
export interface ReportSales {
  key: string;
  name: string;
  orders: number;
  quantity: number;
  amount_vnd: number;
  /** Lines cancelled or returned in the period (not counted in `amount_vnd`). */
  corrected_lines: number;
}
