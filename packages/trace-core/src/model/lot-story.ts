import {
  type Language,
  NET_UNIT_NAMES,
  formatDay,
  formatNumber,
  isNetUnit,
} from '@nguongoc/vn-locale';
import { aobject } from '../_assert.js';
import type { LotBundle } from '../bundle/lot-bundle.js';
import { NGUONGOC_NAMESPACE } from './epcis-context.js';
import type { FieldWorkKind } from './field-work.js';
import type { Location, Lot, OcopRating, Organisation, Product, Season } from './records.js';

/** The story's language: vn-locale's `'vi' | 'en'`. */
export type Locale = Language;

/** One step of a lot's story, ready to print or render as a timeline item. */
export interface StoryStep {
  eventId: string;
  /** Local time as recorded, `YYYY-MM-DD HH:mm` (Vietnam time for NguonGoc events). */
  time: string;
  title: string;
  details: string[];
}

/** The readable story of a lot: who made it, what it is, where it grew, and what happened. */
export interface LotStory {
  lot?: Lot;
  product?: Product;
  organisation?: Organisation;
  location?: Location;
  /** The household that grew the lot (`Lot.householdId`), when the bundle holds its record. */
  household?: Organisation;
  /** The season of the lot's place it was grown in (`Lot.seasonId`). */
  season?: Season;
  ocop?: OcopRating;
  /**
   * Where and by whom it was grown, one line each, in the story's language: the planting-area
   * code, area, crop and variety of the lot's place, its season and its household.
   */
  origin: string[];
  steps: StoryStep[];
}

const TITLES: Record<FieldWorkKind, [vi: string, en: string]> = {
  sowing: ['Gieo trồng', 'Sowing'],
  fertilising: ['Bón phân', 'Fertilising'],
  spraying: ['Phun thuốc bảo vệ thực vật', 'Crop protection spraying'],
  harvest: ['Thu hoạch', 'Harvest'],
  processing: ['Chế biến', 'Processing'],
  packing: ['Đóng gói', 'Packing'],
  certification: ['Chứng nhận', 'Certification'],
  shipping: ['Vận chuyển', 'Shipping'],
};

/**
 * A quantity as a label writes it (`1.250,5 kg`, `2 lít`), with vn-locale's digits (up to 3
 * decimals) and unit names. EPCIS writes a count of instances without `uom`, which is how
 * trace-core writes H87: `120 đơn vị` / `120 units`. What is not a finite number, which only a
 * bundle made by hand holds, is shown as it is: the story reads the bundle, `verifyLotBundle`
 * judges it.
 */
function quantityText(quantity: unknown, uom: unknown, locale: Locale): string {
  const amount =
    typeof quantity === 'number' && Number.isFinite(quantity)
      ? formatNumber(quantity, locale, { fractionDigits: 3 })
      : String(quantity);
  const unit = isNetUnit(uom) ? NET_UNIT_NAMES[uom][locale] : COUNTED[locale];
  return `${amount} ${unit}`;
}

const COUNTED: Readonly<Record<Locale, string>> = { vi: 'đơn vị', en: 'units' };

/**
 * Tells a lot bundle's story in Vietnamese or English, from the records and `ng:` fields that
 * {@link buildFieldEvent} writes. It reads the bundle as it is: call `verifyLotBundle` to know
 * whether to believe it.
 */
