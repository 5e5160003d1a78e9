import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type {
  AdminCooperativeAnswer,
  AdminCooperativesAnswer,
  CreateCooperativeBody,
} from '@nguongoc/contracts';
import { communeLabel } from '@nguongoc/vn-admin-units';
import { callerOf } from '#api/_scope/caller';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { createCooperativeWorkflow } from '#workflows/cooperative/create-cooperative';

/**
 * GET /admin/cooperatives (the operator: every cooperative) and GET /commune/cooperatives (an
 * officer: their commune's), each with its commune's name (commune, province) in Vietnamese and
 * English.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const caller = await callerOf(req);
  const cooperatives = await service.listCooperatives(
    caller.kind === 'officer'
      ? { commune_code: caller.officer.commune_code }
      : caller.kind === 'member'
        ? { id: caller.member.cooperative_id }
        : {},
    { order: { name: 'ASC' } },
  );
  res.json({
    cooperatives: cooperatives.map((cooperative) => ({
      ...cooperative,
      commune_label: {
        vi: communeLabel(cooperative.commune_code, 'vi') ?? cooperative.commune_code,
        en: communeLabel(cooperative.commune_code, 'en') ?? cooperative.commune_code,
      },
    })),
  } satisfies AdminCooperativesAnswer);
}

/** POST /admin/cooperatives: the operator registers a cooperative and opens its trace ledger. */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateCooperativeBody>,
  res: MedusaResponse,
): Promise<void> {
  const { result: cooperative } = await createCooperativeWorkflow(req.scope).run({
    input: req.validatedBody,
  });
  res.status(201).json({ cooperative } satisfies AdminCooperativeAnswer);
}
