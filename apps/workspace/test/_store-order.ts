// Seeded data the officer's and the cooperative's pages are tested on: a seeded cooperative by
// handle, and a storefront order paid cash on delivery, placed through the store API as a
// shopper does (cart, address in Nghệ An, standard delivery, COD, complete).
import { operatorToken } from '@nguongoc/test-support/accounts';
import type { Backend } from '@nguongoc/test-support/backend';

async function json<T>(response: Response, expected = 200): Promise<T> {
  const text = await response.text();
  if (response.status !== expected) {
    throw new Error(`${response.url}: expected ${expected}, got ${response.status}: ${text}`);
  }
  return JSON.parse(text) as T;
}

/** The seeded cooperative with `handle` (apps/commerce/src/scripts/seed-data.ts). */
export async function seededCooperative(
  backend: Backend,
  handle: string,
): Promise<{ id: string; name: string; commune_code: string }> {
  const { cooperatives } = await json<{
    cooperatives: { id: string; name: string; handle: string; commune_code: string }[];
  }>(
    await fetch(`${backend.url}/admin/cooperatives`, {
      headers: { authorization: `Bearer ${await operatorToken(backend)}` },
    }),
  );
  const found = cooperatives.find((cooperative) => cooperative.handle === handle);
  if (!found) throw new Error(`no seeded cooperative ${handle}`);
  return found;
}

/** Places a cash-on-delivery order of `quantity` × the seeded product `handle`; its ID. */
export async function placeCodOrder(
  backend: Backend,
  handle: string,
  quantity: number,
): Promise<string> {
  const store = (path: string, body?: unknown) =>
    fetch(`${backend.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        'x-publishable-api-key': backend.publishableKey,
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  const { regions } = await json<{ regions: { id: string; name: string }[] }>(
    await store('/store/regions'),
  );
  const region = regions.find((each) => each.name === 'Việt Nam')!;
  const { products } = await json<{ products: { variants: { id: string }[] }[] }>(
    await store(`/store/products?handle=${handle}&fields=*variants`),
  );
  const { cart } = await json<{ cart: { id: string } }>(
    await store('/store/carts', { region_id: region.id, email: 'khach@example.vn' }),
  );
  await json(
    await store(`/store/carts/${cart.id}/line-items`, {
      variant_id: products[0]!.variants[0]!.id,
      quantity,
    }),
  );
  await json(
    await store(`/store/carts/${cart.id}`, {
      shipping_address: {
        first_name: 'Lan',
        last_name: 'Nguyễn',
        address_1: '12 Lê Lợi',
        city: 'Phường Thành Vinh',
        province: 'Nghệ An',
        country_code: 'vn',
        phone: '0912000111',
        metadata: { commune_code: '16681' },
      },
    }),
  );
  const { shipping_options } = await json<{ shipping_options: { id: string; name: string }[] }>(
    await store(`/store/shipping-options?cart_id=${cart.id}`),
  );
  const standard = shipping_options.find((option) => option.name.startsWith('Giao tiêu chuẩn'))!;
  await json(await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id }));
  const { payment_collection } = await json<{ payment_collection: { id: string } }>(
    await store('/store/payment-collections', { cart_id: cart.id }),
  );
  await json(
    await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: 'pp_system_default',
      data: {},
    }),
  );
  const placed = await json<{ type: string; order: { id: string } }>(
    await store(`/store/carts/${cart.id}/complete`, {}),
  );
  if (placed.type !== 'order') throw new Error(`cart ${cart.id} was not placed`);
  return placed.order.id;
}
