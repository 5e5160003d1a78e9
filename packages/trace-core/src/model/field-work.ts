import { VIETNAM_OFFSET, toVietnamIso } from '@nguongoc/vn-locale';
import { aobject, astring } from '../_assert.js';
import { epcisEventHash } from '../epcis/event-hash.js';
import { TraceFormatError } from '../errors.js';
import { encodeAiValue } from '../gs1/_ai-values.js';
import { type EpcisEvent, NGUONGOC_CONTEXT, NGUONGOC_NAMESPACE } from './epcis-context.js';
import { type Location, type Lot, type Product, isoDate } from './records.js';

/**
 * What cooperative staff record, in their words: gieo trồng (sowing), bón phân (fertilising),
 * phun thuốc (spraying), thu hoạch (harvest), chế biến (processing), đóng gói (packing),
 * chứng nhận (certification), vận chuyển (shipping).
 */
export type FieldWorkKind =
  | 'sowing'
  | 'fertilising'
  | 'spraying'
  | 'harvest'
  | 'processing'
  | 'packing'
  | 'certification'
  | 'shipping';

/** A certificate such as VietGAP or organic (hữu cơ). */
export interface Certificate {
  scheme: string;
  number: string;
  issuer?: string;
  /** YYYY-MM-DD. */
  validUntil?: string;
}

interface FieldWorkCommon {
  product: Product;
  lot: Lot;
  /** Where it happened. */
  location: Location;
  /** ISO 8601 with an offset, a local time `YYYY-MM-DDTHH:mm` taken as Vietnam time, or a Date. */
  time: string | Date;
  /** In the product's unit. */
  quantity?: number;
  note?: string;
  recordedBy?: string;
}

export type FieldWorkInput = FieldWorkCommon &
  (
    | { kind: 'sowing'; variety?: string; seedSource?: string }
    | { kind: 'fertilising'; fertiliser: string; amount?: string }
    | {
        kind: 'spraying';
        pesticide: string;
        activeIngredient?: string;
        dose?: string;
        preHarvestIntervalDays: number;
      }
    | { kind: 'harvest'; expiresOn?: string; certificate?: Certificate }
    | {
        kind: 'processing';
        method: string;
        inputs?: { product: Product; lot: Lot; quantity?: number }[];
      }
    | { kind: 'packing'; packageCount?: number; packageSize?: string; parentId?: string }
    | { kind: 'certification'; certificate: Certificate }
    | { kind: 'shipping'; destination?: string; orderId?: string; carrier?: string }
  );

const NG = 'ng:';

/**
 * Builds a correct EPCIS 2.0 event from a few human fields. The CBV words are used for what CBV
 * defines (harvest = ObjectEvent ADD `commissioning`, `packing`, `inspecting`, `shipping`); field
 * work CBV has no word for gets a NguonGoc business step and `ng:` extension fields. The event
 * time is written in Vietnam time (+07:00), and `eventID` is the event's CBV 2.0 hash ID.
 *
 * @throws TypeError / TraceFormatError naming the field that is missing or malformed.
 * @example buildFieldEvent({ kind: 'harvest', product, lot, location, time: '2026-11-20T07:30', quantity: 120 })
 */
