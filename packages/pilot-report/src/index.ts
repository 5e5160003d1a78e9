/**
 * @nguongoc/pilot-report: the commune e-commerce pilot's own rules, with no database and no
 * Medusa. Reporting periods (Decree 09/2019/NĐ-CP), the report's indicators from the figures the
 * backend reads, the XLSX and PDF writers, and what still counts of a storefront order.
 */
export type {
  AwaitingPayment,
  CatalogueFigures,
  Granularity,
  PilotIndicators,
  PilotScope,
  SalesFigures,
  SalesTotals,
} from './figures-types.js';
export { instantsOf, localToday } from './local-days.js';
export { reportFromIndicators } from './report-from-indicators.js';
export { renderPilotReportPdf } from './report-pdf.js';
export {
  type Quarter,
  type ReportKind,
  type ReportPeriod,
  type UpcomingReport,
  nextReports,
  reportPeriod,
} from './report-period.js';
export type { PilotReport, ReportIndicator, ReportSales } from './report-types.js';
export { renderPilotReportXlsx } from './report-xlsx.js';
export {
  AWAITING_PAYMENT_LABEL,
  COUNTED_ORDERS,
  COUNTED_ORDERS_NOTE,
  type OrderPayment,
  storefrontOrderPaid,
} from './counted-orders.js';
export { type OrderItemSold, storefrontNet } from './storefront-net.js';
