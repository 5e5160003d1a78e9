import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { CoopPlaceAnswer, CoopPlacesAnswer, RegisterPlaceBody } from '@nguongoc/contracts';
import { clearLedgerRecordCache } from '#api/store-catalogue-cache';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';
import { registerPlaceWorkflow } from '#workflows/place/register-place';
import { KIND_ORDER, placeAnswers, placeOwner, placeWithHistory } from './_place-answer';

/**
 * GET /coop/places: the current version of each place of the member's cooperative (farms,
 * planting areas with their code, packing houses, warehouses), by kind then name; `by_kind`
 * lists their IDs per kind.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { cooperative, owner } = await placeOwner(req);
  const locations = await req.scope
    .resolve<TraceModuleService>(TRACE_MODULE)
    .listLocations(owner.trace_origin);
  const answer = await placeAnswers(req, cooperative);
  const places = locations
    .filter((location) => location.organisationId === owner.handle)
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.name.localeCompare(b.name, 'vi'),
    )
    .map(answer);
  const byKind = {
    farm: [],
    'planting-area': [],
    'packing-house': [],
    warehouse: [],
  } as CoopPlacesAnswer['by_kind'];
  for (const place of places) byKind[place.kind].push(place.id);
  res.json({ places, by_kind: byKind } satisfies CoopPlacesAnswer);
}

/**
 * POST /coop/places: registers a place (`RegisterPlaceBody`): the first version of its ledger
 * record, ID `<cooperative handle>.<slug of its name>.<short id>`. Answers 201 with the place and
 * its one version. Managers and staff only.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<RegisterPlaceBody>,
  res: MedusaResponse,
): Promise<void> {
  const { owner } = await placeOwner(req);
  const { result: place } = await registerPlaceWorkflow(req.scope).run({
    input: { owner, place: req.validatedBody },
  });
  await clearLedgerRecordCache(req.scope, { type: 'location', id: place.id });
  res.status(201).json((await placeWithHistory(req, place.id)) satisfies CoopPlaceAnswer);
}
