import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import type { CoopPlace, CoopPlaceAnswer, PlaceKind } from '@nguongoc/contracts';
import type { Location } from '@nguongoc/trace-core';
import { callerOf } from '#api/_scope/caller';
import { cooperativeFor } from '#api/_scope/cooperative-scope';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';
import { householdOrganisationId } from '#workflows/place/place-record';

// What the /coop/places routes share: the signed-in member's cooperative with its ledger, and a
// place's ledger record as the API answers it (snake case, its households by the IDs that
// /coop/households lists).

/** The caller's cooperative and its ledger; 400 when it has none yet. */
export async function placeOwner(req: AuthenticatedMedusaRequest) {
  const cooperative = await cooperativeFor(req, undefined);
  if (!cooperative.trace_origin) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Hợp tác xã ${cooperative.name} chưa có sổ truy xuất / cooperative ${cooperative.name} has no trace ledger yet`,
    );
  }
  return {
    cooperative,
    owner: {
      id: cooperative.id,
      handle: cooperative.handle,
      trace_origin: cooperative.trace_origin,
    },
  };
}

/** Turns ledger records into answers, with the names of the households the caller may read. */
export async function placeAnswers(
  req: AuthenticatedMedusaRequest,
  cooperative: { id: string; handle: string },
) {
  const caller = await callerOf(req);
  const households = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listHouseholds({ cooperative_id: cooperative.id });
  const byOrganisation = new Map(
    households.map((household) => [
      householdOrganisationId(cooperative.handle, household.id),
      household,
    ]),
  );
  // A household member reads their own household's name, not the others' (personal data).
  const ownOnly = caller.kind === 'member' && caller.member.role === 'household';
  const readable = (id: string) =>
    !ownOnly || (caller.kind === 'member' && caller.member.household_id === id);
  return (place: Location): CoopPlace => ({
    id: place.id,
    kind: place.kind,
    name: place.name,
    commune_code: place.communeCode,
    ...(place.address !== undefined && { address: place.address }),
    ...(place.plantingAreaCode !== undefined && { planting_area_code: place.plantingAreaCode }),
    ...(place.areaHectares !== undefined && { area_hectares: place.areaHectares }),
    ...(place.crop !== undefined && { crop: place.crop }),
    ...(place.variety !== undefined && { variety: place.variety }),
    ...(place.coordinates !== undefined && { point: place.coordinates }),
    ...(place.boundary !== undefined && { boundary: place.boundary }),
    households: (place.householdIds ?? []).map((organisationId) => {
      const household = byOrganisation.get(organisationId);
      return {
        id: household?.id ?? null,
        organisation_id: organisationId,
        head_name: household && readable(household.id) ? household.head_name : null,
      };
    }),
    seasons: (place.seasons ?? []).map((season) => ({
      id: season.id,
      name: season.name,
      starts_on: season.startsOn,
      ...(season.endsOn !== undefined && { ends_on: season.endsOn }),
      ...(season.expectedYieldKg !== undefined && { expected_yield_kg: season.expectedYieldKg }),
      ...(season.actualYieldKg !== undefined && { actual_yield_kg: season.actualYieldKg }),
    })),
  });
}

/** A place of the caller's cooperative with every version, newest first; 404 if not theirs. */
export async function placeWithHistory(
  req: AuthenticatedMedusaRequest,
  id: string,
): Promise<CoopPlaceAnswer> {
  const { cooperative, owner } = await placeOwner(req);
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const versions = (await trace.recordVersions('location', id)).filter(
    (version) =>
      version.ledger === owner.trace_origin && version.record.organisationId === owner.handle,
  );
  const current = versions[0];
  if (!current) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy địa điểm ${id} / place ${id} not found`,
    );
  }
  const answer = await placeAnswers(req, cooperative);
  return {
    place: answer(current.record),
    versions: versions.map((version) => ({
      place: answer(version.record),
      leaf_index: version.leafIndex,
      recorded_at: version.recordedAt,
    })),
  };
}

/** The order places are listed in: by kind, then by name. */
export const KIND_ORDER: readonly PlaceKind[] = [
  'planting-area',
  'farm',
  'packing-house',
  'warehouse',
];
