// The cooperative's places (/coop/places): what the places pages read, and the place form's
// fields turned into the backend's body. The backend checks everything; here only what a form
// cannot say in JSON (numbers typed with a decimal comma, "lat,lng" lines) is read and, when it
// cannot be read, refused with a message naming the field.
import type {
  CoopPlace,
  CoopPlaceAnswer,
  CoopPlacesAnswer,
  HouseholdsAnswer,
  PlaceKind,
  RegisterPlaceBody,
  SeasonBody,
  UpdatePlaceBody,
} from '@nguongoc/contracts';
import { type Message, bothLanguages } from '@nguongoc/vn-locale';
import { BackendError, backendJson } from './backend.server';
import { KIND_ORDER } from './place-kinds';
import type { SignedIn } from './session.server';

/** The cooperative's places, planting areas first (then farms, packing houses, warehouses). */
export async function listPlaces(request: Request, account: SignedIn): Promise<CoopPlace[]> {
  const { places } = await backendJson<CoopPlacesAnswer>(request, account, '/coop/places');
  return sortPlaces(places);
}

export function sortPlaces(places: CoopPlace[]): CoopPlace[] {
  return [...places].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'vi'),
  );
}

export function getPlace(request: Request, account: SignedIn, id: string) {
  return backendJson<CoopPlaceAnswer>(request, account, `/coop/places/${encodeURIComponent(id)}`);
}

/**
 * The cooperative's households to tick, or none when the account may not list them (a household
 * member: the backend answers 403, and such a member cannot register a place either).
 */
export async function listHouseholds(
  request: Request,
  account: SignedIn,
): Promise<{ id: string; head_name: string }[]> {
  try {
    const { households } = await backendJson<HouseholdsAnswer>(
      request,
      account,
      '/coop/households',
    );
    return households.map(({ id, head_name }) => ({ id, head_name }));
  } catch (error) {
    if (error instanceof BackendError && error.status === 403) return [];
    throw error;
  }
}

/** A season as the form holds it: text as typed. */
export interface SeasonValues {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  expected_yield_kg: string;
  actual_yield_kg: string;
}

/** The place form's values, as typed (what a refused form shows again). */
export interface PlaceValues {
  kind: string;
  name: string;
  commune_code: string;
  address: string;
  planting_area_code: string;
  area_hectares: string;
  crop: string;
  variety: string;
  latitude: string;
  longitude: string;
  boundary: string;
  household_ids: string[];
  seasons: SeasonValues[];
  new_season: SeasonValues;
}

const SEASON_FIELDS = [
  'id',
  'name',
  'starts_on',
  'ends_on',
  'expected_yield_kg',
  'actual_yield_kg',
] as const;

const emptySeason = (): SeasonValues => ({
  id: '',
  name: '',
  starts_on: '',
  ends_on: '',
  expected_yield_kg: '',
  actual_yield_kg: '',
});

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** A place's current version as form values (the edit form's start). */
export function placeValues(place: CoopPlace | undefined, communeCode = ''): PlaceValues {
  return {
    kind: place?.kind ?? 'planting-area',
    name: place?.name ?? '',
    commune_code: place?.commune_code ?? communeCode,
    address: text(place?.address),
    planting_area_code: text(place?.planting_area_code),
    area_hectares: text(place?.area_hectares),
    crop: text(place?.crop),
    variety: text(place?.variety),
    latitude: text(place?.point?.latitude),
    longitude: text(place?.point?.longitude),
    boundary: (place?.boundary ?? []).map((p) => `${p.latitude},${p.longitude}`).join('\n'),
    household_ids: (place?.households ?? []).flatMap((h) => (h.id ? [h.id] : [])),
    seasons: (place?.seasons ?? []).map((season) => ({
      id: season.id,
      name: season.name,
      starts_on: season.starts_on,
      ends_on: text(season.ends_on),
      expected_yield_kg: text(season.expected_yield_kg),
      actual_yield_kg: text(season.actual_yield_kg),
    })),
    new_season: emptySeason(),
  };
}