export function buildFieldEvent(input: FieldWorkInput): EpcisEvent {
  aobject(input, 'input');
  const { product, lot, location } = input;
  const lotClass = lotClassUri(product, lot);
  const quantityElement = quantityOf(lotClass, input.quantity, product.unit);
  const common: Record<string, unknown> = {
    eventTime: vietnamTime(input.time),
    eventTimeZoneOffset: VIETNAM_OFFSET,
  };
  const where = {
    readPoint: { id: locationUri(location) },
    bizLocation: { id: locationUri(location) },
  };
  const extra: Record<string, unknown> = { [`${NG}fieldWork`]: input.kind };
  if (input.note !== undefined) extra[`${NG}note`] = nonEmpty(input.note, 'input.note');
  if (input.recordedBy !== undefined)
    extra[`${NG}recordedBy`] = nonEmpty(input.recordedBy, 'input.recordedBy');

  let event: Record<string, unknown>;
  switch (input.kind) {
    case 'sowing':
    case 'fertilising':
    case 'spraying':
      event = {
        type: 'ObjectEvent',
        ...common,
        quantityList: [quantityElement],
        action: 'OBSERVE',
        bizStep: ngStep(input.kind),
        ...where,
      };
      if (input.kind === 'sowing') {
        if (input.variety !== undefined)
          extra[`${NG}variety`] = nonEmpty(input.variety, 'input.variety');
        if (input.seedSource !== undefined)
          extra[`${NG}seedSource`] = nonEmpty(input.seedSource, 'input.seedSource');
      } else if (input.kind === 'fertilising') {
        extra[`${NG}fertiliser`] = compact({
          [`${NG}name`]: nonEmpty(input.fertiliser, 'input.fertiliser'),
          [`${NG}amount`]: input.amount,
        });
      } else {
        const days = input.preHarvestIntervalDays;
        if (!Number.isInteger(days) || days < 0 || days > 365) {
          throw new TraceFormatError('field_work.phi', 'input.preHarvestIntervalDays', {
            vi: 'thời gian cách ly phải là số ngày nguyên từ 0 đến 365',
            en: 'the pre-harvest interval must be whole days from 0 to 365',
          });
        }
        extra[`${NG}spraying`] = compact({
          [`${NG}pesticide`]: nonEmpty(input.pesticide, 'input.pesticide'),
          [`${NG}activeIngredient`]: input.activeIngredient,
          [`${NG}dose`]: input.dose,
          [`${NG}preHarvestIntervalDays`]: days,
          [`${NG}safeToHarvestFrom`]: addDays(String(common.eventTime), days),
        });
      }
      break;
    case 'harvest': {
      const ilmd: Record<string, unknown> = { 'cbvmda:countryOfOrigin': 'VN' };
      if (location.plantingAreaCode !== undefined)
        ilmd[`${NG}plantingAreaCode`] = location.plantingAreaCode;
      if (input.expiresOn !== undefined)
        ilmd['cbvmda:itemExpirationDate'] = isoDate(input.expiresOn, 'input.expiresOn');
      if (input.certificate !== undefined)
        ilmd[`${NG}certificate`] = certificate(input.certificate);
      event = {
        type: 'ObjectEvent',
        ...common,
        quantityList: [quantityElement],
        action: 'ADD',
        bizStep: 'commissioning',
        disposition: 'active',
        ...where,
        ilmd,
      };
      break;
    }
    case 'processing':
      extra[`${NG}processingMethod`] = nonEmpty(input.method, 'input.method');
      // What the inputs were, as people name them: the bundle of this lot holds its own records
      // only, so its story reads the input lots' codes and products from the event itself.
      if (input.inputs?.length)
        extra[`${NG}inputLots`] = input.inputs.map((each) =>
          compact({
            [`${NG}lotCode`]: each.lot.code,
            [`${NG}productName`]: each.product.name,
            [`${NG}productNameEn`]: each.product.nameEn,
          }),
        );
      event = input.inputs?.length
        ? {
            type: 'TransformationEvent',
            ...common,
            inputQuantityList: input.inputs.map((i) =>
              quantityOf(lotClassUri(i.product, i.lot), i.quantity, i.product.unit),
            ),
            outputQuantityList: [quantityElement],
            bizStep: ngStep('processing'),
            ...where,
          }
        : {
            type: 'ObjectEvent',
            ...common,
            quantityList: [quantityElement],
            action: 'OBSERVE',
            bizStep: ngStep('processing'),
            ...where,
          };
      break;
    case 'packing':
      if (input.packageCount !== undefined)
        extra[`${NG}packageCount`] = positiveInteger(input.packageCount, 'input.packageCount');
      if (input.packageSize !== undefined)
        extra[`${NG}packageSize`] = nonEmpty(input.packageSize, 'input.packageSize');
      event = input.parentId
        ? {
            type: 'AggregationEvent',
            ...common,
            parentID: input.parentId,
            childQuantityList: [quantityElement],
            action: 'ADD',
            bizStep: 'packing',
            ...where,
          }
        : {
            type: 'ObjectEvent',
            ...common,
            quantityList: [quantityElement],
            action: 'OBSERVE',
            bizStep: 'packing',
            ...where,
          };
      break;
    case 'certification':
      extra[`${NG}certificate`] = certificate(input.certificate);
      event = {
        type: 'ObjectEvent',
        ...common,
        quantityList: [quantityElement],
        action: 'OBSERVE',
        bizStep: 'inspecting',
        disposition: 'conformant',
        ...where,
      };
      break;
    case 'shipping':
      if (input.destination !== undefined)
        extra[`${NG}destination`] = nonEmpty(input.destination, 'input.destination');
      if (input.carrier !== undefined)
        extra[`${NG}carrier`] = nonEmpty(input.carrier, 'input.carrier');
      event = {
        type: 'ObjectEvent',
        ...common,
        quantityList: [quantityElement],
        action: 'OBSERVE',
        bizStep: 'shipping',
        disposition: 'in_transit',
        ...where,
      };
      if (input.orderId !== undefined) {
        event.bizTransactionList = [
          {
            type: 'po',
            bizTransaction: `urn:nguongoc:order:${encodeURIComponent(nonEmpty(input.orderId, 'input.orderId'))}`,
          },
        ];
      }
      break;
    default:
      throw new TraceFormatError('field_work.kind', 'input.kind', {
        vi: `loại công việc không xác định ${JSON.stringify((input as { kind: unknown }).kind)}`,
        en: `unknown field work ${JSON.stringify((input as { kind: unknown }).kind)}`,
      });
  }
  const built = { ...event, ...extra } as EpcisEvent;
  return { eventID: epcisEventHash(built, NGUONGOC_CONTEXT), ...built };
}

