import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { officerOf } from '#api/_scope/caller';
import { GET as publishedFigures } from '#api/store/communes/[code]/figures/route';

/**
 * GET /commune/open-data?year=: the officer's commune's open figures exactly as the public reads
 * them (`GET /store/communes/:code/figures`, CC BY 4.0), to check what is published in the
 * commune's name.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  req.params.code = (await officerOf(req)).commune_code;
  await publishedFigures(req, res);
}
