/** Whole đồng as Vietnamese shops write them, in either language: `1.234.000 ₫`. */
export function vnd(value: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(value)} ₫`;
}

/** A count with Vietnamese digit groups: `12.345`. */
export function count(value: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(value);
}

/** `part` of `whole` as a percent with one decimal (`75,0 %`), or `—` when there is no whole. */
export function share(part: number, whole: number): string {
  if (whole === 0) return '—';
  return `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((100 * part) / whole)} %`;
}

/** The channels' names as buyers know them. */
export const CHANNEL_NAMES: Record<string, string> = {
  storefront: 'NguonGoc',
  postmart: 'PostMart',
  voso: 'Vỏ Sò',
  '37nghean': '37nghean',
};

/** A colour per channel, the same in every chart. */
export const CHANNEL_COLOURS: Record<string, string> = {
  storefront: '#2f855a',
  postmart: '#c05621',
  voso: '#2b6cb0',
  '37nghean': '#805ad5',
};

/** A short amount for a chart's label: `1,2 Tr ₫` (triệu), `350 N ₫` (nghìn). */
export function compactVnd(value: number): string {
  return `${new Intl.NumberFormat('vi-VN', { notation: 'compact', maximumFractionDigits: 1 }).format(value)} ₫`;
}
