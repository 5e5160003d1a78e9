import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import type { AdminCooperativeAnswer, UpdateCooperativeBody } from '@nguongoc/contracts';
import { updateCooperativeWorkflow } from '#workflows/cooperative/update-cooperative';

/** GET /admin/cooperatives/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({
    cooperative: await cooperativeFor(req, req.params.id!),
  } satisfies AdminCooperativeAnswer);
}

/** POST /admin/cooperatives/:id: updates it and records the new version in its ledger. */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateCooperativeBody>,
  res: MedusaResponse,
): Promise<void> {
  const current = await cooperativeFor(req, req.params.id!);
  const { result: cooperative } = await updateCooperativeWorkflow(req.scope).run({
    input: { id: current.id, update: req.validatedBody },
  });
  res.json({ cooperative } satisfies AdminCooperativeAnswer);
}
