import { useRouteLoaderData } from '@remix-run/react';
import type { loader as rootLoader } from '../root';
import { DEFAULT_LANGUAGE, type Language, type Translate, translator } from './index';

/** The page's language, as the root loader chose it. */
export function useLanguage(): Language {
  return useRouteLoaderData<typeof rootLoader>('root')?.language ?? DEFAULT_LANGUAGE;
}

/** t() in the page's language. */
export function useT(): Translate {
  return translator(useLanguage());
}
