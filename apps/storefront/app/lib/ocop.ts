import { formatDay } from '@nguongoc/vn-locale';

/** OCOP (One Commune One Product) ratings that a product can hold, highest first. */
export const STAR_CHOICES = [5, 4, 3] as const;

/**
 * The stars to show for a rating read from the ledger (ADR 039): none once it has expired, so an
 * expired rating is never shown as stars anywhere in the shop.
 */
export function shownStars(
  ocop: { stars: number; status: string } | null | undefined,
): number | null {
  return ocop && ocop.status !== 'expired' ? ocop.stars : null;
}

/** `31/03/2027` from the ledger's `2027-03-31` (as it is, should a hand-made ledger hold other text). */
export function ocopDay(day: string): string {
  try {
    return formatDay(day);
  } catch {
    return day;
  }
}
