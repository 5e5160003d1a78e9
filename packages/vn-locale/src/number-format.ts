// Numbers, money and shares as Vietnamese write them: a dot between thousands, a comma before
// decimals (`1.234.567,5`), `₫` after the amount. Everything goes through Intl (ECMA-402) with
// the locales of LOCALES, so the browser and Node write the same characters, and one copy here
// decides them for every workspace (ADR 028).
import { adigits, afinite, alanguage } from './_assert.js';
import { type Language, LOCALES } from './language.js';

type Style = 'decimal' | 'percent' | 'compact' | 'vnd';
const STYLES: readonly Style[] = ['decimal', 'percent', 'compact', 'vnd'];

function intlOptions(style: Style, minimum: number, maximum: number): Intl.NumberFormatOptions {
  const digits = { minimumFractionDigits: minimum, maximumFractionDigits: maximum };
  if (style === 'compact') return { notation: 'compact' };
  if (style === 'vnd') return { style: 'currency', currency: 'VND', maximumFractionDigits: 0 };
  return style === 'percent' ? { style: 'percent', ...digits } : digits;
}

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * One Intl.NumberFormat per language, style and number of decimals: making one costs far more
 * than using it (about 20 µs against under 1 µs), and listings, tables and reports format
 * thousands of numbers. The key is a number, so that a lookup allocates nothing.
 */
function formatter(language: Language, style: Style, minimum = 0, maximum = 0): Intl.NumberFormat {
  const key =
    ((STYLES.indexOf(style) * 21 + minimum) * 21 + maximum) * 2 + (language === 'vi' ? 0 : 1);
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(LOCALES[language], intlOptions(style, minimum, maximum));
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Rounds half away from zero to `digits` decimals and turns a negative zero into zero, so that
 * -0.4 ₫ reads `0 ₫`, never `-0 ₫` (Intl keeps the sign of a negative zero).
 */
function rounded(value: number, digits: number): number {
  const scale = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale || 0;
}

export interface DecimalOptions {
  /** Decimals kept at most, rounded half away from zero. */
  fractionDigits?: number;
  /** Keep trailing zeros up to `fractionDigits` (`75,0`), for columns that line up. Default false. */
  keepZeros?: boolean;
}

/** `[minimum, maximum]` decimals, checked. */
function decimals(options: DecimalOptions, defaultDigits: number): [number, number] {
  const { fractionDigits = defaultDigits, keepZeros = false } = options;
  adigits(fractionDigits, 'options.fractionDigits');
  return [keepZeros ? fractionDigits : 0, fractionDigits];
}

/**
 * A number with the language's digit groups and decimal sign, `fractionDigits` (default 0)
 * decimals at most: `formatNumber(1234567.5, 'vi', { fractionDigits: 1 })` is `1.234.567,5`,
 * `formatNumber(1234567.5, 'en', { fractionDigits: 1 })` is `1,234,567.5`.
 * @throws TypeError when `value` is not a number; RangeError when it is not finite, or for an
 *   unknown language or a `fractionDigits` outside 0–20.
 */
export function formatNumber(
  value: number,
  language: Language = 'vi',
  options: DecimalOptions = {},
): string {
  afinite(value, 'value');
  alanguage(language);
  const [minimum, maximum] = decimals(options, 0);
  return formatter(language, 'decimal', minimum, maximum).format(rounded(value, maximum));
}

/** A count, whole, with the language's digit groups: `12.345` / `12,345`. */
export function formatCount(value: number, language: Language = 'vi'): string {
  return formatNumber(value, language);
}

/**
 * Whole đồng as Vietnamese shops write them, in either language: `formatVnd(250000)` is
 * `250.000 ₫`, with a no-break space (U+00A0) before the sign, as Intl writes it for vi-VN, so
 * that `₫` never starts a line. VND has no minor unit (ISO 4217): a fraction is rounded half away
 * from zero; a negative amount reads `-50.000 ₫`.
 * @throws TypeError when `amount` is not a number; RangeError when it is not finite.
 */
export function formatVnd(amount: number): string {
  afinite(amount, 'amount');
  return formatter('vi', 'vnd').format(rounded(amount, 0));
}

/**
 * A ratio as a percentage, the sign right after the digits as CLDR writes it in both languages:
 * `formatPercent(3 / 4)` is `75%`, `formatPercent(2 / 3)` `66,7%` (English `66.7%`).
 * `fractionDigits` defaults to 1; `keepZeros` writes `75,0%`.
 * @throws TypeError when `ratio` is not a number; RangeError when it is not finite, or for an
 *   unknown language or a `fractionDigits` outside 0–20.
 */
export function formatPercent(
  ratio: number,
  language: Language = 'vi',
  options: DecimalOptions = {},
): string {
  afinite(ratio, 'ratio');
  alanguage(language);
  const [minimum, maximum] = decimals(options, 1);
  return formatter(language, 'percent', minimum, maximum).format(
    rounded(ratio * 100, maximum) / 100,
  );
}

/**
 * A short number for a chart's axis or label: `1,5 Tr` (triệu, million; a no-break space before
 * the unit) and `350 N` (nghìn, thousand) in Vietnamese, `1.5m` and `350k` in English. The page
 * says which unit.
 * @throws TypeError when `value` is not a number; RangeError when it is not finite.
 */
export function formatCompact(value: number, language: Language = 'vi'): string {
  afinite(value, 'value');
  alanguage(language);
  return formatter(language, 'compact').format(value || 0);
}