export function lotStory(bundle: LotBundle, locale: Locale = 'vi'): LotStory {
  aobject(bundle, 'bundle');
  if (!Array.isArray(bundle.records) || !Array.isArray(bundle.events)) {
    throw new TypeError('bundle: expected a lot bundle with records and events arrays');
  }
  if (locale !== 'vi' && locale !== 'en')
    throw new RangeError(`locale: expected "vi" or "en", got ${String(locale)}`);
  const pick = (pair: [string, string]) => (locale === 'vi' ? pair[0] : pair[1]);
  const records = bundle.records.map((item) => item.record);
  const lot = records.find((r): r is Lot => r.type === 'lot' && r.id === bundle.lot);
  const product = records.find(
    (r): r is Product => r.type === 'product' && r.id === lot?.productId,
  );
  const organisation = records.find(
    (r): r is Organisation => r.type === 'organisation' && r.id === lot?.organisationId,
  );
  const location = records.find(
    (r): r is Location => r.type === 'location' && r.id === lot?.locationId,
  );
  const household = records.find(
    (r): r is Organisation =>
      r.type === 'organisation' && r.kind === 'household' && r.id === lot?.householdId,
  );
  const season = location?.seasons?.find((s) => s.id === lot?.seasonId);
  const origin = originLines(location, season, household, locale);
  const locationName = (id: unknown) => {
    const match = typeof id === 'string' ? /^urn:nguongoc:location:(.+)$/.exec(id) : null;
    return records.find((r): r is Location => r.type === 'location' && r.id === match?.[1])?.name;
  };

  const steps = bundle.events.map(({ event, eventId }): StoryStep => {
    const field = (name: string) => event[`ng:${name}`] ?? event[`${NGUONGOC_NAMESPACE}${name}`];
    const sub = (value: unknown, name: string) =>
      (value as Record<string, unknown> | undefined)?.[`ng:${name}`];
    const kind = field('fieldWork') as FieldWorkKind | undefined;
    const bizStep =
      typeof event.bizStep === 'string' ? event.bizStep.replace(/^.*[/:-]/, '') : event.type;
    const details: string[] = [];
    const quantity = [
      ...((event.quantityList ?? event.outputQuantityList ?? event.childQuantityList ?? []) as {
        quantity?: number;
        uom?: string;
      }[]),
    ][0];
    if (quantity?.quantity !== undefined)
      details.push(
        `${pick(['Số lượng', 'Quantity'])}: ${quantityText(quantity.quantity, quantity.uom, locale)}`,
      );
    const place = locationName((event.readPoint as { id?: unknown } | undefined)?.id);
    if (place !== undefined) details.push(`${pick(['Tại', 'At'])}: ${place}`);
    details.push(...inputLines(event, field('inputLots'), locale));
    const spraying = field('spraying');
    if (spraying !== undefined) {
      details.push(
        `${pick(['Thuốc', 'Product'])}: ${String(sub(spraying, 'pesticide'))}${sub(spraying, 'dose') ? `, ${pick(['liều', 'dose'])} ${String(sub(spraying, 'dose'))}` : ''}`,
      );
      details.push(
        pick([
          `Thời gian cách ly ${String(sub(spraying, 'preHarvestIntervalDays'))} ngày, thu hoạch từ ${String(sub(spraying, 'safeToHarvestFrom'))}`,
          `Pre-harvest interval ${String(sub(spraying, 'preHarvestIntervalDays'))} days, harvest from ${String(sub(spraying, 'safeToHarvestFrom'))}`,
        ]),
      );
    }
    const fertiliser = field('fertiliser');
    if (fertiliser !== undefined)
      details.push(
        `${pick(['Phân bón', 'Fertiliser'])}: ${String(sub(fertiliser, 'name'))}${sub(fertiliser, 'amount') ? ` (${String(sub(fertiliser, 'amount'))})` : ''}`,
      );
    const certificate =
      field('certificate') ??
      (event.ilmd as Record<string, unknown> | undefined)?.['ng:certificate'];
    if (certificate !== undefined) {
      const until = sub(certificate, 'validUntil');
      details.push(
        `${String(sub(certificate, 'scheme'))} ${pick(['số', 'no.'])} ${String(sub(certificate, 'number'))}${until ? `, ${pick(['hiệu lực đến', 'valid until'])} ${String(until)}` : ''}`,
      );
    }
    const plantingArea = (event.ilmd as Record<string, unknown> | undefined)?.[
      'ng:plantingAreaCode'
    ];
    if (plantingArea !== undefined)
      details.push(`${pick(['Mã vùng trồng', 'Planting area code'])}: ${String(plantingArea)}`);
    const expiresOn = (event.ilmd as Record<string, unknown> | undefined)?.[
      'cbvmda:itemExpirationDate'
    ];
    if (expiresOn !== undefined)
      details.push(`${pick(['Hạn sử dụng', 'Expires on'])}: ${dayText(expiresOn, locale)}`);
    for (const [name, label] of [
      ['variety', ['Giống', 'Variety']],
      ['processingMethod', ['Phương pháp', 'Method']],
      ['packageCount', ['Số gói', 'Packages']],
      ['packageSize', ['Cỡ gói', 'Package size']],
      ['destination', ['Đến', 'To']],
      ['carrier', ['Đơn vị vận chuyển', 'Carrier']],
      ['note', ['Ghi chú', 'Note']],
    ] as const) {
      const value = field(name);
      if (value !== undefined) details.push(`${pick([...label])}: ${String(value)}`);
    }
    return {
      eventId,
      time: String(event.eventTime).slice(0, 16).replace('T', ' '),
      title: kind !== undefined && kind in TITLES ? pick(TITLES[kind]) : bizStep,
      details,
    };
  });
  return {
    ...(lot && { lot }),
    ...(product && { product }),
    ...(organisation && { organisation }),
    ...(location && { location }),
    ...(household && { household }),
    ...(season && { season }),
    ...(product?.ocop && { ocop: product.ocop }),
    origin,
    steps,
  };
}

