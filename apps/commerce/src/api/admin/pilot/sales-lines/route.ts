import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { PilotSalesLinesAnswer } from '@nguongoc/contracts';
import { instantsOf } from '@nguongoc/pilot-report';
import { periodQuery } from '../_period-query';
import { listSalesLines } from '../_sales-lines';
import { pilotScope } from '../_scope';

const TEXT_FILTERS = ['channel', 'cooperative_id', 'product_id', 'household_id'] as const;
const FLAG_FILTERS = ['traceable'] as const;

/**
 * GET /admin/pilot/sales-lines: the order lines behind a figure of /admin/pilot/indicators, newest
 * first. The same `commune_code`, `from` and `to`, narrowed by `channel`, `cooperative_id`,
 * `product_id`, `household_id`, `ocop` and `traceable` (`true`/`false`); `limit`, `offset`.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const text = (key: string) =>
    typeof req.query[key] === 'string' && req.query[key] !== '' ? req.query[key] : undefined;
  const { from, to } = periodQuery(req.query);
  const scope = await pilotScope(req, text('commune_code'));
  const asked = text('cooperative_id');
  if (scope.cooperative_id && asked && asked !== scope.cooperative_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy hợp tác xã ${asked} / cooperative ${asked} not found`,
    );
  }
  const instants = instantsOf(from, to);
  const filters: Record<string, unknown> = {
    ordered_at: { $gte: instants.from, $lt: instants.before },
  };
  if (scope.commune_code) filters.commune_code = scope.commune_code;
  if (scope.cooperative_id) filters.cooperative_id = scope.cooperative_id;
  for (const key of TEXT_FILTERS) if (text(key)) filters[key] = text(key);
  for (const key of [...FLAG_FILTERS, 'ocop'] as const) {
    const value = text(key);
    if (value === undefined) continue;
    if (value !== 'true' && value !== 'false') {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${key}: "${value}" phải là true hoặc false / must be true or false`,
      );
    }
    if (key === 'ocop') filters.ocop_stars = value === 'true' ? { $ne: null } : null;
    else filters[key] = value === 'true';
  }
  const take = Math.min(Math.max(Number(req.query.limit) || 50, 1), 500);
  const skip = Math.max(Number(req.query.offset) || 0, 0);
  const [lines, count] = await listSalesLines(req.scope, filters, { take, skip });
  res.json({
    lines: lines.map((line) => ({ ...line, ordered_at: line.ordered_at.toISOString() })),
    count,
    limit: take,
    offset: skip,
  } satisfies PilotSalesLinesAnswer);
}
