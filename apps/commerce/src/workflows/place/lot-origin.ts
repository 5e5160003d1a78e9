import type { MedusaContainer } from '@medusajs/framework/types';
import { MedusaError } from '@medusajs/framework/utils';
import type { CreateLotBody } from '@nguongoc/contracts';
import type { Organisation } from '@nguongoc/trace-core';
import { COOPERATIVE_MODULE } from '../../modules/cooperative';
import type CooperativeModuleService from '../../modules/cooperative/service';
import { TRACE_MODULE } from '../../modules/trace';
import type TraceModuleService from '../../modules/trace/service';
import { householdOrganisation, householdOrganisationId } from './place-record';

/**
 * Where, by whom and in which season a new lot was grown, checked against the cooperative's
 * ledger: the place must be one of its `location` records, the household one of its households
 * (by the ID /coop/households lists or by its ledger organisation ID), the season one of the
 * place's. Each failure is a 400 naming the field, in Vietnamese and English.
 */
export async function lotOrigin(
  container: MedusaContainer,
  cooperative: { id: string; handle: string },
  body: Pick<CreateLotBody, 'location_id' | 'household_id' | 'season_id'>,
): Promise<{ locationId?: string; household?: Organisation; seasonId?: string }> {
  const problems: string[] = [];
  const trace = container.resolve<TraceModuleService>(TRACE_MODULE);
  let seasons: string[] = [];
  if (body.location_id) {
    const place = await trace.getRecord('location', body.location_id);
    if (!place || place.organisationId !== cooperative.handle) {
      problems.push(
        `location_id: "${body.location_id}" không phải địa điểm của hợp tác xã / is not a place of the cooperative`,
      );
    } else seasons = (place.seasons ?? []).map((season) => season.id);
  }
  let household: Organisation | undefined;
  if (body.household_id) {
    const households = await container
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listHouseholds({ cooperative_id: cooperative.id });
    const row = households.find(
      (candidate) =>
        candidate.id === body.household_id ||
        householdOrganisationId(cooperative.handle, candidate.id) === body.household_id,
    );
    if (!row) {
      problems.push(
        `household_id: "${body.household_id}" không phải hộ của hợp tác xã / is not a household of the cooperative`,
      );
    } else household = householdOrganisation(cooperative.handle, row);
  }
  if (body.season_id && !seasons.includes(body.season_id)) {
    problems.push(
      `season_id: "${body.season_id}" không phải vụ của địa điểm ${body.location_id ?? '(chưa chọn / none given)'} / is not a season of that place`,
    );
  }
  if (problems.length > 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join('; '));
  }
  return {
    ...(body.location_id ? { locationId: body.location_id } : {}),
    ...(household ? { household } : {}),
    ...(body.season_id ? { seasonId: body.season_id } : {}),
  };
}
