import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { CoopPlaceAnswer, UpdatePlaceBody } from '@nguongoc/contracts';
import { clearLedgerRecordCache } from '#api/store-catalogue-cache';
import { updatePlaceWorkflow } from '#workflows/place/update-place';
import { placeOwner, placeWithHistory } from '../_place-answer';

/**
 * GET /coop/places/:id: a place of the member's cooperative, its current version and every
 * version before it (newest first), each with when a signed checkpoint first covered it. Another
 * cooperative's place is 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json((await placeWithHistory(req, req.params.id!)) satisfies CoopPlaceAnswer);
}

/**
 * POST /coop/places/:id: a new version of the place (`UpdatePlaceBody`: fields left out keep
 * their value, `null` clears one, `seasons` and `household_ids` replace their lists). The earlier
 * versions stay in the ledger. Managers and staff only.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdatePlaceBody>,
  res: MedusaResponse,
): Promise<void> {
  const { owner } = await placeOwner(req);
  await updatePlaceWorkflow(req.scope).run({
    input: { owner, id: req.params.id!, changes: req.validatedBody },
  });
  // The shop's origin answers read a planting area's code from it (ADR 039).
  await clearLedgerRecordCache(req.scope, { type: 'location', id: req.params.id! });
  res.json((await placeWithHistory(req, req.params.id!)) satisfies CoopPlaceAnswer);
}
