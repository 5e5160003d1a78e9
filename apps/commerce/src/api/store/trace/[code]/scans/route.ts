import { createHash } from 'node:crypto';
import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import type { ScanAnswer, ScanBody } from '@nguongoc/contracts';
import { normalizeShortCode } from '@nguongoc/trace-core';
import { findProvince } from '@nguongoc/vn-admin-units';
import { bothLanguages } from '@nguongoc/vn-locale';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { SALES_MODULE } from '#modules/sales/index';
import type SalesModuleService from '#modules/sales/service';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';
import { answerTooManyRequests } from '#api/_limits/too-many-requests';
import { spendScan } from './_scan-limits';

/**
 * POST /store/trace/:code/scans: records a scan of a lot's code, or of one of its printed unit
 * serials (`{ serial?, province? }`), and answers the cloned-code verdict that the trace page
 * shows (issue #22, ADR 036). A code no lot has, or a serial never printed, is a 404 and nothing
 * is stored; a province must be one of the 34 province codes. Each client address and each code
 * has a limit per window (429 with Retry-After). Only a hash of the user agent is kept with the
 * scan; the pilot's figures count the lot's cooperative's distinct scanners per day.
 */
export async function POST(req: MedusaRequest<ScanBody>, res: MedusaResponse): Promise<void> {
  const body = req.validatedBody;
  const code = req.params.code!;
  // One code however it is written (case, hyphens), so that spelling it differently is no way round.
  let canonical = code;
  try {
    canonical = normalizeShortCode(code);
  } catch {
    // Not a short code: refused below (400), after it counted.
  }
  const wait = await spendScan(req, body.serial ? `${canonical}/${body.serial}` : canonical);
  if (wait > 0) {
    answerTooManyRequests(res, 'scan_limited', wait, {
      vi: `Quá nhiều lượt quét, thử lại sau ${wait} giây`,
      en: `Too many scans, try again in ${wait} seconds`,
    });
    return;
  }
  if (body.province !== undefined && !findProvince(body.province)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      bothLanguages({
        vi: `province: ${body.province} không phải mã của tỉnh, thành phố nào`,
        en: `province: ${body.province} is no province's code`,
      }),
    );
  }
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const userAgent = req.headers['user-agent'] ?? '';
  const at = new Date();
  const verdict = await trace.recordScan(code, {
    at,
    ...(body.serial ? { serial: body.serial } : {}),
    ...(body.province ? { province: body.province } : {}),
    userAgentHash: createHash('sha256').update(userAgent).digest('hex').slice(0, 16),
  });
  try {
    await countForPilot(req, code, at, {
      address: req.ip ?? req.socket.remoteAddress ?? '',
      userAgent,
    });
  } catch (error) {
    // The buyer's trace page does not wait on a figure: the failure is logged, the scan stands.
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`[pilot] scan of ${code} not counted: ${(error as Error).message}`);
  }
  res.status(201).json({ verdict } satisfies ScanAnswer);
}

async function countForPilot(
  req: MedusaRequest,
  code: string,
  at: Date,
  scanner: { address: string; userAgent: string },
): Promise<void> {
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
    scanner,
  });
}
