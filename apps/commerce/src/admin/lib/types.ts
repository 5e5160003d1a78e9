// The shapes of NguonGoc's admin API answers that the dashboard pages read.
import type { UpcomingReport } from '../../lib/pilot/report-period';

export interface AdminLot {
  id: string;
  code: string;
  locationId?: string;
  trace_url: string;
  labels_url: string;
}

export interface AdminLocation {
  id: string;
  name: string;
}

export interface StoryStep {
  eventId: string;
  time: string;
  title: string;
  details: string[];
}

export interface Reason {
  vi: string;
  en: string;
}

export interface LotDetail {
  story: Record<'vi' | 'en', { steps: StoryStep[] }>;
  verification: { ok: boolean; failures: { check: string; subject?: string; reason: Reason }[] };
}

export interface AdminCooperative {
  id: string;
  handle: string;
  name: string;
  tax_code: string;
  registration_number: string;
  commune_code: string;
  province_code: string;
  commune_label: Reason;
  address: string;
  contact_name: string;
  phone: string;
  email: string | null;
  trace_origin: string | null;
}

export interface AdministrativeUnit {
  code: string;
  name: string;
  name_en: string;
  full_name: string;
  full_name_en: string;
}

export type ExchangeId = 'postmart' | 'voso' | '37nghean';

export interface RuleFinding {
  severity: 'error' | 'warning';
  code: string;
  field: string;
  /** `Vietnamese / English`, prefixed with `[connectors] [exchange]`. */
  message: string;
}

export interface ChannelListing {
  product_id: string;
  sku: string;
  title: string;
  exchange: ExchangeId;
  ready: boolean;
  findings: RuleFinding[];
  status: string;
  listing_id: string | null;
  external_url: string | null;
  last_exported_at: string | null;
  stale: boolean;
}

export interface ChannelAccount {
  id: string;
  exchange: ExchangeId;
  shop_name: string;
  shop_url: string | null;
}

export interface CooperativeChannels {
  exchanges: { id: ExchangeId; name: string; rules_version: string }[];
  accounts: ChannelAccount[];
  listings: ChannelListing[];
}

export interface ChannelExport {
  workbook: { name: string; base64: string };
  archive: { name: string; base64: string };
  exported: string[];
  unchanged: string[];
  refused: { sku: string; findings: RuleFinding[] }[];
}

export interface ImportProblem {
  severity: 'error' | 'warning';
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface OrderImport {
  id: string;
  file_name: string;
  rows_read: number;
  rows_kept: number;
  lines_created: number;
  lines_updated: number;
  lines_unchanged: number;
  problems: ImportProblem[];
  created_at?: string;
}

// The pilot's answers, typed by the routes' own types (type-only: nothing of the server is bundled).
export type { SalesTotals as PilotTotals } from '../../modules/sales/pilot-queries';
/** GET /admin/pilot/indicators */
export type { PilotIndicators } from '../../lib/pilot/pilot-indicators';

/** One line of GET /admin/pilot/sales-lines */
export interface PilotSalesLine {
  id: string;
  channel: string;
  order_ref: string;
  cooperative_id: string;
  product_id: string | null;
  sku: string;
  quantity: number;
  net_quantity: number;
  amount_vnd: number;
  net_amount_vnd: number;
  status: string;
  ordered_at: string;
  buyer_commune_code: string | null;
}

/** GET /admin/pilot/reports/due */
export interface PilotDueReports {
  today: string;
  reports: UpcomingReport[];
}
