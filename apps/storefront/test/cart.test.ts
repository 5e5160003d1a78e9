import { describe, expect, it } from 'vitest';
import { action, loader } from '../app/routes/_shop.cart/route';
import { loader as layoutLoader } from '../app/routes/_shop/route';
import { cartWith } from './flow';
import { medusa } from './mocks/medusa';
import { actionArgs, loaderArgs, outcome } from './remix';

async function cartPage(cookie: string | null) {
  return (await loader(loaderArgs('/cart', { cookie }))).cart;
}

describe('cart page', () => {
  it('is empty without a cart cookie, and asks the backend nothing', async () => {
    expect(await cartPage(null)).toBeNull();
    expect(medusa.requests).toEqual([]);
  });

  it('shows lines and totals in VND', async () => {
    const cookie = await cartWith(['variant_cam5', 2], ['variant_mutcam', 3]);
    const cart = await cartPage(cookie);
    expect(cart?.lines.map((l) => [l.title, l.titleEn, l.quantity, l.unitPrice, l.total])).toEqual([
      ['Cam Vinh hộp 5 kg', 'Vinh oranges, 5 kg box', 2, 250000, 500000],
      ['Mứt cam 300 g', 'Orange marmalade, 300 g', 3, 65000, 195000],
    ]);
    expect(cart?.count).toBe(5);
    expect(cart?.totals).toEqual({ items: 695000, shipping: 0, tax: 33095, total: 695000 });
    expect(cart?.hasShipping).toBe(false);
    // The header's count comes from the layout's loader.
    expect(await layoutLoader(loaderArgs('/', { cookie }))).toEqual({ cartCount: 5 });
  });

  it('updates a quantity and removes a line', async () => {
    const cookie = await cartWith(['variant_cam5', 2], ['variant_mutcam', 3]);
    const [cam, mut] = (await cartPage(cookie))!.lines;
    const updated = await outcome(
      await action(
        actionArgs('/cart', { intent: 'update', line_id: cam!.id, quantity: '1' }, { cookie }),
      ),
    );
    expect(updated.data).toEqual({ ok: true, message: 'cart.updated' });
    const removed = await outcome(
      await action(actionArgs('/cart', { intent: 'remove', line_id: mut!.id }, { cookie })),
    );
    expect(removed.data).toEqual({ ok: true, message: 'cart.removed' });
    const cart = await cartPage(cookie);
    expect(cart?.lines.map((l) => [l.title, l.quantity])).toEqual([['Cam Vinh hộp 5 kg', 1]]);
    expect(cart?.totals.total).toBe(250000);
  });

  it('refuses a bad quantity and a quantity over the stock', async () => {
    const cookie = await cartWith(['variant_keo', 1]);
    const [line] = (await cartPage(cookie))!.lines;
    const zero = await outcome(
      await action(
        actionArgs('/cart', { intent: 'update', line_id: line!.id, quantity: '0' }, { cookie }),
      ),
    );
    expect([zero.status, zero.data]).toEqual([400, { ok: false, error: 'cart.invalidQuantity' }]);
    const many = await outcome(
      await action(
        actionArgs('/cart', { intent: 'update', line_id: line!.id, quantity: '9' }, { cookie }),
      ),
    );
    expect([many.status, many.data]).toEqual([400, { ok: false, error: 'cart.noStock' }]);
  });

  it('treats a cart that became an order as none', async () => {
    const cookie = await cartWith(['variant_cam5', 1]);
    const cartId = medusa.requests.find((r) => r.path.endsWith('/line-items'))!.path.split('/')[3]!;
    medusa.cart(cartId)!.completed_at = '2026-11-24T09:30:00.000Z';
    expect(await cartPage(cookie)).toBeNull();
    expect(await layoutLoader(loaderArgs('/', { cookie }))).toEqual({ cartCount: 0 });
  });
});