/**
 * A calendar day as the story's reader writes it: `15/03/2027` in Vietnamese (vn-locale's
 * `formatDay`), `2027-03-15` in English, which reads the same in every English-speaking country.
 * What is not a `YYYY-MM-DD` day is shown as it is.
 */
function dayText(day: unknown, locale: Locale): string {
  const text = String(day);
  if (locale === 'en') return text;
  try {
    return formatDay(text);
  } catch {
    return text;
  }
}

/**
 * One line per input of a processing step (a TransformationEvent): the input lot's code and
 * product, as {@link buildFieldEvent} names them in `ng:inputLots`, and its quantity from the
 * event's `inputQuantityList` (the same order). An input named only by its EPC class (an event
 * made elsewhere) is shown by the lot its class names.
 */
function inputLines(event: Record<string, unknown>, named: unknown, locale: Locale): string[] {
  const quantities = Array.isArray(event.inputQuantityList)
    ? (event.inputQuantityList as { epcClass?: unknown; quantity?: unknown; uom?: unknown }[])
    : [];
  const names = Array.isArray(named) ? (named as Record<string, unknown>[]) : [];
  const label = locale === 'vi' ? 'Nguyên liệu: lô' : 'Input: lot';
  return Array.from({ length: Math.max(quantities.length, names.length) }, (_, i) => {
    const name = names[i];
    const quantity = quantities[i];
    const code = name?.['ng:lotCode'] ?? lotOfClass(quantity?.epcClass);
    const product =
      (locale === 'en' ? name?.['ng:productNameEn'] : undefined) ?? name?.['ng:productName'];
    const amount =
      quantity?.quantity !== undefined
        ? `, ${quantityText(quantity.quantity, quantity.uom, locale)}`
        : '';
    return `${label} ${String(code)}${product !== undefined ? ` (${String(product)})` : ''}${amount}`;
  });
}

/** The lot an EPC class names: `urn:nguongoc:lot:<id>`, or a Digital Link's `/10/<lot>`. */
function lotOfClass(epcClass: unknown): string {
  const text = String(epcClass);
  const match = /^urn:nguongoc:lot:(.+)$/.exec(text) ?? /\/10\/([^/?#]+)/.exec(text);
  if (!match) return text;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

/** The story's lines about where and by whom the lot was grown (see `LotStory.origin`). */
function originLines(
  location: Location | undefined,
  season: Season | undefined,
  household: Organisation | undefined,
  locale: Locale,
): string[] {
  const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const lines: string[] = [];
  if (location?.plantingAreaCode !== undefined)
    lines.push(`${pick('Mã số vùng trồng', 'Planting area code')}: ${location.plantingAreaCode}`);
  if (typeof location?.areaHectares === 'number')
    lines.push(
      `${pick('Diện tích', 'Area')}: ${formatNumber(location.areaHectares, locale, { fractionDigits: 2 })} ha`,
    );
  if (location?.crop !== undefined)
    lines.push(
      `${pick('Cây trồng', 'Crop')}: ${location.crop}${location.variety !== undefined ? ` (${pick('giống', 'variety')} ${location.variety})` : ''}`,
    );
  else if (location?.variety !== undefined)
    lines.push(`${pick('Giống', 'Variety')}: ${location.variety}`);
  if (season !== undefined)
    lines.push(
      `${pick('Vụ', 'Season')}: ${season.name} (${pick('từ', 'from')} ${season.startsOn}${season.endsOn !== undefined ? ` ${pick('đến', 'to')} ${season.endsOn}` : ''})`,
    );
  if (household !== undefined)
    lines.push(`${pick('Hộ sản xuất', 'Grown by household')}: ${household.name}`);
  return lines;
}
