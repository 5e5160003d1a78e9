// Which language a request is served in: `?lang=vi|en` (and then the `lang` cookie remembers it),
// else the cookie, else Vietnamese. The root loader sends the Set-Cookie; Remix keeps a loader's
// cookies on both document and data responses.
import { createCookie } from '@remix-run/node';
import { environment } from '../env.server';
import { DEFAULT_LANGUAGE, type Language, isLanguage } from './index';

const ONE_YEAR = 365 * 24 * 3600;

function languageCookie() {
  return createCookie('lang', {
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    secure: environment().STOREFRONT_URL.startsWith('https:'),
    maxAge: ONE_YEAR,
  });
}

export interface LanguageChoice {
  language: Language;
  /** A Set-Cookie header value when `?lang` chose a language the cookie did not hold. */
  setCookie?: string;
}

export async function chooseLanguage(request: Request): Promise<LanguageChoice> {
  const cookie = languageCookie();
  const remembered: unknown = await cookie.parse(request.headers.get('Cookie'));
  const asked = new URL(request.url).searchParams.get('lang');
  if (isLanguage(asked)) {
    return asked === remembered
      ? { language: asked }
      : { language: asked, setCookie: await cookie.serialize(asked) };
  }
  return { language: isLanguage(remembered) ? remembered : DEFAULT_LANGUAGE };
}

/** The language only, for loaders and actions that word something themselves. */
export async function languageOf(request: Request): Promise<Language> {
  return (await chooseLanguage(request)).language;
}
