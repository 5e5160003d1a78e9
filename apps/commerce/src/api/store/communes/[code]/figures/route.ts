import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { type CommuneFigures, salesChannel } from '@nguongoc/contracts';
import { COUNTED_ORDERS, localToday } from '@nguongoc/pilot-report';
import { findCommune, findProvince } from '@nguongoc/vn-admin-units';
import { communeFigures } from '../../_commune-figures';

/** The licence of the open figures: reuse freely, naming the source. */
export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * GET /store/communes/:code/figures?year=: the commune's open figures for a calendar year (to
 * date): sellers on each exchange, products with traceability and OCOP, sales per month and
 * channel after cancellations and returns, trace-page scans. Sales are of paid orders only; the
 * unpaid cash-on-delivery orders are a figure of their own, and the answer says so in words
 * (`counted_orders`, ADR 033). Aggregates only: no name, order,
 * buyer or household is in it. Built field by field, so nothing else can slip in.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const commune = findCommune(req.params.code!);
  const province = commune && findProvince(commune.provinceCode);
  if (!commune || !province) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không có xã mã "${req.params.code}" trong danh mục 2025 / no commune "${req.params.code}" in the 2025 units`,
    );
  }
  const today = localToday();
  const thisYear = Number(today.slice(0, 4));
  const year = req.query.year === undefined ? thisYear : Number(req.query.year);
  if (!Number.isInteger(year) || year < 2020 || year > thisYear) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `year: "${String(req.query.year)}" phải là năm từ 2020 đến ${thisYear} / must be a year from 2020 to ${thisYear}`,
    );
  }
  const generated_at = new Date().toISOString();
  const { catalogue, sales } = await communeFigures(
    req.scope,
    commune.code,
    `${year}-01-01`,
    year === thisYear ? today : `${year}-12-31`,
  );
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.json({
    commune: {
      code: commune.code,
      name: commune.fullName,
      province_code: commune.provinceCode,
      province_name: province.fullName,
    },
    year,
    generated_at,
    licence: OPEN_DATA_LICENCE,
    registration: {
      cooperatives: catalogue.cooperatives,
      households: catalogue.households,
      by_exchange: catalogue.by_exchange.map((e) => ({
        exchange: e.exchange,
        cooperatives: e.cooperatives,
        households: e.households,
      })),
    },
    products: {
      total: catalogue.products.total,
      traceable: catalogue.products.traceable,
      ocop: catalogue.products.ocop,
    },
    totals: {
      orders: sales.totals.orders,
      quantity: sales.totals.quantity,
      amount_vnd: sales.totals.amount_vnd,
      ocop_amount_vnd: sales.ocop.amount_vnd,
      traceable_amount_vnd: sales.traceable.amount_vnd,
    },
    counted_orders: { vi: COUNTED_ORDERS.vi, en: COUNTED_ORDERS.en },
    awaiting_payment: {
      orders: sales.awaiting_payment.orders,
      quantity: sales.awaiting_payment.quantity,
      amount_vnd: sales.awaiting_payment.amount_vnd,
    },
    months: sales.series.map((s) => ({
      month: s.period,
      // A channel the contract does not know is a broken ledger: a 500, not a broken page.
      channel: salesChannel.parse(s.channel),
      orders: s.orders,
      quantity: s.quantity,
      amount_vnd: s.amount_vnd,
    })),
    scans: sales.scans.series.map((s) => ({ month: s.period, scans: s.scans })),
  } satisfies CommuneFigures);
}
