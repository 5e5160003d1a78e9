import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { HouseholdAnswer, HouseholdBody, HouseholdsAnswer } from '@nguongoc/contracts';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { CHANNEL_MODULE } from '#modules/channel/index';
import { createHouseholdWorkflow } from '#workflows/place/create-household';
import type ChannelModuleService from '#modules/channel/service';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';

/**
 * GET /admin/cooperatives/:id/households: the cooperative's producing households, each with its
 * own shops on the exchanges (`accounts`).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const households = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listHouseholds({ cooperative_id: cooperative.id }, { order: { head_name: 'ASC' } });
  const accounts =
    households.length === 0
      ? []
      : await req.scope
          .resolve<ChannelModuleService>(CHANNEL_MODULE)
          .listChannelAccounts({ household_id: households.map((h) => h.id) });
  res.json({
    households: households.map((household) => ({
      ...household,
      accounts: accounts.filter((account) => account.household_id === household.id),
    })),
  } satisfies HouseholdsAnswer);
}

/**
 * POST /admin/cooperatives/:id/households: registers a producing household of the cooperative
 * (`{ head_name, phone?, commune_code }`) and records it in the cooperative's ledger as an
 * organisation of kind `household` (`organisation_id`, `<handle>.hh.<ULID>`, ADR 038), which
 * places and lots name. A product names its producer in `metadata.household_id`; a household's
 * own shop on an exchange is a channel account.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<HouseholdBody>,
  res: MedusaResponse,
): Promise<void> {
  const cooperative = await cooperativeFor(req, req.params.id);
  const { result: household } = await createHouseholdWorkflow(req.scope).run({
    input: {
      cooperative: {
        id: cooperative.id,
        handle: cooperative.handle,
        trace_origin: cooperative.trace_origin,
      },
      household: req.validatedBody,
    },
  });
  res.status(201).json({ household } satisfies HouseholdAnswer);
}
