// The checkout page's three steps on one page, each a plain POST form (intent: province,
// address, shipping, pay), so it works without JavaScript: choosing the province posts the form
// and the page comes back with that province's communes.
import { redirect } from '@remix-run/node';
import { communeOptions, isProvince, provinceOptions } from '../../commerce/address.server';
import { CART_FIELDS, cartView, forgetCart, openCart } from '../../commerce/cart.server';
import {
  type AddressForm,
  type PaymentChoice,
  PROVIDERS,
  addressFormOf,
  chooseShipping,
  hasAddress,
  paymentChoices,
  readAddressForm,
  saveAddress,
  shippingChoices,
  startPayment,
  validateAddress,
} from '../../commerce/checkout.server';
import { fromBackend } from '../../commerce/medusa.server';
import type { PlainMessageKey } from '../../i18n';

const FIELDS = `${CART_FIELDS},*shipping_address,+shipping_methods.name`;

async function cartForCheckout(request: Request) {
  const cart = await fromBackend('checkout', () => openCart(request, FIELDS));
  if (!cart || (cart.items ?? []).length === 0) throw redirect('/cart');
  return cart;
}

export async function checkoutPage(request: Request) {
  const cart = await cartForCheckout(request);
  const values = addressFormOf(cart);
  const addressDone = hasAddress(cart);
  return fromBackend('checkout', async () => {
    const [shipping, payments] = await Promise.all([
      addressDone ? shippingChoices(cart.id) : Promise.resolve([]),
      paymentChoices(cart.region_id ?? ''),
    ]);
    return {
      values,
      provinces: provinceOptions(),
      communes: isProvince(values.province) ? communeOptions(values.province) : [],
      addressDone,
      shipping,
      shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? null,
      payments,
      summary: cartView(cart),
      saved: new URL(request.url).searchParams.get('saved'),
    };
  });
}

export type CheckoutResult = {
  intent: string;
  values?: AddressForm;
  communes?: ReturnType<typeof communeOptions>;
  errors?: Partial<Record<keyof AddressForm | 'shipping' | 'payment', PlainMessageKey>>;
  error?: PlainMessageKey;
};

export type CheckoutOutcome =
  { result: CheckoutResult; status: number } | { redirect: string; setCookie?: string };

export async function checkoutAction(
  request: Request,
  form: FormData,
  clientIp: string | undefined,
): Promise<CheckoutOutcome> {
  const intent = String(form.get('intent') ?? '');
  const cart = await cartForCheckout(request);

  if (intent === 'province' || intent === 'address') {
    const values = readAddressForm(form);
    const communes = isProvince(values.province) ? communeOptions(values.province) : [];
    if (intent === 'province') return { result: { intent, values, communes }, status: 200 };
    const errors = validateAddress(values);
    if (Object.keys(errors).length > 0) {
      return { result: { intent, values, communes, errors }, status: 400 };
    }
    await fromBackend('save address', () => saveAddress(cart.id, values));
    return { redirect: '/checkout?saved=address#shipping' };
  }

  if (intent === 'shipping') {
    const optionId = form.get('shipping_option');
    const options = await fromBackend('shipping options', () => shippingChoices(cart.id));
    if (!options.some((option) => option.id === optionId)) {
      return { result: { intent, errors: { shipping: 'checkout.error.shipping' } }, status: 400 };
    }
    await fromBackend('choose shipping', () => chooseShipping(cart.id, String(optionId)));
    return { redirect: '/checkout?saved=shipping#payment' };
  }

  if (intent === 'pay') {
    if (!hasAddress(cart) || (cart.shipping_methods ?? []).length === 0) {
      return { result: { intent, error: 'checkout.error.notReady' }, status: 409 };
    }
    const choice = String(form.get('payment') ?? '');
    const offered = await fromBackend('payment providers', () =>
      paymentChoices(cart.region_id ?? ''),
    );
    if (!(choice in PROVIDERS) || !offered.includes(choice as PaymentChoice)) {
      return { result: { intent, errors: { payment: 'checkout.error.payment' } }, status: 400 };
    }
    const started = await fromBackend('payment', () =>
      startPayment(cart, choice as PaymentChoice, clientIp),
    );
    if (started.kind === 'order') {
      return { redirect: `/orders/${started.orderId}`, setCookie: await forgetCart() };
    }
    if (started.kind === 'redirect') return { redirect: started.url };
    return { result: { intent, error: started.message }, status: 409 };
  }

  return { result: { intent, error: 'cart.failed' }, status: 400 };
}
