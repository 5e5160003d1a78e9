// Public surface of @nguongoc/vn-locale: how NguonGoc writes things for people in Vietnam, one
// copy each (ADR 028). Pure functions, no I/O: it runs in Node and in the browser.
export { bothLanguages, type Message } from './message.js';
export { LOCALES, type Language } from './language.js';
export {
  formatCompact,
  formatCount,
  formatNumber,
  formatPercent,
  formatVnd,
  type DecimalOptions,
} from './number-format.js';
export {
  VIETNAM_OFFSET,
  VIETNAM_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatDay,
  formatNumericDateTime,
  parseVietnamTime,
  toVietnamIso,
  vietnamDay,
  vietnamInstant,
  vietnamParts,
  vietnamToday,
  type Instant,
  type VietnamDate,
  type VietnamTimeParts,
} from './vietnam-time.js';
export { foldForSearch, removeDiacritics } from './fold-diacritics.js';
export { NET_UNITS, NET_UNIT_NAMES, formatNet, isNetUnit, type NetUnit } from './net-units.js';
