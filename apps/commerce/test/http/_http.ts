// Small HTTP helpers for the tests: the store API with the publishable key, the admin API with
// a bearer token from Medusa's email-password login.
import pg from 'pg';
import { inject } from 'vitest';

export const backend = () => inject('backend');

export async function storeApi(path: string, init: RequestInit = {}): Promise<Response> {
  const { url, publishableKey } = backend();
  return fetch(`${url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      'x-publishable-api-key': publishableKey,
      ...init.headers,
    },
  });
}

let token: string | undefined;

export async function adminToken(
  email = backend().admin.email,
  password = backend().admin.password,
): Promise<string> {
  const response = await fetch(`${backend().url}/auth/user/emailpass`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export async function adminApi(
  path: string,
  init: RequestInit = {},
  bearer?: string,
): Promise<Response> {
  token ??= await adminToken();
  return fetch(`${backend().url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${bearer ?? token}`,
      ...init.headers,
    },
  });
}

/**
 * An exchange's order export uploaded as a file (multipart/form-data, field `file`), as the
 * admin page sends it.
 */
export async function uploadOrders(
  cooperativeId: string,
  exchange: string,
  file: { name: string; content: string | Uint8Array<ArrayBuffer> },
  bearer?: string,
): Promise<Response> {
  token ??= await adminToken();
  const form = new FormData();
  form.append('file', new Blob([file.content]), file.name);
  return fetch(
    `${backend().url}/admin/cooperatives/${cooperativeId}/channels/${exchange}/order-imports`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer ?? token}` },
      body: form,
    },
  );
}

/** The bytes behind a download URL of an export (the File Module's). */
export async function downloaded(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function json<T>(response: Response, expected = 200): Promise<T> {
  const body = await response.text();
  if (response.status !== expected) {
    throw new Error(`${response.url}: expected ${expected}, got ${response.status}: ${body}`);
  }
  return JSON.parse(body) as T;
}

export const ok = json;

/** A ledger's verifier key, read from the database (what a client would be given out of band). */
export async function verifierKey(origin: string): Promise<string> {
  const client = new pg.Client({ connectionString: backend().databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT verifier_key FROM trace.signing_keys WHERE ledger = $1',
      [origin],
    );
    return rows[0].verifier_key as string;
  } finally {
    await client.end();
  }
}

/** A cart in region Vietnam with one item, an address in Nghệ An and standard delivery. */
export async function cartReadyToPay(handle = 'cam-vinh-hop-5kg', quantity = 2) {
  const { regions } = await json<{ regions: { id: string; name: string }[] }>(
    await storeApi('/store/regions'),
  );
  const region = regions.find((r) => r.name === 'Việt Nam')!;
  const { products } = await json<{ products: { variants: { id: string }[] }[] }>(
    await storeApi(`/store/products?handle=${handle}&fields=*variants`),
  );
  const { cart } = await json<{ cart: { id: string } }>(
    await storeApi('/store/carts', {
      method: 'POST',
      body: JSON.stringify({ region_id: region.id, email: 'khach@example.vn' }),
    }),
  );
  await json(
    await storeApi(`/store/carts/${cart.id}/line-items`, {
      method: 'POST',
      body: JSON.stringify({ variant_id: products[0]!.variants[0]!.id, quantity }),
    }),
  );
  await json(
    await storeApi(`/store/carts/${cart.id}`, {
      method: 'POST',
      body: JSON.stringify({
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
    }),
  );
  const { shipping_options } = await json<{ shipping_options: { id: string; name: string }[] }>(
    await storeApi(`/store/shipping-options?cart_id=${cart.id}`),
  );
  const standard = shipping_options.find((o) => o.name.startsWith('Giao tiêu chuẩn'))!;
  const { cart: ready } = await json<{ cart: { id: string; total: number } }>(
    await storeApi(`/store/carts/${cart.id}/shipping-methods`, {
      method: 'POST',
      body: JSON.stringify({ option_id: standard.id }),
    }),
  );
  const { payment_collection } = await json<{ payment_collection: { id: string } }>(
    await storeApi('/store/payment-collections', {
      method: 'POST',
      body: JSON.stringify({ cart_id: cart.id }),
    }),
  );
  return { cartId: cart.id, total: ready.total, paymentCollectionId: payment_collection.id };
}

/** Opens a payment session with a provider; returns its data. */
export async function paymentSession(
  paymentCollectionId: string,
  providerId: string,
  data: Record<string, unknown> = {},
) {
  const { payment_collection } = await json<{
    payment_collection: {
      payment_sessions: { id: string; provider_id: string; data: Record<string, unknown> }[];
    };
  }>(
    await storeApi(`/store/payment-collections/${paymentCollectionId}/payment-sessions`, {
      method: 'POST',
      body: JSON.stringify({ provider_id: providerId, data }),
    }),
  );
  return payment_collection.payment_sessions.find((s) => s.provider_id === providerId)!;
}
