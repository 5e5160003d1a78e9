import { addToCart, quantityOf } from '../../commerce/cart.server';
import { cooperativeRef } from '../../commerce/cooperatives.server';
import { backendFailure, fromBackend, isRefusal, notFound } from '../../commerce/medusa.server';
import { productByHandle, productOrigin, withFacts } from '../../commerce/products.server';
import type { LotSummary, ProductDetail } from '../../commerce/types';
import type { PlainMessageKey } from '../../i18n';

export async function productPage(
  handle: string,
): Promise<{ product: ProductDetail; newestLot: LotSummary | null }> {
  const product = await fromBackend(`product ${handle}`, () => productByHandle(handle, []));
  if (!product) notFound();
  // The product page stands without its trace summary: a failing origin route costs only that
  // (and its OCOP rating and planting area, which are the ledger's: never guessed from metadata).
  const origin = await productOrigin(product.id).catch((error: unknown) => {
    console.error(`[storefront] [medusa] origin of ${product.id}: ${String(error)}`);
    return { cooperative: null, newestLot: null, facts: { ocop: null, planting_area: null } };
  });
  return {
    product: {
      ...withFacts(product, origin.facts),
      cooperative: origin.cooperative ? cooperativeRef(origin.cooperative) : null,
    },
    newestLot: origin.newestLot,
  };
}

export type AddResult =
  { ok: true; quantity: number; setCookie: string | null } | { ok: false; error: PlainMessageKey };

export async function addFromForm(request: Request, form: FormData): Promise<AddResult> {
  const quantity = quantityOf(form.get('quantity'));
  const variantId = form.get('variant_id');
  if (!quantity) return { ok: false, error: 'cart.invalidQuantity' };
  if (typeof variantId !== 'string' || variantId === '') return { ok: false, error: 'cart.failed' };
  try {
    const { setCookie } = await addToCart(request, variantId, quantity);
    return { ok: true, quantity, setCookie };
  } catch (error) {
    if (isRefusal(error)) {
      return {
        ok: false,
        error: /inventory|stock/i.test(error.message) ? 'cart.noStock' : 'cart.failed',
      };
    }
    backendFailure(error, 'add to cart');
  }
}
