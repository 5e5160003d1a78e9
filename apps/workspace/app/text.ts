// Every text a person reads is written in both languages where it is used, `{ vi, en }`
// (vn-locale's Message), and shown in the page's language: `const t = useText(); t(TEXT.title)`.
import { useRouteLoaderData } from '@remix-run/react';
import type { Language, Message } from '@nguongoc/vn-locale';

export function useLanguage(): Language {
  const root = useRouteLoaderData<{ language: Language }>('root');
  return root?.language ?? 'vi';
}

/** t(message) in the page's language. */
export function useText(): (message: Message) => string {
  const language = useLanguage();
  return (message) => message[language];
}
