// Which language a request is served in: `?lang=vi|en` (remembered in the `lang` cookie), else the
// cookie, else Vietnamese.
import { createCookie } from '@remix-run/node';
import type { Language } from '@nguongoc/vn-locale';
import { environment } from './env.server';

const languageCookie = () =>
  createCookie('lang', {
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    secure: environment().WORKSPACE_URL.startsWith('https:'),
    maxAge: 365 * 24 * 3600,
  });

const isLanguage = (value: unknown): value is Language => value === 'vi' || value === 'en';

export async function chooseLanguage(
  request: Request,
): Promise<{ language: Language; setCookie?: string }> {
  const cookie = languageCookie();
  const remembered: unknown = await cookie.parse(request.headers.get('Cookie'));
  const asked = new URL(request.url).searchParams.get('lang');
  if (isLanguage(asked)) {
    return asked === remembered
      ? { language: asked }
      : { language: asked, setCookie: await cookie.serialize(asked) };
  }
  return { language: isLanguage(remembered) ? remembered : 'vi' };
}

/** The language only, for loaders and actions that word something themselves. */
export async function languageOf(request: Request): Promise<Language> {
  return (await chooseLanguage(request)).language;
}
