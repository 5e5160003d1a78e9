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
  coordinates?: { latitude: number; longitude: number };
  gln?: string;
  address?: string;
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

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

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
        text(record.plantingAreaCode, field('plantingAreaCode'), /^[A-Z0-9][A-Z0-9.-]{0,39}$/, {
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

function coordinates(value: { latitude: number; longitude: number }, field: string): void {
  aobject(value, field);
  const { latitude, longitude } = value;
  if (typeof latitude !== 'number' || typeof longitude !== 'number')
    throw new TypeError(`${field}: expected numbers`);
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
    throw new RangeError(`${field}: latitude must be within ±90 and longitude within ±180`);
  }
}
