import { z } from 'zod';
import { bilingualText, instant } from './_fields.js';

// The admin's commune e-commerce pilot page and its routes under /admin/pilot. The indicators
// themselves (GET /admin/pilot/indicators) are @nguongoc/pilot-report's `PilotIndicators`, the
// type of the function that computes them.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One order line behind a figure, as the sales ledger keeps it. */
export const pilotSalesLine = z.object({
  id: z.string(),
  /** `storefront` or an exchange, as stored. */
  channel: z.string(),
  order_ref: z.string(),
  cooperative_id: z.string(),
  product_id: z.string().nullable(),
  sku: z.string(),
  quantity: z.number(),
  /** What still counts after cancellation, returns and refunds. */
  net_quantity: z.number(),
  amount_vnd: z.number(),
  net_amount_vnd: z.number(),
  /** pending, confirmed, shipping, delivered, cancelled, returned (storefront: placed, …). */
  status: z.string(),
  ordered_at: instant,
  buyer_commune_code: z.string().nullable(),
});
export type PilotSalesLine = z.infer<typeof pilotSalesLine>;

/** GET /admin/pilot/sales-lines: a page of the lines, newest first, and how many match. */
export const pilotSalesLinesAnswer = z.object({
  lines: z.array(pilotSalesLine),
  count: z.number(),
  limit: z.number(),
  offset: z.number(),
});
export type PilotSalesLinesAnswer = z.infer<typeof pilotSalesLinesAnswer>;

/**
 * A producing household of a cooperative in the officer's commune, as the drill-down names it:
 * its head's name (published like the cooperative's, ADR 038) and its commune, never its phone.
 */
export const communeHousehold = z.object({
  id: z.string(),
  cooperative_id: z.string(),
  /** The head of the household (chủ hộ), the name it sells under. */
  head_name: z.string(),
  commune_code: z.string(),
  province_code: z.string(),
  /** The commune's name, then its province's, in Vietnamese and in English. */
  commune_label: bilingualText,
});
export type CommuneHousehold = z.infer<typeof communeHousehold>;

/** GET /commune/cooperatives/:id/households: by head's name; a cooperative of another commune: 404. */
export const communeHouseholdsAnswer = z.object({ households: z.array(communeHousehold) });
export type CommuneHouseholdsAnswer = z.infer<typeof communeHouseholdsAnswer>;

/** A report to the province that is due next, and the whole days left (0 on the last day). */
export const upcomingReport = z.object({
  kind: z.enum(['quarter', 'year']),
  year: z.number(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  due_by: day,
  days_left: z.number(),
});

/** GET /admin/pilot/reports/due */
export const pilotDueReportsAnswer = z.object({ today: day, reports: z.array(upcomingReport) });
export type PilotDueReportsAnswer = z.infer<typeof pilotDueReportsAnswer>;

/**
 * GET /admin/pilot/reports?format=xlsx|pdf: the report written through Medusa's File Module, and
 * where to download it (`filename` is the name to save it as).
 */
export const pilotReportFileAnswer = z.object({
  file: z.object({
    id: z.string(),
    url: z.string(),
    filename: z.string(),
    mime_type: z.string(),
  }),
});
export type PilotReportFileAnswer = z.infer<typeof pilotReportFileAnswer>;
export type PilotReportFile = PilotReportFileAnswer['file'];
