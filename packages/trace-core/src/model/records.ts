import { type Message, NET_UNITS, type NetUnit } from '@nguongoc/vn-locale';
import { aobject } from '../_assert.js';
import { keyFingerprint, parseVerifierKey } from '../checkpoint/note-keys.js';
import { TraceFormatError } from '../errors.js';
import { normalizeGtin } from '../gs1/gtin.js';

// Master data: who produces, what, where, and which lot. Each record is a plain JSON object with a
// `type` and an `id`, committed to the ledger as RFC 8785 canonical JSON (see ledger-entry.ts).

/** HTX = hợp tác xã (cooperative); hộ = household producer; cơ sở chế biến = processor. */
export type OrganisationKind = 'cooperative' | 'household' | 'processor';

export interface Organisation {
  type: 'organisation';
  id: string;
  kind: OrganisationKind;
  name: string;
  /** Mã số thuế (MST): 10 digits, 10 + "-" + 3 for a branch, or the 12-digit personal ID of a household business. */
  taxCode?: string;
  /** Số đăng ký hợp tác xã, the cooperative's registration number. */
  cooperativeRegistrationNumber?: string;
  /** Five-digit commune code of the 2025 administrative units (3,321 communes and wards). */
  communeCode: string;
  address?: string;
  phone?: string;
  /** GS1 Global Location Number, when the organisation has one. */
  gln?: string;
}

/** An OCOP rating (Chương trình Mỗi xã một sản phẩm): 3 to 5 stars, by a decision that expires. */
export interface OcopRating {
  stars: 3 | 4 | 5;
  /** Number of the provincial decision, e.g. "1234/QĐ-UBND". */
  decisionNumber: string;
  /** YYYY-MM-DD. */
  expiresOn: string;
}

export interface Product {
  type: 'product';
  id: string;
  organisationId: string;
  name: string;
  nameEn?: string;
  /** The cooperative's own stock-keeping unit; most small producers have no GTIN. */
  sku: string;
  /** GTIN, stored as 14 digits. */
  gtin?: string;
  ocop?: OcopRating;
  /**
   * UN/CEFACT Rec. 20 unit of the quantities recorded for it: GRM (g), KGM (kg), MLT (ml), LTR
   * (litre), H87 (piece), as vn-locale's NET_UNITS lists them.
   */
  unit: NetUnit;
}

/** Farm, planting area (vùng trồng), packing house (cơ sở đóng gói) or warehouse (kho). */
export type LocationKind = 'farm' | 'planting-area' | 'packing-house' | 'warehouse';

export interface Location {
  type: 'location';
  id: string;
  organisationId: string;
  kind: LocationKind;
  name: string;
  communeCode: string;
  /** Mã số vùng trồng: the planting-area code issued by the plant protection authority. */
  plantingAreaCode?: string;
  coordinates?: GeoPoint;
  gln?: string;
  address?: string;
  /** Cultivated area in hectares (> 0). */
  areaHectares?: number;
  /** What grows there (cây trồng), e.g. "Cam"; 1 to 100 characters. */
  crop?: string;
  /** The variety (giống), e.g. "Cam Xã Đoài"; 1 to 100 characters. */
  variety?: string;
  /**
   * The area's outline: 3 to 500 WGS 84 points in order, an open ring (the first point is not
   * repeated at the end; the ring closes back to it).
   */
  boundary?: GeoPoint[];
  /** The member households that farm it: IDs of organisation records of kind `household`. */
  householdIds?: string[];
  /** Its growing seasons (vụ), each with an ID unique within the place. */
  seasons?: Season[];
}

/** A WGS 84 position in decimal degrees. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** A growing season (vụ) of a place, with its expected and, once harvested, its actual yield. */
export interface Season {
  /** Unique within the place; a lot names it as `seasonId`. */
  id: string;
  /** e.g. "Vụ cam 2026"; 1 to 100 characters. */
  name: string;
  /** YYYY-MM-DD. */
  startsOn: string;
  /** YYYY-MM-DD, not before `startsOn`. */
  endsOn?: string;
  /** Kilograms, ≥ 0. */
  expectedYieldKg?: number;
  /** Kilograms, ≥ 0. */
  actualYieldKg?: number;
}

