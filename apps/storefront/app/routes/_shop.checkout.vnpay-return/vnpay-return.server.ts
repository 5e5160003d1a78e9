// VNPay's return URL (the backend's VNPAY_RETURN_URL). It only DISPLAYS: the shopper's browser
// brings VNPay's query, which this storefront cannot verify (the merchant secret stays in the
// backend) and never passes on. What counts is what the backend has recorded:
//   - the cart in the `cart` cookie must hold a VNPay session whose `txn_ref` is the query's
//     `vnp_TxnRef` (the backend's provider keeps it in the session's data);
//   - the cart completed means VNPay's IPN was verified and the order placed; it is paid when
//     the order's payment is captured (the IPN's last step), and pending a moment before;
//   - the session holding VNPay's verified refusal, or the query reporting one, means failed;
//   - anything else is pending, however the query looks.
// Its one POST, `complete`, goes only to a cart that is already completed: on such a cart Medusa
// returns the existing order (that is how the backend's own tests find it) and changes nothing.
import type { HttpTypes } from '@medusajs/types';
import { cartIdOf, forgetCart } from '../../commerce/cart.server';
import { PROVIDERS } from '../../commerce/checkout.server';
import { fromBackend, hasStatus, medusa } from '../../commerce/medusa.server';
import { retrieveOrder } from '../../commerce/orders.server';
import { paymentStatusMessage } from '../../commerce/payment-status';

const FIELDS = 'id,completed_at,*payment_collection,*payment_collection.payment_sessions';

export type ReturnState =
  | { state: 'paid'; txnRef: string; orderId: string }
  | { state: 'pending'; txnRef: string; orderId: string | null }
  | { state: 'failed'; txnRef: string; code: string | null }
  | { state: 'unknown'; txnRef: string | null };

type Proof = Record<string, unknown>;

/**
 * VNPay's refusal as the backend stored it, or null: the IPN's query (`vnpay_result`, paid when
 * response code and transaction status are both 00) or the reconciliation's final querydr answer
 * (`vnpay_querydr`, paid when the transaction status is 00). Returns VNPay's code, or '' if none.
 */
function refusalOf(session: HttpTypes.StorePaymentSession): string | null {
  const data = session.data ?? {};
  const ipn = data.vnpay_result as Proof | undefined;
  const querydr = data.vnpay_querydr as Proof | undefined;
  const code = (value: unknown) => (typeof value === 'string' ? value : '');
  if (ipn && !(ipn.vnp_ResponseCode === '00' && ipn.vnp_TransactionStatus === '00')) {
    return code(ipn.vnp_ResponseCode);
  }
  if (!ipn && querydr && querydr.vnp_TransactionStatus !== '00') {
    return code(querydr.vnp_TransactionStatus);
  }
  return session.status === 'error' ? code(ipn?.vnp_ResponseCode) : null;
}

export async function vnpayReturn(
  request: Request,
): Promise<{ result: ReturnState; setCookie: string | null }> {
  const query = new URL(request.url).searchParams;
  const txnRef = query.get('vnp_TxnRef');
  const cartId = await cartIdOf(request);
  if (!txnRef || !cartId) return { result: { state: 'unknown', txnRef }, setCookie: null };

  const cart = await fromBackend('vnpay return', async () => {
    try {
      return (await medusa().store.cart.retrieve(cartId, { fields: FIELDS })).cart;
    } catch (error) {
      if (hasStatus(error, 404)) return null;
      throw error;
    }
  });
  const session = cart?.payment_collection?.payment_sessions?.find(
    (s) => s.provider_id === PROVIDERS.vnpay && s.data?.txn_ref === txnRef,
  );
  if (!cart || !session) return { result: { state: 'unknown', txnRef }, setCookie: null };

  if (cart.completed_at) {
    const placed = await fromBackend('vnpay return order', () =>
      medusa().store.cart.complete(cart.id, { fields: 'id' }),
    );
    if (placed.type === 'order') {
      const order = await fromBackend('vnpay return order', () => retrieveOrder(placed.order.id));
      const paid = paymentStatusMessage(order.payment) === 'order.status.paid';
      // The cart cookie goes once the order is paid; until then, checking again needs it.
      return paid
        ? { result: { state: 'paid', txnRef, orderId: order.id }, setCookie: await forgetCart() }
        : { result: { state: 'pending', txnRef, orderId: order.id }, setCookie: null };
    }
  }

  const refusal = refusalOf(session);
  if (refusal !== null)
    return { result: { state: 'failed', txnRef, code: refusal || null }, setCookie: null };
  // VNPay's redirect says it failed: shown as such, though only the backend's record is proof.
  const reported = query.get('vnp_ResponseCode');
  if (reported && reported !== '00') {
    return { result: { state: 'failed', txnRef, code: reported }, setCookie: null };
  }
  return { result: { state: 'pending', txnRef, orderId: null }, setCookie: null };
}
