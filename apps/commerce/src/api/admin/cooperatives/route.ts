import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { cooperativeScope } from '../../../lib/cooperative-scope';
import { COOPERATIVE_MODULE } from '../../../modules/cooperative';
import type CooperativeModuleService from '../../../modules/cooperative/service';
import { TRACE_MODULE } from '../../../modules/trace';
import type TraceModuleService from '../../../modules/trace/service';
import { organisationRecord } from '../../../lib/trace-records';
import type { CreateCooperativeBody } from '../../validators';

/** GET /admin/cooperatives: every cooperative for the commune's administrator, else one's own. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const scope = await cooperativeScope(req);
  const cooperatives = await service.listCooperatives(scope ? { id: scope } : {}, {
    order: { name: 'ASC' },
  });
  res.json({ cooperatives });
}

/** POST /admin/cooperatives: registers a cooperative and opens its trace ledger. */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateCooperativeBody>,
  res: MedusaResponse,
): Promise<void> {
  if (await cooperativeScope(req)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      'Chỉ cán bộ xã mới thêm được hợp tác xã / only the commune administrator can add cooperatives',
    );
  }
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const input = service.validateCooperative(req.validatedBody);
  const origin = trace.ledgerOf(input.handle);
  const cooperative = await service.createCooperatives({ ...input, trace_origin: origin });
  await trace.registerOrganisation(origin, organisationRecord(cooperative));
  res.status(201).json({ cooperative });
}