/** A lot (lô): one harvest or production batch of one product. */
export interface Lot {
  type: 'lot';
  /** Globally unique; the lot's short code when it has one, so that `/t/<id>` finds it. */
  id: string;
  /** The lot number printed on the label (GS1 AI 10 rules: 1 to 20 characters, no diacritics). */
  code: string;
  productId: string;
  organisationId: string;
  /** Where it was grown or made. */
  locationId?: string;
  /** The household (an organisation of kind `household`) that grew it. */
  householdId?: string;
  /** The season of its place (`Location.seasons[].id`) it was grown in. */
  seasonId?: string;
}

/**
 * A change of the ledger's signing key (ADR 035): from this entry on, checkpoints are signed by
 * `newKey`. It counts only when a checkpoint signed by `previousKey`, the key then current, ends
 * at this entry: the old key vouches for the new one. Its ID is `key-` and the new key's
 * fingerprint without spaces, so a key is introduced once.
 */
export interface KeyRotation {
  type: 'key-rotation';
  id: string;
  /** Verifier key (signed-note) current until this entry; named after the ledger's origin. */
  previousKey: string;
  /** Verifier key that signs from this entry on; the same name. */
  newKey: string;
  /** When the cooperative changed its key: ISO 8601 UTC, e.g. `2026-12-07T09:30:00.000Z`. */
  at: string;
}

export type MasterRecord = Organisation | Product | Location | Lot | KeyRotation;

/** The record ID of the rotation to `newKey`: `key-` and its fingerprint without spaces. */
export function keyRotationId(newKey: string): string {
  return `key-${keyFingerprint(newKey).replace(/ /g, '')}`;
}

/** What a record ID may be: letters, digits and `. _ : -`, up to 64, starting with a letter or digit. */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const ID = RECORD_ID;

/** Mã số vùng trồng as NguonGoc records it: upper-case letters, digits, `.` and `-`, up to 40. */
export const PLANTING_AREA_CODE = /^[A-Z0-9][A-Z0-9.-]{0,39}$/;

/**
 * Checks a master-data record and returns it with normalised identifiers (GTIN padded to 14).
 * @throws TypeError if it is not an object; TraceFormatError naming the first bad field.
 * @example validateRecord({ type: 'lot', id: '3KX9T2M7QAH', code: 'MO-2611', productId: 'p1', organisationId: 'o1' })
 */
