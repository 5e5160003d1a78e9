import { describe, expect, it } from 'vitest';
import { loader } from '../app/routes/_shop.checkout._index/route';
import { ADDRESS, cartReadyToPay, cartWith, checkout } from './flow';
import { medusa } from './mocks/medusa';
import { loaderArgs, outcome, thrown } from './remix';

type Page = Awaited<ReturnType<typeof loader>>;

async function page(cookie: string): Promise<Page> {
  return (await outcome<Page>(await loader(loaderArgs('/checkout', { cookie })))).data;
}

function cartIdOf(): string {
  return medusa.requests.find((r) => r.path.endsWith('/line-items'))!.path.split('/')[3]!;
}

describe('checkout: address, province → commune', () => {
  it('sends a shopper without a cart back to the cart', async () => {
    const answer = await thrown(() => loader(loaderArgs('/checkout')));
    expect(answer.status).toBe(302);
    expect(answer.headers.get('Location')).toBe('/cart');
  });

  it('starts with the 34 provinces and no commune list', async () => {
    const first = await page(await cartWith(['variant_cam5', 1]));
    expect(first.provinces).toHaveLength(34);
    expect(first.provinces.find((p) => p.code === '40')?.name).toEqual({
      vi: 'Nghệ An',
      en: 'Nghe An',
    });
    expect(first.communes).toEqual([]);
    expect(first.addressDone).toBe(false);
    expect(first.shipping).toEqual([]);
  });

  it('without JavaScript, choosing the province posts the form and brings back its communes', async () => {
    const cookie = await cartWith(['variant_cam5', 1]);
    const requestsBefore = medusa.requests.length;
    const answer = await checkout(cookie, {
      intent: 'province',
      email: 'lan@example.vn',
      name: 'Nguyễn Thị Lan',
      phone: '',
      address: '',
      province: '40',
      commune: '',
    });
    expect(answer.status).toBe(200);
    const communes = answer.data.communes as { code: string; name: { vi: string } }[];
    // Nghệ An's 130 communes and wards, each of that province, by name.
    expect(communes).toHaveLength(130);
    expect(communes.map((c) => c.code)).toContain('16941');
    expect(communes.find((c) => c.code === '16681')?.name.vi).toBe('Phường Thành Vinh');
    // What was typed comes back, so the form shows it again.
    expect(answer.data.values).toMatchObject({ email: 'lan@example.vn', province: '40' });
    // Nothing was saved: only the cart was read.
    expect(medusa.requests.slice(requestsBefore).map((r) => r.method)).toEqual(['GET']);
  });

  it('refuses a commune of another province, and lists every problem', async () => {
    const cookie = await cartWith(['variant_cam5', 1]);
    const answer = await checkout(cookie, {
      intent: 'address',
      ...ADDRESS,
      email: 'not an email',
      phone: '12345',
      commune: '18547', // Xã Phúc Trạch is in Hà Tĩnh, not Nghệ An
    });
    expect(answer.status).toBe(400);
    expect(answer.data.errors).toEqual({
      email: 'checkout.error.email',
      phone: 'checkout.error.phone',
      commune: 'checkout.error.commune',
    });
    expect(medusa.cart(cartIdOf())!.shipping_address).toBeNull();
  });

  it('saves contact and address with the commune code, then offers shipping options', async () => {
    const cookie = await cartWith(['variant_cam5', 2]);
    const saved = await checkout(cookie, {
      intent: 'address',
      ...ADDRESS,
      phone: '+84 912.000.111',
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get('Location')).toBe('/checkout?saved=address#shipping');
    const cart = medusa.cart(cartIdOf())!;
    expect(cart.email).toBe('lan@example.vn');
    expect(cart.shipping_address).toEqual({
      first_name: 'Nguyễn Thị Lan',
      last_name: '',
      address_1: '12 Lê Lợi',
      city: 'Phường Thành Vinh',
      province: 'Nghệ An',
      country_code: 'vn',
      phone: '0912000111',
      metadata: { province_code: '40', commune_code: '16681' },
    });

    const next = await page(cookie);
    expect(next.addressDone).toBe(true);
    expect(next.values).toEqual({ ...ADDRESS, phone: '0912000111' });
    expect(next.communes).toHaveLength(130);
    expect(next.shipping.map((o) => [o.id, o.amount, o.description?.en])).toEqual([
      ['so_standard', 30000, '3–5 days'],
      ['so_express', 50000, '1–2 days'],
    ]);
    expect(next.payments).toEqual(['cod', 'vnpay']);
  });

  it('chooses a shipping option of the cart, and refuses another', async () => {
    const cookie = await cartWith(['variant_cam5', 2]);
    await checkout(cookie, { intent: 'address', ...ADDRESS });
    const wrong = await checkout(cookie, { intent: 'shipping', shipping_option: 'so_other' });
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors).toEqual({ shipping: 'checkout.error.shipping' });
    const chosen = await checkout(cookie, { intent: 'shipping', shipping_option: 'so_standard' });
    expect(chosen.headers.get('Location')).toBe('/checkout?saved=shipping#payment');
    const ready = await page(cookie);
    expect(ready.shippingOptionId).toBe('so_standard');
    expect(ready.summary.totals).toMatchObject({ items: 500000, shipping: 30000, total: 530000 });
  });

  it('does not take payment before address and shipping', async () => {
    const cookie = await cartWith(['variant_cam5', 1]);
    const answer = await checkout(cookie, { intent: 'pay', payment: 'cod' });
    expect(answer.status).toBe(409);
    expect(answer.data.error).toBe('checkout.error.notReady');
  });
});

