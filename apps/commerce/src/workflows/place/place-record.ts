import { createHash } from 'node:crypto';
import { MedusaError } from '@medusajs/framework/utils';
import type { RegisterPlaceBody, SeasonBody, UpdatePlaceBody } from '@nguongoc/contracts';
import {
  type Location,
  type Organisation,
  RECORD_ID,
  type Season,
  TraceFormatError,
  generateShortCode,
  validateRecord,
} from '@nguongoc/trace-core';
import { findCommune } from '@nguongoc/vn-admin-units';
import { foldForSearch } from '@nguongoc/vn-locale';

// A place's ledger record (`location`) from what a cooperative's staff type, and the ledger
// organisation of a household (issue #23, ADR 038). Pure: the steps read and write.

/** The household of a cooperative as the cooperative module stores it. */
export interface HouseholdRow {
  id: string;
  head_name: string;
  commune_code: string;
}

/** The cooperative a place or a household belongs to: its handle names its records. */
export interface PlaceOwner {
  handle: string;
  trace_origin: string;
}

const MAX_ID = 64;

/** Lower case ASCII words joined by `-`: `Vùng trồng cam xóm 3` → `vung-trong-cam-xom-3`. */
export function slug(text: string): string {
  return foldForSearch(text).replaceAll(' ', '-');
}

/**
 * The ledger ID of a household's organisation: `<cooperative handle>.hh.<12 hex digits>`, the
 * first 48 bits of SHA-256 of its Medusa ID (`hh_<ULID>`). Stable (a household row's ID never
 * changes), unique across ledgers (record IDs are looked up without their ledger; the handle is
 * unique), within the 64 characters of a record ID (a handle past 48 characters is cut), and it
 * does not publish the backend's own ID, which the public bundle never carries (ADR 038).
 */
export function householdOrganisationId(handle: string, householdId: string): string {
  const digest = createHash('sha256').update(householdId).digest('hex').slice(0, 12);
  return `${handle.slice(0, MAX_ID - 16)}.hh.${digest}`;
}

/**
 * The ledger organisation of a household: its name (the head's, which the trace page shows as
 * who grew the lot) and commune; never its phone (personal data).
 */
export function householdOrganisation(handle: string, household: HouseholdRow): Organisation {
  return {
    type: 'organisation',
    id: householdOrganisationId(handle, household.id),
    kind: 'household',
    name: household.head_name,
    communeCode: household.commune_code,
  };
}

/**
 * A new place's ID: `<handle>.<slug of its name>.<6 characters of a short code>`, cut to 64; the
 * random tail keeps two places of the same name apart.
 */
export function newPlaceId(handle: string, name: string): string {
  const tail = generateShortCode().slice(0, 6).toLowerCase();
  const head = handle.slice(0, 40);
  const words = (slug(name) || 'place').slice(0, MAX_ID - head.length - tail.length - 2);
  return `${head}.${words}.${tail}`.replace(/-+\./g, '.');
}

const invalid = (problems: string[]) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, problems.join('; '));

/** The seasons' records: each keeps its ID; a new one gets `<slug of its name>` (or `-2`, `-3`). */
function seasonsOf(seasons: SeasonBody[]): Season[] {
  const taken = new Set(seasons.flatMap((season) => (season.id ? [season.id] : [])));
  return seasons.map((season) => {
    let id = season.id;
    if (!id) {
      const base = (slug(season.name) || 'vu').slice(0, 56);
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    return {
      id,
      name: season.name,
      startsOn: season.starts_on,
      ...(season.ends_on !== undefined && season.ends_on !== null
        ? { endsOn: season.ends_on }
        : {}),
      ...(typeof season.expected_yield_kg === 'number'
        ? { expectedYieldKg: season.expected_yield_kg }
        : {}),
      ...(typeof season.actual_yield_kg === 'number'
        ? { actualYieldKg: season.actual_yield_kg }
        : {}),
    };
  });
}

/** The body's fields of a place, over `current` for an update (`null` clears a field). */
export type PlaceFields = RegisterPlaceBody | (UpdatePlaceBody & { kind?: undefined });

/**
 * The place's ledger record: `fields` over `current` (an update) or alone (a registration), its
 * households' organisation IDs resolved from the cooperative's households.
 * @throws MedusaError INVALID_DATA naming each bad field, in Vietnamese and English.
 */
export function placeRecord(
  owner: PlaceOwner,
  id: string,
  fields: PlaceFields,
  households: HouseholdRow[],
  current?: Location,
): Location {
  const problems: string[] = [];
  if (!RECORD_ID.test(id)) {
    problems.push(`id: "${id}" không phải mã bản ghi hợp lệ / is not a valid record ID`);
  }
  const communeCode = fields.commune_code ?? current?.communeCode;
  if (communeCode === undefined || !findCommune(communeCode)) {
    problems.push(
      `commune_code: "${communeCode ?? ''}" không phải mã xã/phường sau sắp xếp 2025 / is not a commune code of the 2025 administrative units`,
    );
  }
  let householdIds = current?.householdIds;
  if (fields.household_ids !== undefined) {
    const ours = new Map(households.map((household) => [household.id, household]));
    const ledgerIds = new Map(
      households.map((household) => [
        householdOrganisationId(owner.handle, household.id),
        household,
      ]),
    );
    const unknown = fields.household_ids.filter(
      (given) => !ours.has(given) && !ledgerIds.has(given),
    );
    if (unknown.length > 0) {
      problems.push(
        `household_ids: ${unknown.join(', ')} không phải hộ của hợp tác xã này / are not households of this cooperative`,
      );
    }
    householdIds = [
      ...new Set(
        fields.household_ids.map((given) =>
          ours.has(given) ? householdOrganisationId(owner.handle, given) : given,
        ),
      ),
    ];
  }
  if (problems.length > 0) throw invalid(problems);

  // `undefined` keeps the current value, `null` clears it.
  const pick = <T>(given: T | null | undefined, kept: T | undefined): T | undefined =>
    given === null ? undefined : given !== undefined ? given : kept;
  const point = pick(fields.point, current?.coordinates);
  const optional = {
    address: pick(fields.address, current?.address),
    plantingAreaCode: pick(fields.planting_area_code, current?.plantingAreaCode),
    coordinates: point && { latitude: point.latitude, longitude: point.longitude },
    gln: current?.gln,
    areaHectares: pick(fields.area_hectares, current?.areaHectares),
    crop: pick(fields.crop, current?.crop),
    variety: pick(fields.variety, current?.variety),
    boundary: pick(fields.boundary, current?.boundary)?.map(({ latitude, longitude }) => ({
      latitude,
      longitude,
    })),
    householdIds: householdIds && householdIds.length > 0 ? householdIds : undefined,
    seasons: fields.seasons !== undefined ? seasonsOf(fields.seasons) : current?.seasons,
  };
  const record = {
    type: 'location',
    id,
    organisationId: owner.handle,
    kind: fields.kind ?? current!.kind,
    name: fields.name ?? current!.name,
    communeCode: communeCode!,
    // Absent, never undefined: the record is committed as canonical JSON.
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  } as Location;
  if (record.seasons?.length === 0) delete record.seasons;
  try {
    return validateRecord(record);
  } catch (error) {
    if (error instanceof TraceFormatError) {
      // Named as the body names it: `location.plantingAreaCode` → `planting_area_code`.
      const field = error.field
        .replace(/^location\./, '')
        .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      throw invalid([`${field}: ${error.messageVi} / ${error.message}`]);
    }
    throw error;
  }
}
