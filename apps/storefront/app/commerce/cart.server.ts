// The shopper's cart: its ID in an httpOnly `cart` cookie, the cart itself in Medusa. A cart that
// is gone or already became an order counts as none, and the next item starts a new one.
import type { HttpTypes } from '@medusajs/types';
import { readProductMetadata } from '@nguongoc/contracts';
import { createCookie } from '@remix-run/node';
import { environment } from '../env.server';
import { hasStatus, medusa } from './medusa.server';
import { regionId } from './region.server';
import type { CartView } from './types';

const THIRTY_DAYS = 30 * 24 * 3600;

function cartCookie() {
  return createCookie('cart', {
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    secure: environment().STOREFRONT_URL.startsWith('https:'),
    maxAge: THIRTY_DAYS,
  });
}

/**
 * Fields of a cart page: Medusa's defaults, each line's total and its product (whose English
 * title, in its metadata, English pages show; Medusa's defaults give the product's ID only, and
 * `+items.product.metadata` does not add it).
 */
export const CART_FIELDS = '+items.total,*items.product';

export async function cartIdOf(request: Request): Promise<string | null> {
  const value: unknown = await cartCookie().parse(request.headers.get('Cookie'));
  return typeof value === 'string' && value !== '' ? value : null;
}

export function rememberCart(cartId: string): Promise<string> {
  return cartCookie().serialize(cartId);
}

export function forgetCart(): Promise<string> {
  return cartCookie().serialize('', { maxAge: 0 });
}

/** The shopper's open cart, or null (no cookie, unknown cart, or already an order). */
export async function openCart(
  request: Request,
  fields: string = CART_FIELDS,
): Promise<HttpTypes.StoreCart | null> {
  const id = await cartIdOf(request);
  if (!id) return null;
  try {
    const { cart } = await medusa().store.cart.retrieve(id, { fields });
    return cart.completed_at ? null : cart;
  } catch (error) {
    if (hasStatus(error, 404)) return null;
    throw error;
  }
}

/** How many items the header shows; null when the backend cannot say (the page goes on). */
export async function cartCount(request: Request): Promise<number | null> {
  try {
    const cart = await openCart(request, 'id,completed_at,items.id,items.quantity');
    return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0);
  } catch {
    return null;
  }
}

/**
 * Adds a variant to the open cart, starting a cart when there is none.
 * @returns the Set-Cookie header when a new cart was started.
 */
export async function addToCart(
  request: Request,
  variantId: string,
  quantity: number,
): Promise<{ setCookie: string | null }> {
  let cart = await openCart(request, 'id,completed_at');
  let setCookie: string | null = null;
  if (!cart) {
    ({ cart } = await medusa().store.cart.create(
      { region_id: await regionId() },
      { fields: 'id' },
    ));
    setCookie = await rememberCart(cart.id);
  }
  await medusa().store.cart.createLineItem(
    cart.id,
    { variant_id: variantId, quantity },
    { fields: 'id' },
  );
  return { setCookie };
}

export async function updateLine(cartId: string, lineId: string, quantity: number): Promise<void> {
  await medusa().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: 'id' });
}

export async function removeLine(cartId: string, lineId: string): Promise<void> {
  await medusa().store.cart.deleteLineItem(cartId, lineId);
}

/** A quantity from a form: a whole number from 1 to 99, or null. */
export function quantityOf(value: FormDataEntryValue | null): number | null {
  const n = Number(typeof value === 'string' ? value.trim() : NaN);
  return Number.isInteger(n) && n >= 1 && n <= 99 ? n : null;
}

/** The cart as the cart page and the checkout summary show it. */
export function cartView(cart: HttpTypes.StoreCart): CartView {
  const lines = (cart.items ?? []).map((item) => {
    const { title_en } = readProductMetadata(item.product?.metadata);
    return {
      id: item.id,
      title: item.product_title ?? item.title,
      titleEn: title_en ?? null,
      variantTitle: item.variant_title ?? null,
      productHandle: item.product_handle ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: item.quantity,
      unitPrice: item.unit_price,
      total: typeof item.total === 'number' ? item.total : item.unit_price * item.quantity,
    };
  });
  return {
    id: cart.id,
    lines,
    count: lines.reduce((sum, line) => sum + line.quantity, 0),
    totals: {
      items: cart.item_total,
      shipping: cart.shipping_total,
      tax: cart.tax_total,
      total: cart.total,
    },
    hasShipping: (cart.shipping_methods ?? []).length > 0,
  };
}
