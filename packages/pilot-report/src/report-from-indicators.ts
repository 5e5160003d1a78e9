import { EXCHANGE_IDS, type ExchangeId, exchangeFullName } from '@nguongoc/connectors/exchanges';
import { formatCount, formatVnd } from '@nguongoc/vn-locale';
import { AWAITING_PAYMENT_LABEL } from './counted-orders.js';
import type { PilotIndicators, SalesTotals } from './figures-types.js';
import type { Quarter, ReportKind } from './report-period.js';
import type { PilotReport, ReportIndicator, ReportSales } from './report-types.js';

/** A channel as the report names it: the storefront, or the exchange with its operator. */
const channelName = (channel: string) =>
  channel === 'storefront'
    ? 'Cửa hàng NguonGoc / NguonGoc store'
    : (EXCHANGE_IDS as readonly string[]).includes(channel)
      ? exchangeFullName(channel as ExchangeId)
      : channel;

const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;

/**
 * The quarterly or yearly report of a scope from its indicators: sixteen indicator rows, each
 * with the counts it comes from (Vietnamese and English), and the sales by channel, cooperative
 * and product, named. Only paid orders count; unpaid cash-on-delivery orders are one row of
 * their own (`awaiting_payment_amount`, ADR 033). Reads no clock: `generated_at` is the indicators'.
 * @param figures the indicators of the report's period (see `reportPeriod`), the catalogue as of
 *   when they were read.
 * @param due_by the last day to submit, from `reportPeriod`.
 * @example
 * const period = reportPeriod('quarter', 2026, 1);
 * reportFromIndicators(figures, 'quarter', 2026, 1, period.due_by).indicators[0].code; // 'cooperatives'
 */
