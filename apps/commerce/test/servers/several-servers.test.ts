import { describe, expect, it } from 'vitest';
import { signedIpn } from '@nguongoc/test-support/vnpay';
import { adminApi, backend, cartReadyToPay, ok, paymentSession, storeApi } from '../http/_http.js';

const [serverA, serverB] = backend().urls;

async function ipnTo(server: string, query: Record<string, string>): Promise<string> {
  const response = await fetch(`${server}/hooks/vnpay/ipn?${new URLSearchParams(query)}`);
  return ((await response.json()) as { RspCode: string }).RspCode;
}

describe('two servers and a worker on one PostgreSQL and one Redis', () => {
  it('pays a VNPay order once when five copies of its IPN reach both servers at once', async () => {
    const { cartId, paymentCollectionId } = await cartReadyToPay('mam-tep-200g', 2);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const paid = signedIpn(session.data.payment_url as string, backend().vnpay.secureSecret);
    const answers = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => ipnTo(i % 2 ? serverB! : serverA!, paid)),
    );
    expect(answers.filter((code) => code === '00')).toHaveLength(1);
    expect(answers.filter((code) => code === '02')).toHaveLength(4);
    const placed = await ok<{ type: string; order: { id: string } }>(
      await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' }),
    );
    const { order } = await ok<{
      order: { payment_status: string; payment_collections: { payments: unknown[] }[] };
    }>(
      await adminApi(
        `/admin/orders/${placed.order.id}?fields=+payment_status,*payment_collections.payments`,
      ),
    );
    expect(order.payment_status).toBe('captured');
    expect(order.payment_collections.flatMap((c) => c.payments)).toHaveLength(1);
  });

  it('shares the catalogue cache, and a change on one server clears it on the other', async () => {
    const { publishableKey } = backend();
    const headers = { 'x-publishable-api-key': publishableKey };
    const list = '/store/products?limit=50';
    const first = await fetch(`${serverB}${list}`, { headers });
    expect(first.headers.get('x-cache')).toBe('MISS');
    // The entry is written to Redis just after B answered; A finds it there.
    await expect
      .poll(async () => (await fetch(`${serverA}${list}`, { headers })).headers.get('x-cache'), {
        timeout: 2_000,
      })
      .toBe('HIT');
    const { products } = (await (await fetch(`${serverA}${list}`, { headers })).json()) as {
      products: { id: string; title: string }[];
    };
    const target = products.find((p) => p.title === 'Nem chua Thanh Hoá 500 g')!;

    // Through server A (the admin helpers' server).
    expect(backend().url).toBe(serverA);
    await ok(
      await adminApi(`/admin/products/${target.id}`, {
        method: 'POST',
        body: JSON.stringify({ title: 'Nem chua Hoằng Hoá 500 g' }),
      }),
    );
    const titlesOnB = async () =>
      (
        (await (await fetch(`${serverB}${list}`, { headers })).json()) as {
          products: { title: string }[];
        }
      ).products.map((p) => p.title);
    await expect.poll(titlesOnB, { timeout: 5_000 }).toContain('Nem chua Hoằng Hoá 500 g');
  });
});