/** The values a posted place form holds. */
export function readPlaceForm(form: FormData): PlaceValues {
  const get = (name: string) => String(form.get(name) ?? '').trim();
  const seasons: SeasonValues[] = [];
  const count = Math.min(Number(get('season_count')) || 0, 200);
  for (let i = 0; i < count; i += 1) {
    const season = emptySeason();
    for (const field of SEASON_FIELDS) season[field] = get(`seasons.${i}.${field}`);
    seasons.push(season);
  }
  const newSeason = emptySeason();
  for (const field of SEASON_FIELDS) newSeason[field] = get(`new_season.${field}`);
  return {
    kind: get('kind'),
    name: get('name'),
    commune_code: get('commune_code'),
    address: get('address'),
    planting_area_code: get('planting_area_code').toUpperCase(),
    area_hectares: get('area_hectares'),
    crop: get('crop'),
    variety: get('variety'),
    latitude: get('latitude'),
    longitude: get('longitude'),
    boundary: String(form.get('boundary') ?? '').trim(),
    household_ids: form.getAll('household_ids').map(String),
    seasons,
    new_season: newSeason,
  };
}

/** A form value the page could not read: the message names the field in both languages. */
export class FormProblem extends Error {}

/** A number as people type it here: `1,5` or `1.5`; empty is undefined. */
export function readNumber(value: string, what: Message): number | undefined {
  if (value === '') return undefined;
  const normal = value.replace(/\s/g, '').replace(',', '.');
  const number = /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
  if (!Number.isFinite(number)) {
    throw new FormProblem(
      bothLanguages({
        vi: `${what.vi}: "${value}" không phải là số`,
        en: `${what.en}: "${value}" is not a number`,
      }),
    );
  }
  return number;
}

function readPoint(latitude: string, longitude: string, what: Message) {
  const lat = readNumber(latitude, { vi: `${what.vi} (vĩ độ)`, en: `${what.en} (latitude)` });
  const lng = readNumber(longitude, { vi: `${what.vi} (kinh độ)`, en: `${what.en} (longitude)` });
  if (lat === undefined && lng === undefined) return undefined;
  if (lat === undefined || lng === undefined) {
    throw new FormProblem(
      `${what.vi}: cần cả vĩ độ và kinh độ / ${what.en}: both latitude and longitude are needed`,
    );
  }
  return { latitude: lat, longitude: lng };
}

/** "lat,lng" (or "lat lng", "lat;lng") per line. */
function readBoundary(value: string) {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return undefined;
  return lines.map((line, index) => {
    const parts = line.split(/\s*[,;]\s*|\s+/);
    if (parts.length !== 2) {
      throw new FormProblem(
        `Ranh giới, dòng ${index + 1}: viết "vĩ độ,kinh độ" / boundary, line ${index + 1}: write "latitude,longitude"`,
      );
    }
    return readPoint(parts[0]!, parts[1]!, {
      vi: `Ranh giới dòng ${index + 1}`,
      en: `Boundary line ${index + 1}`,
    })!;
  });
}

function readSeason(values: SeasonValues): SeasonBody {
  const name = values.name || '?';
  const expected = readNumber(values.expected_yield_kg, {
    vi: `Vụ ${name}: sản lượng dự kiến`,
    en: `Season ${name}: expected yield`,
  });
  const actual = readNumber(values.actual_yield_kg, {
    vi: `Vụ ${name}: sản lượng thực tế`,
    en: `Season ${name}: actual yield`,
  });
  return {
    ...(values.id ? { id: values.id } : {}),
    name: values.name,
    starts_on: values.starts_on,
    ends_on: values.ends_on || null,
    expected_yield_kg: expected ?? null,
    actual_yield_kg: actual ?? null,
  };
}

/**
 * The body of an update (every field, an empty optional one cleared) from the form's values;
 * without `kind`. @throws FormProblem for a value that cannot be read.
 */
export function updateBody(values: PlaceValues): UpdatePlaceBody {
  const seasons = values.seasons.map(readSeason);
  const next = values.new_season;
  if (next.name || next.starts_on || next.expected_yield_kg || next.actual_yield_kg) {
    seasons.push(readSeason({ ...next, id: '' }));
  }
  return {
    name: values.name,
    commune_code: values.commune_code,
    address: values.address || null,
    planting_area_code: values.planting_area_code || null,
    area_hectares: readNumber(values.area_hectares, { vi: 'Diện tích', en: 'Area' }) ?? null,
    crop: values.crop || null,
    variety: values.variety || null,
    point: readPoint(values.latitude, values.longitude, { vi: 'Vị trí', en: 'Position' }) ?? null,
    boundary: readBoundary(values.boundary) ?? null,
    household_ids: values.household_ids,
    seasons,
  };
}

/** The body that registers a place: what the form holds, nulls left out. */
export function registerBody(values: PlaceValues): RegisterPlaceBody {
  const body = Object.fromEntries(
    Object.entries(updateBody(values)).filter(([, value]) => value !== null),
  );
  return { ...body, kind: values.kind as PlaceKind } as RegisterPlaceBody;
}
