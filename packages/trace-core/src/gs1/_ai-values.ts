import { astring } from '../_assert.js';
import { TraceFormatError } from '../errors.js';

// GS1 General Specifications figure 7.11-1: AI values such as lot (10), serial (21) and CPV (22)
// use "GS1 AI encodable character set 82" and at most 20 characters. Vietnamese letters are not
// in it, so a lot called "Lô Đông" must be written "LO-DONG" on the label.
const CSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

export function checkAiValue(value: string, field: string, maxLength = 20): string {
  astring(value, field, 1024);
  if (value.length === 0 || value.length > maxLength) {
    throw new TraceFormatError('gs1.ai_length', field, {
      vi: `phải có từ 1 đến ${maxLength} ký tự, nhận được ${value.length}`,
      en: `must have 1 to ${maxLength} characters, got ${value.length}`,
    });
  }
  if (!CSET_82.test(value)) {
    throw new TraceFormatError('gs1.ai_charset', field, {
      vi: `${JSON.stringify(value)} có ký tự ngoài bộ ký tự GS1 82 (chữ không dấu, chữ số, - . _ / và vài ký hiệu)`,
      en: `${JSON.stringify(value)} has characters outside GS1 character set 82 (letters without diacritics, digits, - . _ / and a few symbols)`,
    });
  }
  return value;
}

/**
 * Percent-encodes every character outside RFC 3986 `unreserved` (section 2.3), with uppercase hex
 * (section 2.1). For set 82 that leaves letters, digits, `-`, `.` and `_` raw and writes
 * `! " % & ' ( ) * + , / : ; < = > ?` as %21 %22 %25 %26 %27 %28 %29 %2A %2B %2C %2F %3A %3B %3C
 * %3D %3E %3F: what the Digital Link ABNF asks, except `"`, which its 1.0-1.2 grammar writes raw
 * and RFC 3986 does not allow raw at all. ADR 023 records why `%22` wins.
 */
export function encodeAiValue(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Decodes any `%XX` (either case); every other character stands for itself. So the sub-delimiters
 * that RFC 3986 allows raw in a path segment, the raw `"` of the 1.0-1.2 grammar, and the raw `<`
 * `>` of a hand-typed link (which a browser would escape) read as their escapes do. A `%` without
 * two hex digits is refused. The caller checks the decoded value against set 82.
 */
export function decodeAiValue(segment: string, field: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new TraceFormatError('gs1.percent_encoding', field, {
      vi: `mã hoá phần trăm sai trong ${JSON.stringify(segment)}`,
      en: `bad percent-encoding in ${JSON.stringify(segment)}`,
    });
  }
}

/** YYMMDD as GS1 dates: DD may be 00, meaning the last day of the month (General Specifications 7.12). */
export function checkYymmdd(value: string, field: string): string {
  astring(value, field, 64);
  const match = /^(\d\d)(\d\d)(\d\d)$/.exec(value);
  const month = match ? Number(match[2]) : 0;
  const day = match ? Number(match[3]) : 0;
  // Day 0 of the next month is the last day of this one; the century does not change February here
  // except for 2100, which GS1's 50-year sliding window does not reach from 2026.
  const daysInMonth = new Date(Date.UTC(2000 + Number(match?.[1] ?? 0), month, 0)).getUTCDate();
  if (!match || month < 1 || month > 12 || day > daysInMonth) {
    throw new TraceFormatError('gs1.date', field, {
      vi: `cần ngày dạng YYMMDD, nhận được ${JSON.stringify(value)}`,
      en: `expected a date YYMMDD, got ${JSON.stringify(value)}`,
    });
  }
  return value;
}