/**
 * The EPC class URI of a lot: the canonical GS1 Digital Link `https://id.gs1.org/01/<gtin>/10/<lot>`
 * when the product has a GTIN, else `urn:nguongoc:lot:<lot id>`.
 */
export function lotClassUri(product: Product, lot: Lot): string {
  aobject(product, 'product');
  astring(aobject(lot, 'lot').id, 'lot.id');
  return product.gtin !== undefined
    ? `https://id.gs1.org/01/${product.gtin}/10/${encodeAiValue(lot.code)}`
    : `urn:nguongoc:lot:${lot.id}`;
}

/** A location's identifier: its GLN as a Digital Link when it has one, else `urn:nguongoc:location:<id>`. */
export function locationUri(location: Location): string {
  astring(aobject(location, 'location').id, 'location.id');
  return location.gln !== undefined
    ? `https://id.gs1.org/414/${location.gln}`
    : `urn:nguongoc:location:${location.id}`;
}

/**
 * ISO 8601 time in Vietnam time with milliseconds, e.g. `2026-11-20T07:30:00.000+07:00`. A time
 * without an offset (what an HTML `datetime-local` field gives) is taken as Vietnam time. What
 * is accepted is trace-core's (Date.parse, so `2026-02-30T10:00` is 2 March as before); the
 * writing is vn-locale's single copy of Vietnam's time (ADR 028).
 */
export function vietnamTime(time: string | Date): string {
  let instant: number;
  if (time instanceof Date) instant = time.getTime();
  else if (typeof time === 'string') {
    const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(time);
    instant = local
      ? Date.parse(`${time}${VIETNAM_OFFSET}`)
      : /(Z|[+-]\d{2}:\d{2})$/.test(time)
        ? Date.parse(time)
        : NaN;
  } else throw new TypeError(`time: expected string or Date, got ${typeof time}`);
  if (Number.isNaN(instant)) {
    throw new TraceFormatError('field_work.time', 'input.time', {
      vi: `${JSON.stringify(time)} không phải ngày giờ hợp lệ`,
      en: `${JSON.stringify(time)} is not a date and time`,
    });
  }
  return toVietnamIso(instant);
}

function ngStep(kind: string): string {
  return `${NGUONGOC_NAMESPACE}BizStep-${kind}`;
}

function quantityOf(
  epcClass: string,
  quantity: number | undefined,
  uom: string,
): Record<string, unknown> {
  if (quantity === undefined) return { epcClass };
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity <= 0) {
    throw new TraceFormatError('field_work.quantity', 'input.quantity', {
      vi: 'phải là số dương',
      en: 'must be a positive number',
    });
  }
  return uom === 'H87' ? { epcClass, quantity } : { epcClass, quantity, uom };
}

function certificate(value: Certificate): Record<string, unknown> {
  aobject(value, 'certificate');
  return compact({
    [`${NG}scheme`]: nonEmpty(value.scheme, 'certificate.scheme'),
    [`${NG}number`]: nonEmpty(value.number, 'certificate.number'),
    [`${NG}issuer`]: value.issuer,
    [`${NG}validUntil`]:
      value.validUntil === undefined
        ? undefined
        : isoDate(value.validUntil, 'certificate.validUntil'),
  });
}

function nonEmpty(value: unknown, field: string): string {
  if (typeof value !== 'string')
    throw new TypeError(`${field}: expected string, got ${typeof value}`);
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 500) {
    throw new TraceFormatError('field_work.text', field, {
      vi: 'phải có từ 1 đến 500 ký tự',
      en: 'must have 1 to 500 characters',
    });
  }
  return trimmed.normalize('NFC');
}

function positiveInteger(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new TraceFormatError('field_work.count', field, {
      vi: 'phải là số nguyên lớn hơn 0',
      en: 'must be a whole number above 0',
    });
  }
  return value;
}

function compact(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** The Vietnam calendar date `days` after a Vietnam-time timestamp. */
function addDays(vietnamTimestamp: string, days: number): string {
  const date = new Date(`${vietnamTimestamp.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
