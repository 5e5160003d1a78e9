// The storefront's languages and the typed t() helper. Vietnamese is the default; English is one
// `?lang=en` link away (see language.server.ts).
import { en } from './en';
import type { MessageKey, Messages, Translate } from './messages';
import { vi } from './vi';

export type { MessageKey, PlainMessageKey, Translate } from './messages';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

const CATALOGUES: Record<Language, Messages> = { vi, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The other language, for the language switch. */
export function otherLanguage(language: Language): Language {
  return language === 'vi' ? 'en' : 'vi';
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible, not "undefined". */
function fill(text: string, values: Record<string, string | number> | undefined): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** t() for one language: `t('cart.quantityOf', { title })`. */
export function translator(language: Language): Translate {
  const messages = CATALOGUES[language];
  return ((key: MessageKey, values?: Record<string, string | number>) =>
    fill(messages[key], values)) as Translate;
}
