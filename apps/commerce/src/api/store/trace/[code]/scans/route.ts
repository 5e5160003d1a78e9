import { createHash } from 'node:crypto';
import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { TRACE_MODULE } from '../../../../../modules/trace';
import type TraceModuleService from '../../../../../modules/trace/service';
import type { ScanBody } from '../../../../validators';

/**
 * POST /store/trace/:code/scans: records a scan of a code (`{ serial?, province? }`) and answers
 * the cloned-code verdict that the trace page shows. Only a hash of the user agent is kept.
 */
export async function POST(req: MedusaRequest<ScanBody>, res: MedusaResponse): Promise<void> {
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const body = req.validatedBody;
  const userAgent = req.headers['user-agent'] ?? '';
  const verdict = await trace.recordScan(body.serial ?? req.params.code!, {
    ...(body.province ? { province: body.province } : {}),
    userAgentHash: createHash('sha256').update(userAgent).digest('hex').slice(0, 16),
  });
  res.status(201).json({ verdict });
}
