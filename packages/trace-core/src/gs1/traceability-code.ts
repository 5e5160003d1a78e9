import { vietnamDay } from '@nguongoc/vn-locale';
import { astring, aobject } from '../_assert.js';
import { TraceFormatError } from '../errors.js';

/** What a traceability code is derived from. */
export interface TraceabilityCodeInput {
  /** GTIN (14 digits) when the product has one, else the cooperative's SKU. */
  product: string;
  /** GLN, planting-area code (mã vùng trồng) or the commune code of the production place. */
  location: string;
  /** Lot (batch) number. */
  lot: string;
  /** When the event that made the lot happened (harvest, production); its Vietnam (UTC+7) date is used. */
  eventTime: string | Date;
}

/**
 * The traceability code of Circular 02/2024/TT-BKHCN (mã truy xuất nguồn gốc): one string that
 * identifies the product, where it was produced, the lot and the production date, readable by a
 * person and checkable by a machine.
 *
 * The Circular says what the code must identify, not one character layout, so the layout is
 * NguonGoc's (docs/decisions): `PRODUCT.LOCATION.LOT.YYMMDD.C`, upper case, parts from
 * `[0-9A-Z-]`, and `C` the ISO/IEC 7064 MOD 37,36 check character over the letters and digits.
 *
 * @throws TraceFormatError for parts with other characters (Vietnamese letters must be written
 *   without diacritics), empty parts or an invalid time.
 * @example traceabilityCode({ product: '08934602000019', location: 'VN-NA-CC-001', lot: 'MO-2611', eventTime: '2026-11-20T07:30:00+07:00' })
 * // '08934602000019.VN-NA-CC-001.MO-2611.261120.<check>'
 */
export function traceabilityCode(input: TraceabilityCodeInput): string {
  aobject(input, 'input');
  const parts = (['product', 'location', 'lot'] as const).map((field) => {
    const value = astring(input[field], `input.${field}`, 64).toUpperCase();
    if (!/^[0-9A-Z-]+$/.test(value)) {
      throw new TraceFormatError('trace_code.charset', `input.${field}`, {
        vi: `${JSON.stringify(input[field])} chỉ được gồm chữ không dấu, chữ số và "-"`,
        en: `${JSON.stringify(input[field])} may hold only letters without diacritics, digits and "-"`,
      });
    }
    return value;
  });
  const time =
    input.eventTime instanceof Date
      ? input.eventTime
      : new Date(astring(input.eventTime, 'input.eventTime', 64));
  if (Number.isNaN(time.getTime())) {
    throw new TraceFormatError('trace_code.time', 'input.eventTime', {
      vi: 'không phải thời điểm hợp lệ',
      en: 'is not a valid date and time',
    });
  }
  const vietnam = vietnamDay(time); // YYYY-MM-DD in Vietnam, UTC+7 all year
  const date = vietnam.slice(2, 4) + vietnam.slice(5, 7) + vietnam.slice(8, 10);
  const body = [...parts, date].join('.');
  return `${body}.${mod37x36(body.replace(/[.-]/g, ''))}`;
}

/** Whether `code` is a well-formed traceability code with a correct check character. */
export function isTraceabilityCode(code: string): boolean {
  if (typeof code !== 'string' || !/^([0-9A-Z-]+\.){3}\d{6}\.[0-9A-Z]$/.test(code)) return false;
  const body = code.slice(0, -2);
  return mod37x36(body.replace(/[.-]/g, '')) === code.at(-1);
}

const SYMBOLS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ISO/IEC 7064 MOD 37,36 (hybrid system, modulus 36): detects all single substitutions and adjacent transpositions. */
function mod37x36(text: string): string {
  let p = 36;
  for (const c of text) {
    let s = (p + SYMBOLS.indexOf(c)) % 36;
    if (s === 0) s = 36;
    p = (s * 2) % 37;
  }
  return SYMBOLS[(37 - p) % 36]!;
}
