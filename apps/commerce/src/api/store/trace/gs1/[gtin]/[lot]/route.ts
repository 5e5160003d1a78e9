import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { StoreGs1LotAnswer } from '@nguongoc/contracts';
import { resolveGs1Lot } from './_gs1-lot';

/**
 * GET /store/trace/gs1/:gtin/:lot: the short code of the lot that a GS1 Digital Link label
 * names (`https://<host>/01/<gtin>/10/<lot>`), so that the storefront can show its trace page.
 * GTIN-13 or GTIN-14 (also 8 and 12); the lot number as printed (AI 10). A lot keeps its code,
 * so a found answer may be kept a while.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const code = await resolveGs1Lot(req.scope, req.params.gtin!, req.params.lot!);
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.json({ code } satisfies StoreGs1LotAnswer);
}