describe('checkout: payment', () => {
  it('cash on delivery completes the cart and goes to the order page, forgetting the cart', async () => {
    const cookie = await cartReadyToPay();
    const answer = await checkout(cookie, { intent: 'pay', payment: 'cod' });
    expect(answer.status).toBe(302);
    const location = answer.headers.get('Location')!;
    expect(location).toMatch(/^\/orders\/order_\d+$/);
    expect(answer.headers.get('Set-Cookie')).toMatch(/^cart=; Max-Age=0;/);
    const order = medusa.order(location.split('/')[2]!)!;
    expect(order.provider_id).toBe('pp_system_default');
    expect(order.cart.total).toBe(530000);
    const session = medusa.requests.find((r) => r.path.endsWith('/payment-sessions'));
    expect(session?.body).toEqual({ provider_id: 'pp_system_default', data: {} });
  });

  it("VNPay sends the shopper to the session's signed payment URL, with their IP, and places no order", async () => {
    const cookie = await cartReadyToPay();
    const answer = await checkout(
      cookie,
      { intent: 'pay', payment: 'vnpay' },
      { clientIp: '203.113.1.2' },
    );
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get('Location')!);
    expect(location.origin).toBe('https://sandbox.vnpayment.vn');
    expect(location.searchParams.get('vnp_Amount')).toBe('53000000');
    expect(location.searchParams.get('vnp_IpAddr')).toBe('203.113.1.2');
    const session = medusa.cart(cartIdOf())!.payment_collection!.payment_sessions[0]!;
    expect(answer.headers.get('Location')).toBe(session.data.payment_url);
    // The cart stays (the return page needs it) and is not completed by the storefront.
    expect(answer.headers.get('Set-Cookie')).toBeNull();
    expect(medusa.requests.some((r) => r.path.endsWith('/complete'))).toBe(false);
  });

  it('refuses a payment method the storefront does not offer', async () => {
    const cookie = await cartReadyToPay();
    const answer = await checkout(cookie, { intent: 'pay', payment: 'pp_stripe_stripe' });
    expect(answer.status).toBe(400);
    expect(answer.data.errors).toEqual({ payment: 'checkout.error.payment' });
  });
});
