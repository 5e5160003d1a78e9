import { createHash } from 'node:crypto';
import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import type { ScanAnswer, ScanBody } from '@nguongoc/contracts';
import { normalizeShortCode } from '@nguongoc/trace-core';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { SALES_MODULE } from '#modules/sales/index';
import type SalesModuleService from '#modules/sales/service';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';

/**
 * POST /store/trace/:code/scans: records a scan of a code (`{ serial?, province? }`) and answers
 * the cloned-code verdict that the trace page shows. Only a hash of the user agent is kept. The
 * scan is also counted for the pilot's figures, by day and the lot's cooperative.
 */
export async function POST(req: MedusaRequest<ScanBody>, res: MedusaResponse): Promise<void> {
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const body = req.validatedBody;
  const userAgent = req.headers['user-agent'] ?? '';
  const at = new Date();
  const verdict = await trace.recordScan(body.serial ?? req.params.code!, {
    at,
    ...(body.province ? { province: body.province } : {}),
    userAgentHash: createHash('sha256').update(userAgent).digest('hex').slice(0, 16),
  });
  try {
    await countForPilot(req, req.params.code!, at);
  } catch (error) {
    // The buyer's trace page does not wait on a figure: the failure is logged, the scan stands.
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`[pilot] scan of ${req.params.code} not counted: ${(error as Error).message}`);
  }
  res.status(201).json({ verdict } satisfies ScanAnswer);
}

async function countForPilot(req: MedusaRequest, code: string, at: Date): Promise<void> {
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const lot = await trace.store.getRecord('lot', normalizeShortCode(code));
  if (!lot) return;
  const [cooperative] = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperatives({ handle: lot.organisationId });
  if (!cooperative) return;
  await req.scope.resolve<SalesModuleService>(SALES_MODULE).countScan({
    at,
    commune_code: cooperative.commune_code,
    province_code: cooperative.province_code,
    cooperative_id: cooperative.id,
  });
}
