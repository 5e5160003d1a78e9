import { MedusaError } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import type { Location, Organisation } from '@nguongoc/trace-core';
import { COOPERATIVE_MODULE } from '../../../modules/cooperative';
import type CooperativeModuleService from '../../../modules/cooperative/service';
import { TRACE_MODULE } from '../../../modules/trace';
import type TraceModuleService from '../../../modules/trace/service';
import {
  type PlaceFields,
  type PlaceOwner,
  householdOrganisation,
  newPlaceId,
  placeRecord,
} from '../place-record';

export interface PreparePlaceInput {
  owner: PlaceOwner & { id: string };
  /** For an update, the place's ID; for a registration, absent (a new ID) or the seed's own. */
  id?: string;
  /** True for an update: the place must exist in the owner's ledger. */
  update?: boolean;
  fields: PlaceFields;
}

export interface PreparedPlace {
  origin: string;
  place: Location;
  /** The organisations of the households it names, recorded before it if the ledger lacks them. */
  households: Organisation[];
}

/**
 * Builds a place's next ledger record, checking its commune, its households (this cooperative's)
 * and every field; an update starts from the current version, which must be the cooperative's
 * (404 otherwise, as if it did not exist). Writes nothing, so it needs no compensation.
 */
export const preparePlaceStep = createStep(
  'prepare-place-record',
  async (input: PreparePlaceInput, { container }) => {
    const trace = container.resolve<TraceModuleService>(TRACE_MODULE);
    const households = await container
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listHouseholds({ cooperative_id: input.owner.id });
    let current: Location | undefined;
    if (input.update) {
      current = input.id ? await trace.getRecord('location', input.id) : undefined;
      if (!current || current.organisationId !== input.owner.handle) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Không tìm thấy địa điểm ${input.id ?? ''} / place ${input.id ?? ''} not found`,
        );
      }
    }
    const id = input.id ?? newPlaceId(input.owner.handle, input.fields.name ?? '');
    if (!input.update && input.id === undefined && (await trace.getRecord('location', id))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Mã ${id} đã có / ID ${id} is taken`);
    }
    const place = placeRecord(input.owner, id, input.fields, households, current);
    const named = new Set(place.householdIds ?? []);
    const organisations = households
      .map((household) => householdOrganisation(input.owner.handle, household))
      .filter((organisation) => named.has(organisation.id));
    return new StepResponse<PreparedPlace>({
      origin: input.owner.trace_origin,
      place,
      households: organisations,
    });
  },
);
