import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { signedIpn, vnpaySignature } from '@nguongoc/test-support/vnpay';
import { adminApi, backend, cartReadyToPay, ok, paymentSession, storeApi } from './_http.js';

interface OrderView {
  id: string;
  total: number;
  payment_status: string;
  payment_collections: {
    payments: { id: string; provider_id: string; captured_at: string | null }[];
  }[];
}

async function order(id: string): Promise<OrderView> {
  const fields = '+payment_status,*payment_collections.payments';
  return (await ok<{ order: OrderView }>(await adminApi(`/admin/orders/${id}?fields=${fields}`)))
    .order;
}

async function ipn(query: Record<string, string>) {
  const response = await fetch(`${backend().url}/hooks/vnpay/ipn?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { RspCode: string; Message: string };
}

/** Writes an IPN's parameters into a payment session as its stored proof, behind the API's back. */
async function storeInSession(sessionId: string, proof: Record<string, string>): Promise<void> {
  const client = new pg.Client({ connectionString: backend().databaseUrl });
  await client.connect();
  try {
    await client.query(
      "UPDATE payment_session SET data = data || jsonb_build_object('vnpay_result', $1::jsonb) WHERE id = $2",
      [JSON.stringify(proof), sessionId],
    );
  } finally {
    await client.end();
  }
}

describe('cash on delivery', () => {
  it('places the order unpaid, and the cash received captures its payment once', async () => {
    const { cartId, total, paymentCollectionId } = await cartReadyToPay('mut-cam-300g', 3);
    // 3 × 65.000 ₫ + 30.000 ₫ standard delivery, VAT included.
    expect(total).toBe(225000);
    await paymentSession(paymentCollectionId, 'pp_system_default');
    const placed = await ok<{ type: string; order: { id: string } }>(
      await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' }),
    );
    expect(placed.type).toBe('order');
    expect((await order(placed.order.id)).payment_status).toBe('authorized');

    const first = await ok<{ payment: { captured_at: string | null }; already_recorded: boolean }>(
      await adminApi(`/admin/orders/${placed.order.id}/cod-received`, { method: 'POST' }),
    );
    expect(first.already_recorded).toBe(false);
    expect(first.payment.captured_at).not.toBeNull();
    const again = await ok<{ already_recorded: boolean }>(
      await adminApi(`/admin/orders/${placed.order.id}/cod-received`, { method: 'POST' }),
    );
    expect(again.already_recorded).toBe(true);
    expect((await order(placed.order.id)).payment_status).toBe('captured');
  });
});

describe('VNPay', () => {
  it('redirects to a signed sandbox URL; only a signed IPN with the right amount pays the order, once', async () => {
    const { cartId, total, paymentCollectionId } = await cartReadyToPay('cam-vinh-hop-5kg', 2);
    expect(total).toBe(530000);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay', {
      ip_address: '203.113.1.2',
    });
    const paymentUrl = session.data.payment_url as string;
    const request = Object.fromEntries(new URL(paymentUrl).searchParams);
    expect(new URL(paymentUrl).origin).toBe('https://sandbox.vnpayment.vn');
    expect(request).toMatchObject({ vnp_Amount: '53000000', vnp_TmnCode: backend().vnpay.tmnCode });
    expect(request.vnp_TxnRef).toMatch(/^[A-Z0-9]+$/);
    expect(request.vnp_OrderInfo).toMatch(/^[\x20-\x7e]+$/);
    expect(request.vnp_SecureHash).toBe(vnpaySignature(request, backend().vnpay.secureSecret));

    // Before the IPN the cart cannot become an order: the payment is not authorised.
    const early = await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' });
    expect(((await early.json()) as { type?: string }).type).not.toBe('order');

    const secret = backend().vnpay.secureSecret;
    expect(await ipn({ ...signedIpn(paymentUrl, secret), vnp_Amount: '100' })).toMatchObject({
      RspCode: '97',
    });
    expect(await ipn(signedIpn(paymentUrl, secret, { vnp_Amount: '100' }))).toMatchObject({
      RspCode: '04',
    });
    // Signed by VNPay but about no session of ours: money taken, kept for the operator (ADR 034).
    expect(await ipn(signedIpn(paymentUrl, secret, { vnp_TxnRef: 'NGKHONGCO' }))).toMatchObject({
      RspCode: '00',
    });
    expect(await ipn(signedIpn(paymentUrl, 'wrong secret'))).toMatchObject({ RspCode: '97' });

    expect(await ipn({ vnp_TxnRef: request.vnp_TxnRef! })).toMatchObject({ RspCode: '99' });
    expect(await ipn({ ...signedIpn(paymentUrl, secret), vnp_Amount: 'abc' })).toMatchObject({
      RspCode: '99',
    });

    // VNPay retries until it hears 00: five copies, some at once, pay exactly once.
    const paid = signedIpn(paymentUrl, secret);
    const answers = [
      ...(await Promise.all([ipn(paid), ipn(paid), ipn(paid)])),
      await ipn(paid),
      await ipn(paid),
    ].map((answer) => answer.RspCode);
    expect(answers.filter((code) => code === '00')).toHaveLength(1);
    expect(answers.filter((code) => code === '02')).toHaveLength(4);

    const completed = await ok<{ type: string; order: { id: string } }>(
      await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' }),
    );
    expect(completed.type).toBe('order');
    const placed = await order(completed.order.id);
    expect(placed.payment_status).toBe('captured');
    const payments = placed.payment_collections.flatMap((c) => c.payments);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ provider_id: 'pp_vnpay_vnpay' });
  });

  it("captures on VNPay's retry when a first IPN stored the proof but stopped before capturing", async () => {
    const { cartId, paymentCollectionId } = await cartReadyToPay('che-xanh-huong-son-200g', 1);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const paid = signedIpn(session.data.payment_url as string, backend().vnpay.secureSecret);
    // What a crash between "store the proof" and "capture" leaves behind.
    await storeInSession(session.id, paid);
    expect(await ipn(paid)).toMatchObject({ RspCode: '00' });
    expect(await ipn(paid)).toMatchObject({ RspCode: '02' });
    const completed = await ok<{ type: string; order: { id: string } }>(
      await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' }),
    );
    expect((await order(completed.order.id)).payment_status).toBe('captured');
  });

  it('pays on the real IPN even when a forged proof was planted in the session', async () => {
    const { cartId, paymentCollectionId } = await cartReadyToPay('gao-thom-hoang-hoa-5kg', 1);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const url = session.data.payment_url as string;
    await storeInSession(session.id, signedIpn(url, 'not the merchant secret'));
    expect(await ipn(signedIpn(url, backend().vnpay.secureSecret))).toMatchObject({
      RspCode: '00',
    });
    const completed = await ok<{ type: string; order: { id: string } }>(
      await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' }),
    );
    expect((await order(completed.order.id)).payment_status).toBe('captured');
  });

  it('records a cancelled payment without placing the order', async () => {
    const { cartId, paymentCollectionId } = await cartReadyToPay('keo-cu-do-250g', 1);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const cancelled = signedIpn(session.data.payment_url as string, backend().vnpay.secureSecret, {
      vnp_ResponseCode: '24',
      vnp_TransactionStatus: '02',
    });
    expect(await ipn(cancelled)).toMatchObject({ RspCode: '00' });
    const attempt = await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' });
    expect(((await attempt.json()) as { type?: string }).type).not.toBe('order');
  });
});

describe('VNPay reconciliation (querydr)', () => {
  const answer = (txnRef: string, fields: Record<string, string>) =>
    fetch(`${backend().vnpay.queryDrUrl}/__answers/${txnRef}`, {
      method: 'PUT',
      body: JSON.stringify({ vnp_ResponseCode: '00', vnp_TxnRef: txnRef, ...fields }),
    });
  const reconcile = async () =>
    (
      await ok<{
        report: { checked: number; paid: number; failed: number; open: number; problems: number };
      }>(await adminApi('/admin/payments/vnpay/reconcile', { method: 'POST' }))
    ).report;

  it('pays an order whose IPN never came, once, and a late IPN changes nothing', async () => {
    const { cartId, total, paymentCollectionId } = await cartReadyToPay('buoi-phuc-trach-qua', 1);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const txnRef = session.data.txn_ref as string;
    // Not final at VNPay yet: nothing happens.
    await answer(txnRef, { vnp_TransactionStatus: '01', vnp_Amount: String(total * 100) });
    expect((await reconcile()).open).toBeGreaterThanOrEqual(1);
    expect(
      (
        (await (await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' })).json()) as {
          type?: string;
        }
      ).type,
    ).not.toBe('order');

    await answer(txnRef, { vnp_TransactionStatus: '00', vnp_Amount: String(total * 100) });
    const [first, second] = await Promise.all([reconcile(), reconcile()]);
    expect(first!.paid + second!.paid).toBeGreaterThanOrEqual(1);
    const late = signedIpn(session.data.payment_url as string, backend().vnpay.secureSecret);
    expect(await ipn(late)).toMatchObject({ RspCode: '02' });

    const completed = await ok<{ type: string; order: { id: string } }>(
      await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' }),
    );
    const placed = await order(completed.order.id);
    expect(placed.payment_status).toBe('captured');
    expect(placed.payment_collections.flatMap((c) => c.payments)).toHaveLength(1);
  });

  it('does not pay when VNPay reports another amount', async () => {
    const { cartId, paymentCollectionId } = await cartReadyToPay('tinh-dau-buoi-50ml', 1);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    await answer(session.data.txn_ref as string, {
      vnp_TransactionStatus: '00',
      vnp_Amount: '100000',
    });
    expect((await reconcile()).problems).toBeGreaterThanOrEqual(1);
    const attempt = await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' });
    expect(((await attempt.json()) as { type?: string }).type).not.toBe('order');
  });

  it('needs an admin login', async () => {
    const response = await fetch(`${backend().url}/admin/payments/vnpay/reconcile`, {
      method: 'POST',
    });
    expect(response.status).toBe(401);
  });
});
