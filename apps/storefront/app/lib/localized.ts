// Picking the page's language out of data that has both.
import type { BilingualText } from '@nguongoc/contracts';
import type { Language } from '../i18n';

export function inLanguage(text: BilingualText, language: Language): string {
  return text[language] || text.vi;
}

/** A product's title: its English one (`titleEn`) on English pages when there is one. */
export function productTitle(
  product: { title: string; titleEn: string | null },
  language: Language,
): string {
  return language === 'en' && product.titleEn ? product.titleEn : product.title;
}

/** Province → commune, as the storefront writes a place. */
export function placeLabel(
  place: { province: BilingualText | null; commune: BilingualText | null },
  language: Language,
): string {
  return [place.province, place.commune]
    .filter((part): part is BilingualText => part !== null)
    .map((part) => inLanguage(part, language))
    .join(' › ');
}
