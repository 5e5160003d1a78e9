import { describe, expect, it } from 'vitest';
import { loader } from '../app/routes/_shop.checkout.vnpay-return/route';
import { cartReadyToPay, checkout } from './flow';
import { medusa } from './mocks/medusa';
import { loaderArgs, outcome } from './remix';

type Result = {
  state: string;
  txnRef: string | null;
  orderId?: string | null;
  code?: string | null;
};

/** A shopper who chose VNPay and is back from VNPay's page with `query` (VNPay's return URL). */
async function returned(query: (txnRef: string) => Record<string, string>) {
  const cookie = await cartReadyToPay();
  const paying = await checkout(cookie, { intent: 'pay', payment: 'vnpay' });
  const txnRef = new URL(paying.headers.get('Location')!).searchParams.get('vnp_TxnRef')!;
  const back = async () => {
    const before = medusa.requests.length;
    const url = `/checkout/vnpay-return?${new URLSearchParams(query(txnRef))}`;
    const answer = await outcome<Result>(await loader(loaderArgs(url, { cookie })));
    return { ...answer, requests: medusa.requests.slice(before) };
  };
  return { txnRef, back };
}

const signedPaid = (txnRef: string) => ({
  vnp_TxnRef: txnRef,
  vnp_Amount: '53000000',
  vnp_ResponseCode: '00',
  vnp_TransactionStatus: '00',
  vnp_SecureHash: 'whatever the browser brings',
});

describe('VNPay return page (display only)', () => {
  it('shows pending while the IPN has not come, however "paid" the query looks, and changes nothing', async () => {
    const { txnRef, back } = await returned(signedPaid);
    const answer = await back();
    expect(answer.data).toEqual({ state: 'pending', txnRef, orderId: null });
    // It only read: no cart completion, no payment update, no IPN relayed.
    expect(
      answer.requests.map((r) => `${r.method} ${r.path.split('/').slice(0, 3).join('/')}`),
    ).toEqual(['GET /store/carts']);
    const cart = [...new Set(answer.requests.map((r) => r.path))][0]!.split('/')[3]!;
    expect(medusa.cart(cart)!.completed_at).toBeNull();
    expect(medusa.cart(cart)!.payment_collection!.payment_sessions[0]!.status).toBe('pending');
  });

  it('shows paid, links the order and forgets the cart once the IPN has placed and paid it', async () => {
    const { txnRef, back } = await returned(signedPaid);
    const order = medusa.ipn(txnRef, { paid: true })!;
    const answer = await back();
    expect(answer.data).toEqual({ state: 'paid', txnRef, orderId: order.id });
    expect(answer.headers.get('Set-Cookie')).toMatch(/^cart=; Max-Age=0;/);
    // Completing an already completed cart is how Medusa hands back its order: nothing new.
    expect(answer.requests.filter((r) => r.method !== 'GET').map((r) => r.path)).toEqual([
      expect.stringMatching(/^\/store\/carts\/cart_\d+\/complete$/),
    ]);
  });

  it('stays pending (with the order link) while the order exists but its payment is not captured', async () => {
    const { txnRef, back } = await returned(signedPaid);
    const order = medusa.ipn(txnRef, { paid: true, captured: false })!;
    const answer = await back();
    expect(answer.data).toEqual({ state: 'pending', txnRef, orderId: order.id });
    expect(answer.headers.get('Set-Cookie')).toBeNull();
  });

  it("shows failed when the backend recorded VNPay's refusal", async () => {
    const { txnRef, back } = await returned(signedPaid);
    medusa.ipn(txnRef, { paid: false });
    expect((await back()).data).toEqual({ state: 'failed', txnRef, code: '24' });
  });

  it('shows failed when VNPay reports a failure on the way back, before any IPN', async () => {
    const { txnRef, back } = await returned((ref) => ({
      ...signedPaid(ref),
      vnp_ResponseCode: '24',
      vnp_TransactionStatus: '02',
    }));
    expect((await back()).data).toEqual({ state: 'failed', txnRef, code: '24' });
  });

  it("knows no transaction that is not this browser's cart's", async () => {
    const { back } = await returned(() => ({ vnp_TxnRef: 'NGKHONGCO', vnp_ResponseCode: '00' }));
    expect((await back()).data).toEqual({ state: 'unknown', txnRef: 'NGKHONGCO' });
    const answer = await outcome<Result>(
      await loader(loaderArgs('/checkout/vnpay-return?vnp_TxnRef=NG1&vnp_ResponseCode=00')),
    );
    expect(answer.data).toEqual({ state: 'unknown', txnRef: 'NG1' });
  });
});
