// @ts-check
// What a cached public page (server/page-cache.js) is kept under: its path, the query parameters
// its route reads (and no other), and the language, normalised. Anything else in a request
// (`?utm_source=…`, `?fbclid=…`, a `lang` cookie that holds no language) changes nothing on the
// page, so it must not make a new entry: otherwise each such request is a full render and a
// backend call, and anyone can empty the cache by adding a parameter.
//
// The language is chosen as app/i18n/language.server.ts chooses it: `?lang=vi|en`, else the `lang`
// cookie (Remix's encoding: base64 of the JSON string), else Vietnamese. The page is rendered from
// a canonical request (the kept parameters, and the cookie of the chosen language), so that what
// is kept is exactly what the key says; when `?lang` changes the language, the cookie is set here
// (as the root loader would), because an answer that sets a cookie cannot be kept.

/** @typedef {'vi' | 'en'} Language */

/** The query parameters each cached route reads; every other one is dropped from the key. */
export const PAGE_ROUTES = [
  // /t/:code and the GS1 Digital Link paths: the page is the lot's, whatever the query.
  { path: /^\/t\/[^/]+$/, query: [] },
  { path: /^\/01\/[^/]+\/10\/[^/]+(?:\/21\/[^/]+)?$/, query: [] },
  // A commune's open figures and their downloads: the year.
  { path: /^\/xa\/\d{5}(?:\/du-lieu\.(?:csv|json))?$/, query: ['year'] },
];

export const DEFAULT_LANGUAGE = 'vi';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * @param {unknown} value
 * @returns {value is Language}
 */
const isLanguage = (value) => value === 'vi' || value === 'en';

/**
 * The route of a cacheable path, or undefined.
 * @param {string} pathname
 */
export function cachedRoute(pathname) {
  return PAGE_ROUTES.find((route) => route.path.test(pathname));
}

/**
 * The language a `lang` cookie holds as Remix's createCookie wrote it (base64 of `"en"`), or
 * undefined for anything else (a missing, junk or plain-text cookie: Remix reads those as none).
 * @param {string | undefined} cookieHeader
 * @returns {Language | undefined}
 */
export function rememberedLanguage(cookieHeader) {
  const raw = /(?:^|;)\s*lang=([^;]*)/.exec(cookieHeader ?? '')?.[1]?.trim();
  if (!raw) return undefined;
  try {
    const value = JSON.parse(atob(decodeURIComponent(raw.replace(/^"(.*)"$/, '$1'))));
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cookie value Remix's createCookie('lang') writes for `language`.
 * @param {Language} language
 */
export function languageCookieValue(language) {
  return encodeURIComponent(btoa(JSON.stringify(language)));
}

/**
 * The key of a cacheable request, the canonical URL and cookie to render it from, and the
 * Set-Cookie to send with the page when `?lang` chose a language the cookie did not hold.
 * @param {URL} url the request's URL (its pathname must be a cached route's)
 * @param {string | undefined} cookieHeader
 * @param {{ secure: boolean }} options `secure`: the shop is on https
 */
export function pageKey(url, cookieHeader, { secure }) {
  const route = cachedRoute(url.pathname);
  const kept = new URLSearchParams();
  for (const name of route?.query ?? []) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.size > 0 ? `?${kept}` : '';
  const asked = url.searchParams.get('lang');
  const remembered = rememberedLanguage(cookieHeader);
  /** @type {Language} */
  const language = isLanguage(asked) ? asked : (remembered ?? DEFAULT_LANGUAGE);
  const cookieValue = languageCookieValue(language);
  const setCookie =
    isLanguage(asked) && asked !== remembered
      ? [
          `lang=${cookieValue}`,
          `Max-Age=${ONE_YEAR_SECONDS}`,
          'Path=/',
          'HttpOnly',
          ...(secure ? ['Secure'] : []),
          'SameSite=Lax',
        ].join('; ')
      : undefined;
  return {
    key: `${url.pathname}${query} ${language}`,
    path: `${url.pathname}${query}`,
    language,
    cookie: `lang=${cookieValue}`,
    setCookie,
  };
}
