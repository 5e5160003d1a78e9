import { describe, expect, it } from 'vitest';
import { action, loader } from '../app/routes/_shop.products.$handle/route';
import { medusa } from './mocks/medusa';
import { server } from './mocks/server';
import { actionArgs, cookiePair, loaderArgs, outcome, thrown } from './remix';
import { http, HttpResponse } from 'msw';
import { BACKEND } from './mocks/medusa';

const params = { handle: 'cam-vinh-hop-5kg' };
type Added = { added: number | null; error: string | null };

async function add(form: Record<string, string>, cookie?: string) {
  return outcome<Added>(
    await action(
      actionArgs('/products/cam-vinh-hop-5kg', form, { params, cookie: cookie ?? null }),
    ),
  );
}

describe('product page', () => {
  it('shows the product with price, OCOP data, origin and the newest lot', async () => {
    const { product, newestLot } = await loader(
      loaderArgs('/products/cam-vinh-hop-5kg', { params }),
    );
    expect(product).toMatchObject({
      title: 'Cam Vinh hộp 5 kg',
      titleEn: 'Vinh oranges, 5 kg box',
      price: 250000,
      // From the cooperative's ledger, not the product metadata (which the mock makes disagree).
      ocopStars: 4,
      ocop: { stars: 4, decision_number: '2189/QĐ-UBND', expires_on: '2028-06-30' },
      origin: 'Xã Nghĩa Đàn, Nghệ An',
      plantingArea: { code: 'VN-NA-ND-0012', name: 'Vùng cam Đồi Tiên' },
      images: ['https://cdn.example.vn/cam-1.jpg', 'https://cdn.example.vn/cam-2.jpg'],
      cooperative: { handle: 'htx-cam-nghia-dan', name: 'Hợp tác xã Cam Nghĩa Đàn' },
      variants: [{ id: 'variant_cam5', price: 250000 }],
    });
    // The newest lot, first in the backend's answer; its ID is the short code of /t/:id.
    expect(newestLot).toMatchObject({ id: '3KX9T2M7QAH', code: 'CAM-2026-11', eventCount: 6 });
  });

  it('is a 404 for an unknown handle', async () => {
    const error = await thrown(() =>
      loader(loaderArgs('/products/khong-co', { params: { handle: 'khong-co' } })),
    );
    expect(error.status).toBe(404);
    expect(error.data).toEqual({ code: 'not_found' });
  });

  it('still shows the product when the origin route fails (no trace summary)', async () => {
    server.use(http.get(`${BACKEND}/store/products/:id/origin`, () => HttpResponse.error()));
    const { product, newestLot } = await loader(
      loaderArgs('/products/cam-vinh-hop-5kg', { params }),
    );
    expect(product.title).toBe('Cam Vinh hộp 5 kg');
    expect(newestLot).toBeNull();
  });
});

describe('add to cart (POST action)', () => {
  it('starts a cart, remembers it in an httpOnly cookie, and adds to the same cart next time', async () => {
    const first = await add({ variant_id: 'variant_cam5', quantity: '2' });
    expect(first.status).toBe(200);
    expect(first.data).toEqual({ added: 2, error: null });
    const setCookie = first.headers.get('Set-Cookie');
    expect(setCookie).toMatch(/^cart=.+; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/);
    const cookie = cookiePair(setCookie);

    const second = await add({ variant_id: 'variant_buoi', quantity: '1' }, cookie);
    expect(second.data.added).toBe(1);
    expect(second.headers.get('Set-Cookie')).toBeNull();

    const carts = medusa.requests.filter((r) => r.method === 'POST' && r.path === '/store/carts');
    expect(carts).toHaveLength(1);
    const cartId = medusa.requests.find((r) => r.path.endsWith('/line-items'))!.path.split('/')[3]!;
    expect(medusa.cart(cartId)!.lines.map((l) => [l.variant_id, l.quantity])).toEqual([
      ['variant_cam5', 2],
      ['variant_buoi', 1],
    ]);
  });

  it('refuses a quantity outside 1–99 without asking the backend', async () => {
    for (const quantity of ['0', '100', '1.5', 'abc', '']) {
      const answer = await add({ variant_id: 'variant_cam5', quantity });
      expect(answer.status).toBe(400);
      expect(answer.data.error).toBe('cart.invalidQuantity');
    }
    expect(medusa.requests).toEqual([]);
  });

  it('says when the stock is short (the backend refuses)', async () => {
    const answer = await add({ variant_id: 'variant_keo', quantity: '4' });
    expect(answer.status).toBe(400);
    expect(answer.data.error).toBe('cart.noStock');
  });
});
