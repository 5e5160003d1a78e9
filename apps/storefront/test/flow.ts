// Steps a shopper takes, through the route modules, reused by the cart, checkout and VNPay tests.
import { action as productAction } from '../app/routes/_shop.products.$handle/route';
import { action as checkoutAction } from '../app/routes/_shop.checkout._index/route';
import { actionArgs, cookiePair, outcome, thrown } from './remix';

/** Adds products to a new cart; returns the `cart=…` cookie. */
export async function cartWith(...lines: [variantId: string, quantity: number][]): Promise<string> {
  let cookie: string | undefined;
  for (const [variantId, quantity] of lines) {
    const answer = await outcome(
      await productAction(
        actionArgs(
          '/products/x',
          { variant_id: variantId, quantity: String(quantity) },
          {
            params: { handle: 'x' },
            cookie: cookie ?? null,
          },
        ),
      ),
    );
    cookie ??= cookiePair(answer.headers.get('Set-Cookie'));
  }
  return cookie!;
}

export const ADDRESS = {
  email: 'lan@example.vn',
  phone: '0912 000 111',
  name: 'Nguyễn Thị Lan',
  address: '12 Lê Lợi',
  province: '40',
  commune: '16681',
};

/** Posts a checkout form; returns what the action returned or threw (a redirect). */
export async function checkout(
  cookie: string,
  form: Record<string, string>,
  options: { clientIp?: string } = {},
) {
  const args = actionArgs('/checkout', form, { cookie, ...options });
  try {
    return await outcome<Record<string, unknown>>(await checkoutAction(args));
  } catch (error) {
    return thrown<Record<string, unknown>>(() => {
      throw error;
    });
  }
}

/** A cart with one product, an address and standard delivery: ready to pay. */
export async function cartReadyToPay(): Promise<string> {
  const cookie = await cartWith(['variant_cam5', 2]);
  await checkout(cookie, { intent: 'address', ...ADDRESS });
  await checkout(cookie, { intent: 'shipping', shipping_option: 'so_standard' });
  return cookie;
}
