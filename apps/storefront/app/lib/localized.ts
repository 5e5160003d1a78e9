// Picking the page's language out of data that has both.
import type { Bilingual } from '../commerce/types';
import type { Language } from '../i18n';

export function inLanguage(text: Bilingual, language: Language): string {
  return text[language] || text.vi;
}

/** A product's title: `metadata.title_en` on English pages when there is one. */
export function productTitle(
  product: { title: string; titleEn: string | null },
  language: Language,
): string {
  return language === 'en' && product.titleEn ? product.titleEn : product.title;
}

/** Province → commune, as the storefront writes a place. */
export function placeLabel(
  place: { province: Bilingual | null; commune: Bilingual | null },
  language: Language,
): string {
  return [place.province, place.commune]
    .filter((part): part is Bilingual => part !== null)
    .map((part) => inLanguage(part, language))
    .join(' › ');
}
