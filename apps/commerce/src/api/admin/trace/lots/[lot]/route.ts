import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { LotDetailAnswer } from '@nguongoc/contracts';
import { lotStory, verifyLotBundle } from '@nguongoc/trace-core';
import { lotFor } from './_lot-scope';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';

/**
 * GET /admin/trace/lots/:lot: the lot's bundle, its timeline in Vietnamese and English, and
 * the verification of that bundle against the ledger's own key.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { lot, origin } = await lotFor(req, req.params.lot!);
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const bundle = await trace.lotBundle(lot.id);
  res.json({
    bundle,
    story: { vi: lotStory(bundle, 'vi'), en: lotStory(bundle, 'en') },
    verification: verifyLotBundle(bundle, await trace.store.verifierKeys(origin)),
  } satisfies LotDetailAnswer);
}
