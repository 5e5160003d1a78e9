// Money and dates as Vietnamese shops write them, in both languages: VND without decimals,
// `250.000 ₫` (the space is a no-break space, as Intl writes it), dates in Vietnam's time.
import type { Language } from '../i18n';

const VND = new Intl.NumberFormat('vi-VN', {
  style: 'currency',
  currency: 'VND',
  maximumFractionDigits: 0,
});

/** `250.000 ₫`. VND has no minor unit: amounts are whole đồng, rounded if not. */
export function formatVnd(amount: number): string {
  return VND.format(Math.round(amount));
}

const DATE_LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** `8 tháng 11, 2026` / `8 November 2026`, in Vietnam's time (GMT+7). */
export function formatDate(iso: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
}

/** Date and time, for when an order was placed. */
export function formatDateTime(iso: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
}

const NUMBER_LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A count as the page's language groups it: `1.234` / `1,234`. */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[language], { maximumFractionDigits: 0 }).format(
    value,
  );
}

/** A share, to one decimal at most: `66,7%` / `66.7%`. */
export function formatPercent(ratio: number, language: Language): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** An axis label: `1,5 Tr` / `1.5m` (the page says which unit). */
export function formatCompact(value: number, language: Language): string {
  return new Intl.NumberFormat(NUMBER_LOCALES[language], { notation: 'compact' }).format(value);
}