export function validateRecord<T extends MasterRecord>(record: T): T {
  aobject(record, 'record');
  const field = (name: string) => `${record.type}.${name}`;
  text(record.id, field('id'), ID, {
    vi: 'chữ, số và . _ : - (tối đa 64)',
    en: 'letters, digits and . _ : - (up to 64)',
  });
  switch (record.type) {
    case 'organisation': {
      oneOf(record.kind, field('kind'), ['cooperative', 'household', 'processor']);
      name(record.name, field('name'));
      commune(record.communeCode, field('communeCode'));
      if (record.taxCode !== undefined) {
        text(record.taxCode, field('taxCode'), /^(\d{10}(-\d{3})?|\d{12})$/, {
          vi: 'mã số thuế 10 số, 10-3 số, hoặc số định danh 12 số',
          en: 'a tax code of 10 digits, 10-3 digits, or a 12-digit personal ID',
        });
      }
      if (record.gln !== undefined) return { ...record, gln: gln(record.gln, field('gln')) };
      return record;
    }
    case 'product': {
      name(record.name, field('name'));
      text(record.organisationId, field('organisationId'), ID, {
        vi: 'mã tổ chức',
        en: 'an organisation ID',
      });
      text(record.sku, field('sku'), /^[A-Za-z0-9._-]{1,40}$/, {
        vi: 'chữ không dấu, số, . _ - (tối đa 40)',
        en: 'letters without diacritics, digits, . _ - (up to 40)',
      });
      oneOf(record.unit, field('unit'), NET_UNITS);
      if (record.ocop !== undefined) ocop(record.ocop, field('ocop'));
      return record.gtin === undefined
        ? record
        : { ...record, gtin: normalizeGtin(record.gtin, field('gtin')) };
    }
    case 'location': {
      oneOf(record.kind, field('kind'), ['farm', 'planting-area', 'packing-house', 'warehouse']);
      name(record.name, field('name'));
      text(record.organisationId, field('organisationId'), ID, {
        vi: 'mã tổ chức',
        en: 'an organisation ID',
      });
      commune(record.communeCode, field('communeCode'));
      if (record.plantingAreaCode !== undefined) {
        text(record.plantingAreaCode, field('plantingAreaCode'), PLANTING_AREA_CODE, {
          vi: 'chữ in hoa, số, . và - (tối đa 40)',
          en: 'upper-case letters, digits, . and - (up to 40)',
        });
      }
      if (record.kind === 'planting-area' && record.plantingAreaCode === undefined) {
        throw new TraceFormatError('record.required', field('plantingAreaCode'), {
          vi: 'vùng trồng cần có mã số vùng trồng',
          en: 'a planting area needs its code',
        });
      }
      if (record.coordinates !== undefined) coordinates(record.coordinates, field('coordinates'));
      placeDetails(record, field);
      if (record.gln !== undefined) return { ...record, gln: gln(record.gln, field('gln')) };
      return record;
    }
    case 'lot':
      text(record.code, field('code'), /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/, {
        vi: 'số lô 1-20 ký tự, không dấu, không dấu cách (GS1 AI 10)',
        en: 'a lot number of 1 to 20 characters without diacritics or spaces (GS1 AI 10)',
      });
      text(record.productId, field('productId'), ID, { vi: 'mã sản phẩm', en: 'a product ID' });
      text(record.organisationId, field('organisationId'), ID, {
        vi: 'mã tổ chức',
        en: 'an organisation ID',
      });
      if (record.locationId !== undefined)
        text(record.locationId, field('locationId'), ID, {
          vi: 'mã địa điểm',
          en: 'a location ID',
        });
      if (record.householdId !== undefined)
        text(record.householdId, field('householdId'), ID, {
          vi: 'mã tổ chức của hộ sản xuất',
          en: 'the organisation ID of a household',
        });
      if (record.seasonId !== undefined)
        text(record.seasonId, field('seasonId'), ID, { vi: 'mã vụ', en: 'a season ID' });
      return record;
    case 'key-rotation': {
      const previous = parseVerifierKey(record.previousKey);
      const next = parseVerifierKey(record.newKey);
      if (previous.name !== next.name || record.previousKey === record.newKey) {
        throw new TraceFormatError('record.format', field('newKey'), {
          vi: 'khoá mới phải khác khoá cũ và mang cùng tên',
          en: 'the new key must differ from the previous one and carry the same name',
        });
      }
      if (record.id !== keyRotationId(record.newKey)) {
        throw new TraceFormatError('record.format', field('id'), {
          vi: `mã của lần đổi khoá phải là ${keyRotationId(record.newKey)}`,
          en: `the ID of a key rotation must be ${keyRotationId(record.newKey)}`,
        });
      }
      text(record.at, field('at'), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, {
        vi: 'thời điểm ISO 8601 UTC',
        en: 'an ISO 8601 UTC time',
      });
      isoDate(record.at.slice(0, 10), field('at'));
      return record;
    }
    default:
      throw new TraceFormatError('record.type', 'record.type', {
        vi: `loại bản ghi không xác định ${JSON.stringify((record as { type: unknown }).type)}`,
        en: `unknown record type ${JSON.stringify((record as { type: unknown }).type)}`,
      });
  }
}

/**
 * The planting details of a place (area, crop, variety, boundary, households, seasons). Their
 * wrong types are TraceFormatErrors too: they come from forms, and the form names the field.
 */
