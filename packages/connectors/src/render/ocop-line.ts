import { formatDay } from '@nguongoc/vn-locale';
import { cleanText } from '../_text.js';
import type { ListingOcop } from '../types.js';

/** `30/06/2028` from `2028-06-30`; undefined unless it names a real calendar day. */
function vietnameseDate(iso: string): string | undefined {
  try {
    return formatDay(iso);
  } catch {
    return undefined;
  }
}

/**
 * The description's OCOP line, e.g. `Sản phẩm OCOP 4 sao ★★★★ (Quyết định 1234/QĐ-UBND, hiệu
 * lực đến 30/06/2028).` A blank decision number or an expiry that is not a date is left out of
 * the line and named in `missing`, so that a listing never prints what the record lacks.
 */
export function ocopLine(ocop: ListingOcop): {
  line: string;
  missing: ('decisionNumber' | 'expiresOn')[];
} {
  const decision = cleanText(ocop.decisionNumber);
  const expires = vietnameseDate(ocop.expiresOn);
  const recognition = [
    decision && `Quyết định ${decision}`,
    expires && `hiệu lực đến ${expires}`,
  ].filter(Boolean);
  return {
    line:
      `Sản phẩm OCOP ${ocop.stars} sao ${'★'.repeat(ocop.stars)}` +
      (recognition.length > 0 ? ` (${recognition.join(', ')}).` : '.'),
    missing: [
      ...(decision ? [] : (['decisionNumber'] as const)),
      ...(expires ? [] : (['expiresOn'] as const)),
    ],
  };
}
