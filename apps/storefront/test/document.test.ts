// Whole pages, as a browser without JavaScript gets them: the app started by Vite with the Remix
// plugin (as `npm run dev` does), its request handler asked with real Requests, the backend
// mocked by MSW. Slower than the loader tests; it proves what they cannot: HTML, headers,
// error boundaries and root's scripts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, page as appPage, startApp } from './app';
import { cartWith } from './flow';
import { medusa } from './mocks/medusa';
import { server } from './mocks/server';

let app: App;

beforeAll(async () => {
  app = await startApp();
}, 60_000);

afterAll(() => app?.close());

const page = (path: string, init: RequestInit = {}) => appPage(app, path, init);

describe('documents', () => {
  it('home: Vietnamese, the shop layout and stylesheet, Remix scripts', async () => {
    const { response, html } = await page('/');
    expect(response.status).toBe(200);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('NguonGoc · Nguồn gốc');
    expect(html).toContain('Sản phẩm OCOP nổi bật');
    expect(html).toContain('250.000\u00a0₫');
    expect(html).toMatch(/<link rel="stylesheet" href="[^"]*shop\.css[^"]*"/);
    expect(html).toContain('<script type="module"');
    expect(html).toContain('href="/?lang=en"');
  });

  it('?lang=en renders in English and sets the lang cookie', async () => {
    const { response, html } = await page('/products?stars=4&lang=en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Vinh oranges, 5 kg box');
    expect(html).toContain('Products found: 2');
    expect(response.headers.get('Set-Cookie')).toMatch(/^lang=/);
  });

  it('a route with handle = { hydrate: false } ships no script and no shop stylesheet', async () => {
    const { html } = await page('/__test/no-javascript');
    expect(html).toContain('Trang không cần JavaScript');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('modulepreload');
    expect(html).not.toContain('shop.css');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
  });

  it('product page: labelled add-to-cart form, image sizes, the trace link', async () => {
    const { html } = await page('/products/cam-vinh-hop-5kg');
    expect(html).toContain('<h1>Cam Vinh hộp 5 kg</h1>');
    expect(html).toMatch(/<label for="quantity">Số lượng<\/label><input id="quantity"/);
    expect(html).toMatch(
      /<img[^>]*src="https:\/\/cdn.example.vn\/cam-1.jpg"[^>]*width="600" height="600"/,
    );
    expect(html).toContain('href="/t/3KX9T2M7QAH"');
    expect(html).toContain('VN-NA-ND-0012');
    expect(html).toContain('Quyết định công nhận OCOP số 2189/QĐ-UBND');
  });

  it('checkout without JavaScript: the province button posts the form, the communes come back', async () => {
    const cookie = await cartWith(['variant_cam5', 1]);
    const empty = await page('/checkout', { headers: { Cookie: cookie } });
    expect(empty.html).toContain('name="intent" value="province"');
    expect(empty.html).toMatch(/<select name="province"[^>]*id="province"/);
    expect(empty.html).toMatch(/<select name="commune" disabled=""/);

    const chosen = await page('/checkout', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ intent: 'province', email: 'lan@example.vn', province: '40' }),
    });
    expect(chosen.response.status).toBe(200);
    expect(chosen.html).toContain('<option value="16941">Xã Nghĩa Đàn</option>');
    expect(chosen.html).toContain('value="lan@example.vn"');
    expect(chosen.html).not.toMatch(/<select name="commune" disabled=""/);
  });

  it('a backend that does not answer gets a clear message in both languages, not a crash', async () => {
    server.use(medusa.down());
    const { response, html } = await page('/products');
    expect(response.status).toBe(503);
    expect(html).toContain('Cửa hàng tạm thời không kết nối được');
    expect(html).toContain('The shop is temporarily unavailable');
    expect(html).toContain('<section lang="en"');
    // The layout stays: the shopper can still go elsewhere.
    expect(html).toContain('NguonGoc · Nguồn gốc');
  });

  it('a backend error (500) on the product page too, and an unknown product is a 404 page', async () => {
    server.use(medusa.failing());
    const failing = await page('/products/cam-vinh-hop-5kg');
    expect(failing.response.status).toBe(503);
    expect(failing.html).toContain('Máy chủ bán hàng không trả lời');
    server.resetHandlers();
    const missing = await page('/products/khong-co');
    expect(missing.response.status).toBe(404);
    expect(missing.html).toContain('Không tìm thấy trang');
    expect(missing.html).toContain('Page not found');
  });

  it('an unknown URL is a 404 inside the shop layout', async () => {
    const { response, html } = await page('/khong-co-trang-nay');
    expect(response.status).toBe(404);
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toContain('Page not found');
    expect(html).toMatch(/<link rel="stylesheet" href="[^"]*shop\.css/);
  });
});
