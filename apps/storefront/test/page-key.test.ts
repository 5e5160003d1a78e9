// The page cache's key (server/page-key.js): the language as the root loader chooses it, and the
// cookie it sets, so that the cached page is the one Remix would have rendered.
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../app/i18n/language.server';
import { pageKey, rememberedLanguage } from '../server/page-key.js';

const STOREFRONT = 'http://localhost:3000';

describe('the page cache key', () => {
  it('reads the lang cookie exactly as the root loader does, junk as none', async () => {
    for (const cookie of [
      'lang=ImVuIg%3D%3D',
      'lang=InZpIg%3D%3D',
      'a=1; lang=ImVuIg%3D%3D; b=2',
      'lang=en',
      'lang=junk',
      'lang=ImZyIg%3D%3D',
      'lang=%',
      'lang=',
      'other=1',
    ]) {
      const { language } = await chooseLanguage(
        new Request(`${STOREFRONT}/t/X`, { headers: { cookie } }),
      );
      expect(rememberedLanguage(cookie) ?? 'vi', cookie).toBe(language);
      expect(pageKey(new URL(`${STOREFRONT}/t/X`), cookie, { secure: false }).language).toBe(
        language,
      );
    }
  });

  it('sets the same cookie as the root loader when ?lang changes the language', async () => {
    const url = new URL(`${STOREFRONT}/t/X?lang=en&utm_source=zalo`);
    const fromLoader = (await chooseLanguage(new Request(url))).setCookie!;
    const fromKey = pageKey(url, undefined, { secure: false }).setCookie!;
    expect(fromKey).toBe(fromLoader);
    expect(pageKey(url, 'lang=ImVuIg%3D%3D', { secure: false }).setCookie).toBeUndefined();
    expect(pageKey(url, undefined, { secure: true }).setCookie).toMatch(/; Secure;/);
  });

  it('keeps the path, the routes own parameters and the language only', () => {
    const key = (path: string, cookie?: string) =>
      pageKey(new URL(path, STOREFRONT), cookie, { secure: false });
    expect(key('/t/3KX9T2M7QAH?utm_source=a&lang=xx')).toMatchObject({
      key: '/t/3KX9T2M7QAH vi',
      path: '/t/3KX9T2M7QAH',
      cookie: 'lang=InZpIg%3D%3D',
    });
    expect(key('/t/3KX9T2M7QAH?lang=en').key).toBe('/t/3KX9T2M7QAH en');
    expect(key('/xa/16941/du-lieu.csv?gclid=1&year=2025&year=2024').key).toBe(
      '/xa/16941/du-lieu.csv?year=2025 vi',
    );
    expect(key('/01/08938600000019/10/CAM/21/S1?year=2025', 'lang=ImVuIg%3D%3D').key).toBe(
      '/01/08938600000019/10/CAM/21/S1 en',
    );
  });
});
