import { describe, expect, it } from 'vitest';
import { adminApi, ok, storeApi } from './_http.js';

interface ProductView {
  id: string;
  title: string;
  variants: { calculated_price?: { calculated_amount: number } }[];
}

describe('the store catalogue cache', () => {
  it('answers a repeated anonymous request from the cache, and shows an admin change at once', async () => {
    const { regions } = await ok<{ regions: { id: string }[] }>(await storeApi('/store/regions'));
    const list = `/store/products?limit=50&region_id=${regions[0]!.id}&fields=*variants.calculated_price`;
    const first = await storeApi(list);
    const again = await storeApi(list);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(again.headers.get('x-cache')).toBe('HIT');
    const { products } = (await again.json()) as { products: ProductView[] };
    expect(products.length).toBeGreaterThanOrEqual(12);
    expect(await first.json()).toEqual({
      products,
      count: expect.any(Number),
      offset: 0,
      limit: 50,
    });

    const target = products.find((p) => p.title === 'Kẹo cu đơ 250 g')!;
    const detail = `/store/products/${target.id}?region_id=${regions[0]!.id}`;
    await storeApi(detail);
    expect((await storeApi(detail)).headers.get('x-cache')).toBe('HIT');

    await ok(
      await adminApi(`/admin/products/${target.id}`, {
        method: 'POST',
        body: JSON.stringify({ title: 'Kẹo cu đơ Hà Tĩnh 250 g' }),
      }),
    );
    // The product's own event clears every cached answer that held it, list and detail.
    const titles = async () =>
      ((await (await storeApi(list)).json()) as { products: ProductView[] }).products.map(
        (p) => p.title,
      );
    await expect.poll(titles, { timeout: 5_000 }).toContain('Kẹo cu đơ Hà Tĩnh 250 g');
    const changed = await ok<{ product: ProductView }>(await storeApi(detail));
    expect(changed.product.title).toBe('Kẹo cu đơ Hà Tĩnh 250 g');
  });

  it('never answers a signed-in request from the cache', async () => {
    const { regions } = await ok<{ regions: { id: string }[] }>(await storeApi('/store/regions'));
    const list = `/store/products?limit=5&region_id=${regions[0]!.id}`;
    await storeApi(list);
    const signedIn = await storeApi(list, { headers: { authorization: 'Bearer not-a-token' } });
    expect(signedIn.headers.get('x-cache')).not.toBe('HIT');
  });
});
