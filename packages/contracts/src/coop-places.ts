import { PLANTING_AREA_CODE, RECORD_ID } from '@nguongoc/trace-core';
import { z } from 'zod';
import { between, listOf, matching, oneOf, positive, text } from './_body-fields.js';

// A cooperative's places in its ledger (issue #23): farms, planting areas (vùng trồng) with their
// code (mã số vùng trồng), packing houses and warehouses, with their area, crop, variety, outline,
// member households and seasons (vụ). Every change is a new version of the ledger's `location`
// record; /coop/places and /coop/places/:id. Messages are Vietnamese / English (ADR 028).

/** The kinds of place, as trace-core's `LocationKind`. */
export const PLACE_KINDS = ['farm', 'planting-area', 'packing-house', 'warehouse'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

// Every field is a `custom` check with one message in both languages that names it
// (_body-fields.ts): Medusa's body validator words `enum`, `min` and `max` issues in English.

const point = z.object({
  latitude: between('latitude', -90, 90),
  longitude: between('longitude', -180, 180),
});
export type GeoPointBody = z.infer<typeof point>;

/** A text of 1 to `max` characters, stored without the spaces around it. */
const label = (name: string, max: number) => text(name, max).transform((value) => value.trim());

const date = (name: string) =>
  matching(name, /^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD', 'a date as YYYY-MM-DD');

const kilograms = (name: string) => between(name, 0, 1e9);

/** A season (vụ): without `id` a new one, whose ID the backend makes from its name. */
export const seasonBody = z.object({
  id: matching(
    'seasons[].id',
    RECORD_ID,
    'mã vụ gồm chữ, số, . _ : - (tối đa 64)',
    'a season ID of letters, digits, . _ : - (up to 64)',
  ).optional(),
  name: label('seasons[].name', 100),
  starts_on: date('seasons[].starts_on'),
  ends_on: date('seasons[].ends_on').nullish(),
  expected_yield_kg: kilograms('seasons[].expected_yield_kg').nullish(),
  actual_yield_kg: kilograms('seasons[].actual_yield_kg').nullish(),
});
export type SeasonBody = z.infer<typeof seasonBody>;

/** What a place may say besides its kind: each optional field may be `null` in an update to clear it. */
const placeFields = {
  name: label('name', 200),
  /** Five digits of the 2025 administrative units; checked against @nguongoc/vn-admin-units. */
  commune_code: matching('commune_code', /^\d{5}$/, 'mã xã 5 chữ số', 'a five-digit commune code'),
  address: label('address', 300).nullish(),
  /** Mã số vùng trồng; required for a planting area. */
  planting_area_code: matching(
    'planting_area_code',
    PLANTING_AREA_CODE,
    'mã số vùng trồng gồm chữ in hoa, số, . và - (tối đa 40)',
    'the planting area code has upper-case letters, digits, . and - (up to 40)',
  ).nullish(),
  area_hectares: positive('area_hectares', 1_000_000).nullish(),
  crop: label('crop', 100).nullish(),
  variety: label('variety', 100).nullish(),
  point: point.nullish(),
  /** 3 to 500 points in order, an open ring: the first point is not repeated at the end. */
  boundary: listOf(
    'boundary',
    point,
    3,
    500,
    'ranh giới 3 đến 500 điểm',
    '3 to 500 points',
  ).nullish(),
  /** Households of this cooperative (their IDs as /coop/households lists them). */
  household_ids: listOf(
    'household_ids',
    text('household_ids[]', 64),
    0,
    500,
    'tối đa 500 hộ',
    'at most 500 households',
  ).optional(),
  /** The whole list: an update replaces it, so send the seasons to keep with their `id`. */
  seasons: listOf('seasons', seasonBody, 0, 200, 'tối đa 200 vụ', 'at most 200 seasons').optional(),
};

const needsCode = (body: { kind?: PlaceKind; planting_area_code?: string | null | undefined }) =>
  body.kind !== 'planting-area' || Boolean(body.planting_area_code);
const codeRequired = {
  path: ['planting_area_code'],
  message:
    'planting_area_code: vùng trồng cần có mã số vùng trồng / a planting area needs its planting area code',
};

/** POST /coop/places: registers a place. */
export const registerPlaceBody = z
  .object({ kind: oneOf('kind', PLACE_KINDS), ...placeFields })
  .refine(needsCode, codeRequired);
export type RegisterPlaceBody = z.infer<typeof registerPlaceBody>;

/**
 * POST /coop/places/:id: a new version of the place. Fields left out keep their value, `null`
 * clears an optional one; `seasons` and `household_ids`, when given, replace the lists. The kind
 * never changes.
 */
export const updatePlaceBody = z.object(placeFields).partial();
export type UpdatePlaceBody = z.infer<typeof updatePlaceBody>;

/** A season as the API answers it. */
export const coopSeason = z.object({
  id: z.string(),
  name: z.string(),
  starts_on: z.string(),
  ends_on: z.string().optional(),
  expected_yield_kg: z.number().optional(),
  actual_yield_kg: z.number().optional(),
});
export type CoopSeason = z.infer<typeof coopSeason>;

/** A place as the API answers it: the current version of its ledger record, in snake case. */
export const coopPlace = z.object({
  /** The ledger record's ID (`<cooperative handle>.<slug>.<short id>`): what a lot names. */
  id: z.string(),
  kind: z.enum(PLACE_KINDS),
  name: z.string(),
  commune_code: z.string(),
  address: z.string().optional(),
  planting_area_code: z.string().optional(),
  area_hectares: z.number().optional(),
  crop: z.string().optional(),
  variety: z.string().optional(),
  point: point.optional(),
  boundary: z.array(point).optional(),
  /**
   * Its member households: `id` as /coop/households lists them, `organisation_id` the ledger's
   * (`<cooperative handle>.hh.<ULID>`), `head_name` when the cooperative still has the household.
   */
  households: z.array(
    z.object({
      id: z.string().nullable(),
      organisation_id: z.string(),
      head_name: z.string().nullable(),
    }),
  ),
  seasons: z.array(coopSeason),
});
export type CoopPlace = z.infer<typeof coopPlace>;

/** GET /coop/places: the current version of each place, grouped by kind, each list by name. */
export const coopPlacesAnswer = z.object({
  places: z.array(coopPlace),
  by_kind: z.object({
    farm: z.array(z.string()),
    'planting-area': z.array(z.string()),
    'packing-house': z.array(z.string()),
    warehouse: z.array(z.string()),
  }),
});
export type CoopPlacesAnswer = z.infer<typeof coopPlacesAnswer>;

/** One version of a place: its ledger position, and when a signed checkpoint first covered it. */
export const coopPlaceVersion = z.object({
  place: coopPlace,
  leaf_index: z.number(),
  /** ISO 8601 UTC; null until a checkpoint covers it. */
  recorded_at: z.string().nullable(),
});
export type CoopPlaceVersion = z.infer<typeof coopPlaceVersion>;

/**
 * GET /coop/places/:id, and the answer of POST /coop/places (201) and POST /coop/places/:id: the
 * current version and every version, newest first (the first is the current one).
 */
export const coopPlaceAnswer = z.object({
  place: coopPlace,
  versions: z.array(coopPlaceVersion),
});
export type CoopPlaceAnswer = z.infer<typeof coopPlaceAnswer>;
