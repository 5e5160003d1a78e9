import { describe, expect, it } from 'vitest';
import { en } from '../app/i18n/en';
import { translator } from '../app/i18n';
import { vi } from '../app/i18n/vi';
import { chooseLanguage } from '../app/i18n/language.server';
import { loader as rootLoader } from '../app/root';
import { loaderArgs, outcome } from './remix';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(vi)) {
      expect(placeholders(en[key as keyof typeof vi]), key).toEqual(placeholders(text));
    }
  });

  it('t() fills placeholders in the chosen language', () => {
    expect(translator('vi')('nav.cartCount', { count: 3 })).toBe('Giỏ hàng (3)');
    expect(translator('en')('nav.cartCount', { count: 3 })).toBe('Cart (3)');
    expect(translator('vi')('order.status.vnpayPending')).toBe('Đang chờ xác nhận từ VNPay');
  });
});

describe('language selection', () => {
  const request = (path: string, cookie?: string) =>
    loaderArgs(path, { cookie: cookie ?? null }).request;

  it('is Vietnamese by default', async () => {
    expect(await chooseLanguage(request('/'))).toEqual({ language: 'vi' });
  });

  it('?lang=en chooses English and sets the lang cookie', async () => {
    const choice = await chooseLanguage(request('/products?lang=en'));
    expect(choice.language).toBe('en');
    expect(choice.setCookie).toMatch(
      /^lang=[^;]+; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/,
    );
  });

  it('the cookie keeps the language on later pages, without ?lang', async () => {
    const { setCookie } = await chooseLanguage(request('/?lang=en'));
    const cookie = setCookie!.split(';')[0]!;
    expect(await chooseLanguage(request('/cart', cookie))).toEqual({ language: 'en' });
    // Asking again for the language the cookie holds sets nothing new.
    expect(await chooseLanguage(request('/cart?lang=en', cookie))).toEqual({ language: 'en' });
    // ?lang=vi switches back.
    const back = await chooseLanguage(request('/cart?lang=vi', cookie));
    expect(back.language).toBe('vi');
    expect(back.setCookie).toBeDefined();
  });

  it('ignores an unknown language', async () => {
    expect(await chooseLanguage(request('/?lang=fr'))).toEqual({ language: 'vi' });
    expect(await chooseLanguage(request('/', 'lang=garbage'))).toEqual({ language: 'vi' });
  });

  it("root's loader hands the page its language, the cookie and only the whitelisted env", async () => {
    const answer = await outcome<{ language: string; ENV: Record<string, string> }>(
      await rootLoader(loaderArgs('/?lang=en')),
    );
    expect(answer.data.language).toBe('en');
    expect(answer.headers.get('Set-Cookie')).toMatch(/^lang=/);
    expect(answer.data.ENV).toEqual({ STOREFRONT_URL: 'http://localhost:3000' });
    expect(JSON.stringify(answer.data)).not.toContain('pk_');
  });
});
