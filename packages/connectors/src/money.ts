// Amounts as exchanges' order exports write them. Writing an amount is @nguongoc/vn-locale's
// formatVnd.

/**
 * Reads an amount as exchanges write it: 50000, "50.000", "50,000", "50.000 ₫", "50.000đ",
 * "50000 VND". Returns undefined when it is not a whole number of đồng.
 */
export function parseVnd(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value
    .normalize('NFC')
    .replace(/\s|\u00a0/g, '')
    .replace(/(₫|đ|Đ|vnd|VND|vnđ|VNĐ)$/u, '');
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(text)) return undefined;
  const amount = Number(text.replace(/[.,]/g, ''));
  return Number.isSafeInteger(amount) ? amount : undefined;
}
