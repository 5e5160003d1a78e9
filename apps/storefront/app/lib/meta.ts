// <title> and description for a route's `meta`, in the page's language (from root's data).
import type { MetaDescriptor } from '@remix-run/react';
import { DEFAULT_LANGUAGE, type Language, type Translate, isLanguage, translator } from '../i18n';

interface MatchLike {
  id: string;
  data?: unknown;
}

export function languageOfMatches(matches: readonly MatchLike[]): Language {
  const language = (matches.find((match) => match.id === 'root')?.data as { language?: unknown })
    ?.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** `title` (already in the page's language) as `{title} · NguonGoc`, with the shop's description. */
export function pageMeta(
  matches: readonly MatchLike[],
  title: (t: Translate, language: Language) => string | null,
): MetaDescriptor[] {
  const language = languageOfMatches(matches);
  const t = translator(language);
  const own = title(t, language);
  return [
    { title: own ? t('meta.title', { title: own }) : t('meta.home') },
    { name: 'description', content: t('meta.description') },
  ];
}