export function reportFromIndicators(
  figures: PilotIndicators,
  kind: ReportKind,
  year: number,
  quarter: Quarter | undefined,
  due_by: string,
): PilotReport {
  const { catalogue, sales, names } = figures;
  const lines = (t: SalesTotals) =>
    `${formatCount(t.lines)} dòng đơn, ${formatCount(t.corrected_lines)} dòng huỷ/trả/hoàn tiền không tính`;
  const linesEn = (t: SalesTotals) =>
    `${formatCount(t.lines)} order lines, ${formatCount(t.corrected_lines)} cancelled/returned/refunded not counted`;
  const now = 'danh mục tại thời điểm lập báo cáo';
  const nowEn = 'the catalogue when the report was made';
  const exchanges = catalogue.by_exchange
    .map((e) => `${exchangeFullName(e.exchange)}: ${e.cooperatives} HTX, ${e.households} hộ`)
    .join('; ');
  const exchangesEn = catalogue.by_exchange
    .map(
      (e) => `${exchangeFullName(e.exchange)}: ${e.cooperatives} coop., ${e.households} households`,
    )
    .join('; ');
  const indicator = (
    code: string,
    label_vi: string,
    label_en: string,
    value: number,
    unit: ReportIndicator['unit'],
    source_vi: string,
    source_en: string,
  ): ReportIndicator => ({ code, label_vi, label_en, value, unit, source_vi, source_en });
  const indicators: ReportIndicator[] = [
    indicator(
      'cooperatives',
      'Số hợp tác xã tham gia',
      'Cooperatives taking part',
      catalogue.cooperatives,
      'count',
      now,
      nowEn,
    ),
    indicator(
      'cooperatives_on_exchanges',
      'Số hợp tác xã có gian hàng trên sàn TMĐT',
      'Cooperatives with a shop on an exchange',
      catalogue.on_exchanges.cooperatives,
      'count',
      exchanges,
      exchangesEn,
    ),
    indicator(
      'households',
      'Số hộ sản xuất đăng ký',
      'Producing households registered',
      catalogue.households,
      'count',
      now,
      nowEn,
    ),
    indicator(
      'households_on_exchanges',
      'Số hộ sản xuất có gian hàng trên sàn TMĐT',
      'Households with a shop on an exchange',
      catalogue.on_exchanges.households,
      'count',
      exchanges,
      exchangesEn,
    ),
    indicator(
      'households_on_exchanges_share',
      'Tỷ lệ hộ sản xuất bán trên sàn TMĐT',
      'Share of households selling on an exchange',
      percent(catalogue.on_exchanges.households, catalogue.households),
      'percent',
      `${catalogue.on_exchanges.households}/${catalogue.households} hộ`,
      `${catalogue.on_exchanges.households}/${catalogue.households} households`,
    ),
    indicator(
      'products',
      'Số sản phẩm đang bán',
      'Products on sale',
      catalogue.products.total,
      'count',
      now,
      nowEn,
    ),
    indicator(
      'traceable_products_share',
      'Tỷ lệ sản phẩm có truy xuất nguồn gốc',
      'Share of products with traceability',
      percent(catalogue.products.traceable, catalogue.products.total),
      'percent',
      `${catalogue.products.traceable}/${catalogue.products.total} sản phẩm có lô truy xuất`,
      `${catalogue.products.traceable}/${catalogue.products.total} products with a traced lot`,
    ),
    indicator(
      'ocop_products',
      'Số sản phẩm OCOP',
      'OCOP products',
      catalogue.products.ocop,
      'count',
      now,
      nowEn,
    ),
    indicator(
      'orders',
      'Số đơn hàng',
      'Orders',
      sales.totals.orders,
      'count',
      lines(sales.totals),
      linesEn(sales.totals),
    ),
    indicator(
      'sales_amount',
      'Doanh thu bán hàng (sau huỷ, trả, hoàn tiền)',
      'Sales (after cancellations, returns, refunds)',
      sales.totals.amount_vnd,
      'vnd',
      `${lines(sales.totals)}; đặt ${formatVnd(sales.totals.gross_amount_vnd)}`,
      `${linesEn(sales.totals)}; ordered ${formatVnd(sales.totals.gross_amount_vnd)}`,
    ),
    indicator(
      'awaiting_payment_amount',
      AWAITING_PAYMENT_LABEL.vi,
      AWAITING_PAYMENT_LABEL.en,
      sales.awaiting_payment.amount_vnd,
      'vnd',
      `${formatCount(sales.awaiting_payment.orders)} đơn COD chưa ghi nhận thu tiền, không tính ở các chỉ tiêu khác`,
      `${formatCount(sales.awaiting_payment.orders)} COD orders with no cash recorded, in no other indicator`,
    ),
    indicator(
      'exchange_sales_amount',
      'Doanh thu qua sàn TMĐT',
      'Sales through the exchanges',
      sales.by_channel
        .filter((c) => c.channel !== 'storefront')
        .reduce((sum, c) => sum + c.amount_vnd, 0),
      'vnd',
      `${sales.by_channel.filter((c) => c.channel !== 'storefront').length} sàn có đơn`,
      `${sales.by_channel.filter((c) => c.channel !== 'storefront').length} exchanges with orders`,
    ),
    indicator(
      'ocop_sales_amount',
      'Doanh thu sản phẩm OCOP',
      'Sales of OCOP products',
      sales.ocop.amount_vnd,
      'vnd',
      lines(sales.ocop),
      linesEn(sales.ocop),
    ),
    indicator(
      'traceable_sales_amount',
      'Doanh thu sản phẩm có truy xuất nguồn gốc',
      'Sales of traceable products',
      sales.traceable.amount_vnd,
      'vnd',
      lines(sales.traceable),
      linesEn(sales.traceable),
    ),
    indicator(
      'households_selling',
      'Số hộ sản xuất có đơn hàng',
      'Households with sales',
      sales.totals.households,
      'count',
      'dòng đơn có hộ sản xuất',
      'order lines naming a household',
    ),
    indicator(
      'trace_scans',
      'Lượt quét mã truy xuất',
      'Trace-page scans',
      sales.scans.total,
      'count',
      'lượt mở trang truy xuất /t/…',
      'openings of the trace page /t/…',
    ),
  ];
  const row = (key: string, name: string, t: SalesTotals): ReportSales => ({
    key,
    name,
    orders: t.orders,
    quantity: t.quantity,
    amount_vnd: t.amount_vnd,
    corrected_lines: t.corrected_lines,
  });
  return {
    kind,
    year,
    ...(kind === 'quarter' ? { quarter } : {}),
    period: { from: figures.period.from, to: figures.period.to },
    due_by,
    scope: {
      commune_code: figures.scope.commune_code,
      commune_name: figures.scope.commune_name,
      province_name: figures.scope.province_name,
    },
    generated_at: figures.generated_at,
    indicators,
    by_channel: sales.by_channel.map((c) => row(c.channel, channelName(c.channel), c)),
    by_cooperative: sales.by_cooperative.map((c) =>
      row(c.cooperative_id, names.cooperatives[c.cooperative_id] ?? c.cooperative_id, c),
    ),
    by_product: sales.by_product.map((p) =>
      row(p.product_id, names.products[p.product_id] ?? p.product_id, p),
    ),
  };
}