function placeDetails(record: Location, field: (name: string) => string): void {
  if (record.areaHectares !== undefined) {
    const area = record.areaHectares;
    if (typeof area !== 'number' || !Number.isFinite(area) || area <= 0 || area > 1_000_000) {
      throw new TraceFormatError('record.format', field('areaHectares'), {
        vi: `${JSON.stringify(area)} không phải diện tích hợp lệ: số ha lớn hơn 0`,
        en: `${JSON.stringify(area)} is not an area: a number of hectares above 0`,
      });
    }
  }
  if (record.crop !== undefined) label(record.crop, field('crop'));
  if (record.variety !== undefined) label(record.variety, field('variety'));
  if (record.boundary !== undefined) boundary(record.boundary, field('boundary'));
  if (record.householdIds !== undefined) {
    list(record.householdIds, field('householdIds'), 0, 500);
    record.householdIds.forEach((id, i) =>
      text(id, `${field('householdIds')}[${i}]`, ID, {
        vi: 'mã tổ chức của hộ sản xuất',
        en: 'the organisation ID of a household',
      }),
    );
    unique(record.householdIds, field('householdIds'));
  }
  if (record.seasons !== undefined) {
    list(record.seasons, field('seasons'), 0, 200);
    record.seasons.forEach((season, i) => seasonOf(season, `${field('seasons')}[${i}]`));
    unique(
      record.seasons.map((season) => season.id),
      field('seasons'),
    );
  }
}

function seasonOf(season: Season, field: string): void {
  if (typeof season !== 'object' || season === null || Array.isArray(season)) {
    throw new TraceFormatError('record.format', field, {
      vi: 'mỗi vụ là một đối tượng { id, name, startsOn }',
      en: 'each season is an object { id, name, startsOn }',
    });
  }
  text(season.id, `${field}.id`, ID, {
    vi: 'chữ, số và . _ : - (tối đa 64)',
    en: 'letters, digits and . _ : - (up to 64)',
  });
  label(season.name, `${field}.name`);
  isoDate(season.startsOn, `${field}.startsOn`);
  if (season.endsOn !== undefined) {
    isoDate(season.endsOn, `${field}.endsOn`);
    if (season.endsOn < season.startsOn) {
      throw new TraceFormatError('record.date', `${field}.endsOn`, {
        vi: `vụ kết thúc (${season.endsOn}) trước khi bắt đầu (${season.startsOn})`,
        en: `the season ends (${season.endsOn}) before it starts (${season.startsOn})`,
      });
    }
  }
  for (const name of ['expectedYieldKg', 'actualYieldKg'] as const) {
    const value = season[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new TraceFormatError('record.format', `${field}.${name}`, {
        vi: `${JSON.stringify(value)} không phải sản lượng hợp lệ: số kg từ 0 trở lên`,
        en: `${JSON.stringify(value)} is not a yield: a number of kilograms, 0 or more`,
      });
    }
  }
}

function boundary(points: GeoPoint[], field: string): void {
  list(points, field, 3, 500);
  points.forEach((point, i) => {
    const { latitude, longitude } = (point ?? {}) as Partial<GeoPoint>;
    if (
      typeof latitude !== 'number' ||
      typeof longitude !== 'number' ||
      !(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)
    ) {
      throw new TraceFormatError('record.format', `${field}[${i}]`, {
        vi: 'mỗi điểm là { latitude, longitude }: vĩ độ trong ±90, kinh độ trong ±180',
        en: 'each point is { latitude, longitude }: latitude within ±90, longitude within ±180',
      });
    }
  });
  const first = points[0]!;
  const last = points.at(-1)!;
  if (first.latitude === last.latitude && first.longitude === last.longitude) {
    throw new TraceFormatError('record.format', field, {
      vi: 'ranh giới là vòng mở: không lặp lại điểm đầu ở cuối',
      en: 'the boundary is an open ring: do not repeat the first point at the end',
    });
  }
}

