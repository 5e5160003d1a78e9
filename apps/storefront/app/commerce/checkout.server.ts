// Checkout against Medusa's store API, as apps/commerce's HTTP tests drive it: the address (with
// its commune code in metadata), a shipping method, a payment session, then for cash on delivery
// the cart's completion, for VNPay the session's signed payment URL. A VNPay cart is completed
// by the backend when VNPay's IPN arrives, never by the storefront.
import type { HttpTypes } from '@medusajs/types';
import type { PlainMessageKey } from '../i18n';
import { isCommuneOf, isProvince, placeNames } from './address.server';
import { bilingualName } from './products.server';
import { isRefusal, medusa } from './medusa.server';
import { type AddressMetadata, type BilingualText, readAddressMetadata } from '@nguongoc/contracts';

export const PROVIDERS = {
  cod: 'pp_system_default',
  vnpay: 'pp_vnpay_vnpay',
} as const;
export type PaymentChoice = keyof typeof PROVIDERS;

export interface AddressForm {
  email: string;
  phone: string;
  name: string;
  address: string;
  province: string;
  commune: string;
}

export type AddressErrors = Partial<Record<keyof AddressForm, PlainMessageKey>>;

const FIELDS = ['email', 'phone', 'name', 'address', 'province', 'commune'] as const;

export function readAddressForm(form: FormData): AddressForm {
  const value = (name: string) => {
    const entry = form.get(name);
    return typeof entry === 'string' ? entry.trim() : '';
  };
  return Object.fromEntries(FIELDS.map((name) => [name, value(name)])) as unknown as AddressForm;
}

/** `0912 345 678`, `+84 912.345.678` → `0912345678`; null if not a Vietnamese number. */
export function normalisePhone(phone: string): string | null {
  const digits = phone.replace(/[\s.\-()]/g, '').replace(/^\+84/, '0');
  return /^0\d{9,10}$/.test(digits) ? digits : null;
}

export function validateAddress(values: AddressForm): AddressErrors {
  const errors: AddressErrors = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = 'checkout.error.email';
  if (!normalisePhone(values.phone)) errors.phone = 'checkout.error.phone';
  if (values.name === '') errors.name = 'checkout.error.name';
  if (values.address === '') errors.address = 'checkout.error.address';
  if (!isProvince(values.province)) errors.province = 'checkout.error.province';
  else if (!isCommuneOf(values.commune, values.province)) errors.commune = 'checkout.error.commune';
  return errors;
}

/** What the form shows for a cart that already has an address. */
export function addressFormOf(cart: HttpTypes.StoreCart): AddressForm {
  const address = cart.shipping_address;
  const codes = readAddressMetadata(address?.metadata);
  return {
    email: cart.email ?? '',
    phone: address?.phone ?? '',
    name: [address?.first_name, address?.last_name].filter(Boolean).join(' '),
    address: address?.address_1 ?? '',
    province: codes.province_code ?? '',
    commune: codes.commune_code ?? '',
  };
}

/** Whether the cart has what delivery needs: contact, street and a commune. */
export function hasAddress(cart: HttpTypes.StoreCart): boolean {
  const form = addressFormOf(cart);
  return Object.keys(validateAddress(form)).length === 0;
}

/** Saves contact and address (as shipping and billing address). The values must be valid. */
export async function saveAddress(cartId: string, values: AddressForm): Promise<void> {
  const places = placeNames(values.commune);
  if (!places) throw new RangeError(`unknown commune ${values.commune}`);
  const address = {
    // One field for the whole name, as Vietnamese forms ask it.
    first_name: values.name,
    last_name: '',
    address_1: values.address,
    city: places.commune.vi,
    province: places.province.vi,
    country_code: 'vn',
    phone: normalisePhone(values.phone) ?? values.phone,
    metadata: {
      province_code: values.province,
      commune_code: values.commune,
    } satisfies AddressMetadata,
  };
  await medusa().store.cart.update(
    cartId,
    { email: values.email, shipping_address: address, billing_address: address },
    { fields: 'id' },
  );
}

export interface ShippingChoice {
  id: string;
  name: string;
  description: BilingualText | null;
  amount: number;
}

/** The cart's shipping options (they depend on its address). */
export async function shippingChoices(cartId: string): Promise<ShippingChoice[]> {
  const { shipping_options } = await medusa().store.fulfillment.listCartOptions({
    cart_id: cartId,
  });
  return shipping_options.map((option) => {
    const description = option.type?.description;
    return {
      id: option.id,
      name: option.name,
      description: description ? bilingualName(description) : null,
      amount: option.amount,
    };
  });
}

export async function chooseShipping(cartId: string, optionId: string): Promise<void> {
  await medusa().store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: 'id' });
}

/** The payment choices the region offers, of the two the storefront knows. */
export async function paymentChoices(regionId: string): Promise<PaymentChoice[]> {
  const { payment_providers } = await medusa().store.payment.listPaymentProviders({
    region_id: regionId,
  });
  const offered = new Set(payment_providers.map((provider) => provider.id));
  return (Object.keys(PROVIDERS) as PaymentChoice[]).filter((choice) =>
    offered.has(PROVIDERS[choice]),
  );
}

export type PaymentStart =
  | { kind: 'order'; orderId: string }
  | { kind: 'redirect'; url: string }
  | { kind: 'refused'; message: PlainMessageKey };

/** The signed URL that the VNPay provider keeps in its session's data (`payment_url`). */
export function vnpayPaymentUrl(collection: HttpTypes.StorePaymentCollection): string | null {
  const session = collection.payment_sessions?.find((s) => s.provider_id === PROVIDERS.vnpay);
  const url = session?.data?.payment_url;
  if (typeof url !== 'string') return null;
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/**
 * Opens the payment session and, for cash on delivery, places the order; for VNPay, returns the
 * URL to send the shopper to. `clientIp` goes to VNPay as `vnp_IpAddr`.
 */
export async function startPayment(
  cart: HttpTypes.StoreCart,
  choice: PaymentChoice,
  clientIp: string | undefined,
): Promise<PaymentStart> {
  const sdk = medusa();
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, {
    provider_id: PROVIDERS[choice],
    data: choice === 'vnpay' && clientIp ? { ip_address: clientIp } : {},
  });
  if (choice === 'vnpay') {
    const url = vnpayPaymentUrl(payment_collection);
    return url
      ? { kind: 'redirect', url }
      : { kind: 'refused', message: 'checkout.error.vnpayUrl' };
  }
  try {
    const placed = await sdk.store.cart.complete(cart.id, { fields: 'id' });
    return placed.type === 'order'
      ? { kind: 'order', orderId: placed.order.id }
      : { kind: 'refused', message: 'checkout.error.notPlaced' };
  } catch (error) {
    // Stock gone or the cart changed underneath: the shopper can act on it.
    if (isRefusal(error)) return { kind: 'refused', message: 'checkout.error.notPlaced' };
    throw error;
  }
}
