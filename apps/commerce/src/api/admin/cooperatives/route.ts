import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type {
  AdminCooperativeAnswer,
  AdminCooperativesAnswer,
  CreateCooperativeBody,
} from '@nguongoc/contracts';
import { communeLabel } from '@nguongoc/vn-admin-units';
import { cooperativeScope, userScope } from '#api/_scope/cooperative-scope';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { createCooperativeWorkflow } from '#workflows/cooperative/create-cooperative';

/**
 * GET /admin/cooperatives: every cooperative for the commune's administrator, a commune officer's
 * commune's, else one's own, each with its commune's name (commune, province) in Vietnamese and
 * English.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const scope = await userScope(req);
  const cooperatives = await service.listCooperatives(
    scope.cooperative_id
      ? { id: scope.cooperative_id }
      : scope.commune_code
        ? { commune_code: scope.commune_code }
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
  const { result: cooperative } = await createCooperativeWorkflow(req.scope).run({
    input: req.validatedBody,
  });
  res.status(201).json({ cooperative } satisfies AdminCooperativeAnswer);
}
