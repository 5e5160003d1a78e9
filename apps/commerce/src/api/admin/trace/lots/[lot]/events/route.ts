import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { FieldWorkAnswer, FieldWorkBody } from '@nguongoc/contracts';
import { lotFor } from '../_lot-scope';
import { clearStoreCache, traceLotsTag } from '#api/store-catalogue-cache';
import { TRACE_MODULE } from '#modules/trace/index';
import type { FieldWorkForm } from '#modules/trace/service';
import type TraceModuleService from '#modules/trace/service';

/**
 * POST /admin/trace/lots/:lot/events: records field work on a lot from a few human fields
 * (`kind`, `time`, `location_id`, `quantity`, `note`, the kind's own `details`, and for
 * processing the `inputs` it used: other lots of the same cooperative, by short code), then signs
 * a checkpoint so that the trace page shows it. A repeated submission records nothing new.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<FieldWorkBody>,
  res: MedusaResponse,
): Promise<void> {
  const { lot, origin } = await lotFor(req, req.params.lot!);
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const { kind, time, location_id, quantity, note, details, inputs } = req.validatedBody;
  // Who recorded the work is the audit trail's (ADR 031), never the public bundle's: a
  // `recordedBy` in the kind's details would publish a person's name on the trace page. Input
  // lots come only from `inputs`, which the trace module resolves within this ledger.
  const kindDetails = { ...details };
  delete kindDetails.recordedBy;
  delete kindDetails.inputs;
  const form = {
    ...kindDetails,
    kind,
    time,
    locationId: location_id,
    ...(quantity !== undefined ? { quantity } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(inputs !== undefined ? { inputs } : {}),
  } as FieldWorkForm;
  const appended = await trace.recordFieldWork(origin, lot.id, form);
  if (!appended.duplicate) await clearStoreCache(req.scope, [traceLotsTag(lot.productId)]);
  res.status(appended.duplicate ? 200 : 201).json({ event: appended } satisfies FieldWorkAnswer);
}
