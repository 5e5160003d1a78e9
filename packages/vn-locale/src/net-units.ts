// The units a product's net content is declared in (định lượng, Decree 43/2017 on labels), as
// UN/CEFACT Recommendation 20 codes: the codes GS1 and EPCIS use for quantities.
import type { Language } from './language.js';
import type { Message } from './message.js';
import { formatNumber } from './number-format.js';

/** Gram, kilogram, millilitre, litre, and piece (H87, for goods counted, not weighed). */
export const NET_UNITS = ['GRM', 'KGM', 'MLT', 'LTR', 'H87'] as const;

/** A UN/CEFACT Recommendation 20 unit code of {@link NET_UNITS}. */
export type NetUnit = (typeof NET_UNITS)[number];

/** Whether `value` is one of {@link NET_UNITS} (for product metadata and imported files). */
export function isNetUnit(value: unknown): value is NetUnit {
  return typeof value === 'string' && (NET_UNITS as readonly string[]).includes(value);
}

/**
 * How a label writes each unit after the quantity (`500 g`, `1,5 lít` / `1.5 L`). Exchanges ask
 * for their own words (`gram`, `chiếc`): their rules in @nguongoc/connectors say so.
 */
export const NET_UNIT_NAMES: Readonly<Record<NetUnit, Message>> = {
  GRM: { vi: 'g', en: 'g' },
  KGM: { vi: 'kg', en: 'kg' },
  MLT: { vi: 'ml', en: 'ml' },
  LTR: { vi: 'lít', en: 'L' },
  H87: { vi: 'cái', en: 'pcs' },
};

/**
 * A net content as a label writes it, up to 3 decimals: `formatNet(1.5, 'LTR')` is `1,5 lít`,
 * `formatNet(1.5, 'LTR', 'en')` is `1.5 L`.
 * @throws TypeError / RangeError for a quantity that is not a finite number; RangeError for a
 *   unit outside {@link NET_UNITS}.
 */
export function formatNet(quantity: number, unit: NetUnit, language: Language = 'vi'): string {
  if (!isNetUnit(unit))
    throw new RangeError(`unit: expected one of ${NET_UNITS.join(', ')}, got ${String(unit)}`);
  return `${formatNumber(quantity, language, { fractionDigits: 3 })} ${NET_UNIT_NAMES[unit][language]}`;
}
