import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { PrintedSerialsBody } from '@nguongoc/contracts';
import { lotFor } from '../_lot-scope';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';

/**
 * POST /admin/trace/lots/:lot/serials: records that the unit serials `from`..`to` (zero-padded
 * to `width` digits) were printed for the lot, as the label printer makes them. Scans of a unit
 * serial are accepted only when it was printed (issue #22, ADR 036): a copied label with a
 * made-up serial is a 404, not a clean first scan.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<PrintedSerialsBody>,
  res: MedusaResponse,
): Promise<void> {
  const { lot } = await lotFor(req, req.params.lot!);
  const { from, to, width } = req.validatedBody;
  await req.scope
    .resolve<TraceModuleService>(TRACE_MODULE)
    .recordPrintedSerials(lot.id, { from, to, width });
  res.status(201).json({ lot: lot.id, from, to, width });
}

/**
 * GET /admin/trace/lots/:lot/serials: the unit serial ranges printed for the lot, newest first,
 * and `next_serial`, the one after the highest printed (1 when none was): where the label page
 * starts the next sheet, so no serial is printed twice by accident.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { lot } = await lotFor(req, req.params.lot!);
  const { ranges, nextSerial } = await req.scope
    .resolve<TraceModuleService>(TRACE_MODULE)
    .store.printedSerials(lot.id);
  res.json({
    lot: lot.id,
    ranges: ranges.map((range) => ({
      first: range.from,
      last: range.to,
      width: range.width,
      printed_at: range.printedAt,
    })),
    next_serial: nextSerial,
  });
}
