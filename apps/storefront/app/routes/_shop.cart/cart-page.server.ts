import {
  CART_FIELDS,
  cartView,
  openCart,
  quantityOf,
  removeLine,
  updateLine,
} from '../../commerce/cart.server';
import { backendFailure, fromBackend, isRefusal } from '../../commerce/medusa.server';
import type { CartView } from '../../commerce/types';
import type { PlainMessageKey } from '../../i18n';

export async function cartPage(request: Request): Promise<{ cart: CartView | null }> {
  return fromBackend('cart', async () => {
    const cart = await openCart(request, CART_FIELDS);
    return { cart: cart && (cart.items ?? []).length > 0 ? cartView(cart) : null };
  });
}

export type CartChange =
  { ok: true; message: PlainMessageKey } | { ok: false; error: PlainMessageKey };

/** Changes a line's quantity or removes it (intent `update` or `remove`). */
export async function changeCart(request: Request, form: FormData): Promise<CartChange> {
  const cart = await fromBackend('cart', () => openCart(request, 'id,completed_at'));
  const lineId = form.get('line_id');
  if (!cart || typeof lineId !== 'string' || lineId === '')
    return { ok: false, error: 'cart.failed' };
  const intent = form.get('intent');
  try {
    if (intent === 'remove') {
      await removeLine(cart.id, lineId);
      return { ok: true, message: 'cart.removed' };
    }
    const quantity = quantityOf(form.get('quantity'));
    if (!quantity) return { ok: false, error: 'cart.invalidQuantity' };
    await updateLine(cart.id, lineId, quantity);
    return { ok: true, message: 'cart.updated' };
  } catch (error) {
    if (isRefusal(error)) {
      return {
        ok: false,
        error: /inventory|stock/i.test(error.message) ? 'cart.noStock' : 'cart.failed',
      };
    }
    backendFailure(error, 'change cart');
  }
}
