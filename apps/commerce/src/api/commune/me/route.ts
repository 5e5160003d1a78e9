import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { MeAnswer } from '@nguongoc/contracts';
import { officerOf } from '#api/_scope/caller';

/** GET /commune/me: the officer signed in and their commune. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ actor_type: 'commune_officer', officer: await officerOf(req) } satisfies MeAnswer);
}
