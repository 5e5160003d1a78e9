import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { PilotDueReportsAnswer } from '@nguongoc/contracts';
import { localToday, nextReports } from '@nguongoc/pilot-report';

/** GET /admin/pilot/reports/due: the next quarterly and yearly reports and the days left. */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const today = localToday();
  res.json({ today, reports: nextReports(today) } satisfies PilotDueReportsAnswer);
}
