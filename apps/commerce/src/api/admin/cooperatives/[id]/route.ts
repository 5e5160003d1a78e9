import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { cooperativeFor } from '../../../../lib/cooperative-scope';
import { organisationRecord } from '../../../../lib/trace-records';
import { COOPERATIVE_MODULE } from '../../../../modules/cooperative';
import type CooperativeModuleService from '../../../../modules/cooperative/service';
import { TRACE_MODULE } from '../../../../modules/trace';
import type TraceModuleService from '../../../../modules/trace/service';
import type { UpdateCooperativeBody } from '../../../validators';

/** GET /admin/cooperatives/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ cooperative: await cooperativeFor(req, req.params.id!) });
}

/** POST /admin/cooperatives/:id: updates it and records the new version in its ledger. */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateCooperativeBody>,
  res: MedusaResponse,
): Promise<void> {
  const current = await cooperativeFor(req, req.params.id!);
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const update = service.validateCooperative(req.validatedBody);
  const cooperative = await service.updateCooperatives({ id: current.id, ...update } as never);
  const updated = Array.isArray(cooperative) ? cooperative[0] : cooperative;
  if (updated.trace_origin) {
    await trace.registerOrganisation(updated.trace_origin, organisationRecord(updated));
  }
  res.json({ cooperative: updated });
}