function list(value: unknown, field: string, min: number, max: number): void {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    throw new TraceFormatError('record.format', field, {
      vi: `phải là danh sách từ ${min} đến ${max} phần tử`,
      en: `must be a list of ${min} to ${max} items`,
    });
  }
}

function unique(values: string[], field: string): void {
  const twice = values.find((value, i) => values.indexOf(value) !== i);
  if (twice !== undefined) {
    throw new TraceFormatError('record.duplicate', field, {
      vi: `${JSON.stringify(twice)} xuất hiện hai lần`,
      en: `${JSON.stringify(twice)} appears twice`,
    });
  }
}

/** A short text of 1 to 100 characters (crop, variety, season name). */
function label(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 100) {
    throw new TraceFormatError('record.name', field, {
      vi: 'phải có từ 1 đến 100 ký tự',
      en: 'must have 1 to 100 characters',
    });
  }
}

function text(value: unknown, field: string, pattern: RegExp, expected: Message): void {
  if (typeof value !== 'string')
    throw new TypeError(`${field}: expected string, got ${typeof value}`);
  if (!pattern.test(value)) {
    throw new TraceFormatError('record.format', field, {
      vi: `${JSON.stringify(value)} không đúng định dạng: ${expected.vi}`,
      en: `${JSON.stringify(value)} is not ${expected.en}`,
    });
  }
}

function name(value: unknown, field: string): void {
  if (typeof value !== 'string')
    throw new TypeError(`${field}: expected string, got ${typeof value}`);
  if (value.trim() === '' || value.length > 200) {
    throw new TraceFormatError('record.name', field, {
      vi: 'phải có từ 1 đến 200 ký tự',
      en: 'must have 1 to 200 characters',
    });
  }
}

function commune(value: unknown, field: string): void {
  text(value, field, /^\d{5}$/, {
    vi: 'mã xã 5 chữ số (đơn vị hành chính 2025)',
    en: 'a five-digit commune code (2025 administrative units)',
  });
}

function gln(value: string, field: string): string {
  text(value, field, /^\d{13}$/, { vi: 'GLN 13 chữ số', en: 'a 13-digit GLN' });
  return normalizeGtin(value, field).slice(1); // same mod-10 check digit as a GTIN-13
}

function oneOf(value: unknown, field: string, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new TraceFormatError('record.enum', field, {
      vi: `phải là một trong ${allowed.join(', ')}`,
      en: `must be one of ${allowed.join(', ')}`,
    });
  }
}

function ocop(value: OcopRating, field: string): void {
  aobject(value, field);
  if (value.stars !== 3 && value.stars !== 4 && value.stars !== 5) {
    throw new TraceFormatError('record.ocop_stars', `${field}.stars`, {
      vi: 'hạng OCOP được công bố là 3, 4 hoặc 5 sao',
      en: 'OCOP ratings that may be advertised are 3, 4 or 5 stars',
    });
  }
  name(value.decisionNumber, `${field}.decisionNumber`);
  isoDate(value.expiresOn, `${field}.expiresOn`);
}

/** A calendar date YYYY-MM-DD that exists. */
export function isoDate(value: unknown, field: string): string {
  text(value, field, /^\d{4}-\d{2}-\d{2}$/, {
    vi: 'ngày dạng YYYY-MM-DD',
    en: 'a date YYYY-MM-DD',
  });
  const date = new Date(`${value as string}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new TraceFormatError('record.date', field, {
      vi: `${JSON.stringify(value)} không phải ngày hợp lệ`,
      en: `${JSON.stringify(value)} is not a calendar date`,
    });
  }
  return value as string;
}

function coordinates(value: GeoPoint, field: string): void {
  aobject(value, field);
  const { latitude, longitude } = value;
  if (typeof latitude !== 'number' || typeof longitude !== 'number')
    throw new TypeError(`${field}: expected numbers`);
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
    throw new RangeError(`${field}: latitude must be within ±90 and longitude within ±180`);
  }
}
