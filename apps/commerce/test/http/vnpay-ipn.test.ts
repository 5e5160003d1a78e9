// VNPay's IPN never loses a payment (issue #22, item 3; ADR 034): every verified message is
// stored before anything else, a paid one that cannot become an order waits for the operator as
// a payment needing action, the shopper cannot set the provider's fields, replays answer alike.
import {
  paymentsNeedingActionAnswer,
  readAnswer,
  resolvedPaymentAnswer,
} from '@nguongoc/contracts';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { signedIpn } from '@nguongoc/test-support/vnpay';
import { formatCount, formatVnd } from '@nguongoc/vn-locale';
import { adminApp, openAdmin } from './_admin-browser.js';
import { adminApi, backend, cartReadyToPay, ok, paymentSession } from './_http.js';

interface StoredMessage {
  txn_ref: string;
  source: string;
  outcome: string;
  answer_code: string;
  reason: string | null;
  paid: boolean;
  times_received: number;
  params: Record<string, string>;
}

const secret = () => backend().vnpay.secureSecret;

async function ipn(query: Record<string, string>) {
  const response = await fetch(`${backend().url}/hooks/vnpay/ipn?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { RspCode: string }).RspCode;
}

async function sql<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: backend().databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

const messages = (txnRef: string) =>
  sql<StoredMessage>('SELECT * FROM vnpay_message WHERE txn_ref = $1 ORDER BY created_at', [
    txnRef,
  ]);

/** The operator's list, read through its contract. */
async function needingAction(query = '') {
  const path = `/admin/payments/needing-action${query}`;
  return readAnswer(paymentsNeedingActionAnswer, await ok(await adminApi(path)), `GET ${path}`);
}

async function orderOfCart(cartId: string): Promise<string | undefined> {
  const [row] = await sql<{ order_id: string }>(
    'SELECT order_id FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL',
    [cartId],
  );
  return row?.order_id;
}

describe('a paid IPN whose payment session Medusa deleted', () => {
  it('is kept as a payment needing action, answered the same on replay, and resolved once by the operator', async () => {
    const { cartId, total, paymentCollectionId } = await cartReadyToPay('cam-vinh-hop-5kg', 1);
    // "Pay" clicked twice: the second session replaces the first, whose VNPay page is then used.
    const first = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const second = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const firstRef = first.data.txn_ref as string;
    expect(second.data.txn_ref).not.toBe(firstRef);
    const [gone] = await sql(
      'SELECT id FROM payment_session WHERE id = $1 AND deleted_at IS NULL',
      [first.id],
    );
    expect(gone).toBeUndefined();

    const paidFirst = signedIpn(first.data.payment_url as string, secret());
    const { count: before } = await needingAction();
    // Stored, then answered 00 so that VNPay stops: the proof is safe with us.
    expect(await ipn(paidFirst)).toBe('00');
    expect(await ipn(paidFirst)).toBe('02');
    expect(await ipn(paidFirst)).toBe('02');
    const [stored] = await messages(firstRef);
    expect(stored).toMatchObject({
      source: 'ipn',
      paid: true,
      outcome: 'needs_action',
      reason: 'session_gone',
      answer_code: '00',
      times_received: 3,
    });
    expect(stored!.params).toEqual(paidFirst);

    const open = await needingAction();
    expect(open.count).toBe(before + 1);
    const waiting = open.payments.find((p) => p.txn_ref === firstRef)!;
    expect(waiting).toMatchObject({
      reason: 'session_gone',
      amount_vnd: total,
      transaction_no: '14226112',
      pay_date: '20261124093000',
      resolved_at: null,
    });

    // The second page pays the order as usual.
    expect(await ipn(signedIpn(second.data.payment_url as string, secret()))).toBe('00');
    expect(await orderOfCart(cartId)).toBeDefined();

    // The operator refunds in VNPay's portal and says so: a reason and a note are required.
    const resolve = (body: unknown) =>
      adminApi(`/admin/payments/needing-action/${waiting.id}/resolve`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
    const refused = await resolve({ resolution: 'gone', note: 'x' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/resolution phải là.*\/ resolution must be/s);
    const blank = await resolve({ resolution: 'refunded', note: ' ' });
    expect(blank.status).toBe(400);
    expect(await blank.text()).toMatch(/note: ghi chú.* \/ a note of what was done/s);
    const done = readAnswer(
      resolvedPaymentAnswer,
      await ok(await resolve({ resolution: 'refunded', note: 'Hoàn tiền VNPay 14226112' })),
      'POST /admin/payments/needing-action/:id/resolve',
    );
    expect(done.payment).toMatchObject({
      resolution: 'refunded',
      resolution_note: 'Hoàn tiền VNPay 14226112',
    });
    expect(done.payment.resolved_by).toMatch(/^user_/);
    expect((await resolve({ resolution: 'refunded', note: 'again' })).status).toBe(409);
    expect((await needingAction()).payments.map((p) => p.id)).not.toContain(waiting.id);
    expect((await needingAction('?resolved=true')).payments.map((p) => p.id)).toContain(waiting.id);
    // Still a replay after the operator's action: the same answer.
    expect(await ipn(paidFirst)).toBe('02');
    const unknown = await adminApi('/admin/payments/needing-action/vnmsg_none/resolve', {
      method: 'POST',
      body: JSON.stringify({ resolution: 'refunded', note: 'x' }),
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 01 for an unpaid one, stores it, and answers 01 again on replay', async () => {
    const { paymentCollectionId } = await cartReadyToPay('keo-cu-do-250g', 1);
    const first = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const cancelled = signedIpn(first.data.payment_url as string, secret(), {
      vnp_ResponseCode: '24',
      vnp_TransactionStatus: '02',
    });
    expect(await ipn(cancelled)).toBe('01');
    expect(await ipn(cancelled)).toBe('01');
    expect(await messages(first.data.txn_ref as string)).toMatchObject([
      { outcome: 'not_found', paid: false, times_received: 2 },
    ]);
    const { payments } = await needingAction();
    expect(payments.map((p) => p.txn_ref)).not.toContain(first.data.txn_ref);
  });
});

describe('a verified IPN whose settlement fails', () => {
  it('is stored before anything else, answered 99, and settled by VNPay’s retry', async () => {
    const { cartId, paymentCollectionId } = await cartReadyToPay('mat-ong-hoa-cam-500ml', 1);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const txnRef = session.data.txn_ref as string;
    // The database refuses any change to this one session: settling it fails midway.
    await sql(`CREATE OR REPLACE FUNCTION vnpay_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await sql(`CREATE TRIGGER vnpay_test_refuse BEFORE UPDATE ON payment_session FOR EACH ROW
      WHEN (OLD.id = '${session.id}') EXECUTE FUNCTION vnpay_test_refuse()`);
    const paid = signedIpn(session.data.payment_url as string, secret());
    try {
      expect(await ipn(paid)).toBe('99');
      const [stored] = await messages(txnRef);
      expect(stored).toMatchObject({ outcome: 'error', paid: true, answer_code: '99' });
      expect(stored!.params).toEqual(paid);
      expect(await orderOfCart(cartId)).toBeUndefined();
    } finally {
      await sql('DROP TRIGGER IF EXISTS vnpay_test_refuse ON payment_session');
      await sql('DROP FUNCTION IF EXISTS vnpay_test_refuse()');
    }
    expect(await ipn(paid)).toBe('00');
    expect(await messages(txnRef)).toMatchObject([
      { outcome: 'paid_order', times_received: 2, answer_code: '00' },
    ]);
    expect(await orderOfCart(cartId)).toBeDefined();
    expect(await ipn(paid)).toBe('02');
  });
});

describe('a paid IPN whose cart cannot be completed', () => {
  it('is captured as VNPay took the money, and kept as needing action instead of a silent success', async () => {
    const handle = 'gao-nep-cai-hoa-vang-2kg';
    const { cartId, paymentCollectionId } = await cartReadyToPay(handle, 2);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const levels = await sql<{ id: string; stocked_quantity: number }>(
      `SELECT l.id, l.stocked_quantity FROM inventory_level l
         JOIN product_variant_inventory_item pvi ON pvi.inventory_item_id = l.inventory_item_id
         JOIN product_variant v ON v.id = pvi.variant_id
         JOIN product p ON p.id = v.product_id
       WHERE p.handle = $1 AND l.deleted_at IS NULL`,
      [handle],
    );
    expect(levels.length).toBeGreaterThan(0);
    // Sold out while the shopper was on VNPay's page.
    // Medusa reads a quantity from its `raw_` column: both are set.
    await sql(
      `UPDATE inventory_level SET stocked_quantity = reserved_quantity,
         raw_stocked_quantity = jsonb_build_object('value', reserved_quantity::text, 'precision', 20)
       WHERE id = ANY($1)`,
      [levels.map((l) => l.id)],
    );
    try {
      const paid = signedIpn(session.data.payment_url as string, secret());
      expect(await ipn(paid)).toBe('00');
      expect(await orderOfCart(cartId)).toBeUndefined();
      const txnRef = session.data.txn_ref as string;
      expect(await messages(txnRef)).toMatchObject([
        { outcome: 'needs_action', reason: 'cart_not_completed', answer_code: '00' },
      ]);
      const { payments } = await needingAction();
      expect(payments.find((p) => p.txn_ref === txnRef)).toMatchObject({
        reason: 'cart_not_completed',
        cart_id: cartId,
      });
      expect(await ipn(paid)).toBe('02');
    } finally {
      for (const level of levels) {
        await sql(
          `UPDATE inventory_level SET stocked_quantity = $1,
             raw_stocked_quantity = jsonb_build_object('value', $3::text, 'precision', 20)
           WHERE id = $2`,
          [level.stocked_quantity, level.id, String(level.stocked_quantity)],
        );
      }
    }
  });
});

describe('client-supplied session data', () => {
  it('cannot set the provider’s fields', async () => {
    const { paymentCollectionId } = await cartReadyToPay('che-xanh-huong-son-200g', 1);
    const planted = {
      txn_ref: 'NGPLANTED',
      amount_vnd: 1,
      payment_url: 'https://attacker.example/pay',
      vnpay_result: { vnp_TxnRef: 'NGPLANTED', vnp_ResponseCode: '00' },
      vnpay_querydr: { vnp_ResponseCode: '00' },
      vnpay_anything: 'x',
      ip_address: '203.113.1.2',
    };
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay', planted);
    const [stored] = await sql<{ data: Record<string, unknown> }>(
      'SELECT data FROM payment_session WHERE id = $1',
      [session.id],
    );
    for (const data of [session.data, stored!.data]) {
      expect(data).not.toHaveProperty('vnpay_result');
      expect(data).not.toHaveProperty('vnpay_querydr');
      expect(data).not.toHaveProperty('vnpay_anything');
      expect(data.txn_ref).not.toBe('NGPLANTED');
      expect(data.payment_url).toMatch(/^https:\/\/sandbox\.vnpayment\.vn\//);
      expect(data.amount_vnd).not.toBe(1);
    }
  });

  it('planted in the database, does not hide the session from reconciliation', async () => {
    const { cartId, total, paymentCollectionId } = await cartReadyToPay('tinh-dau-buoi-50ml', 1);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const txnRef = session.data.txn_ref as string;
    // A "proof" that does not verify, as an earlier bug or a planted field would leave it.
    const forged = signedIpn(session.data.payment_url as string, 'not the merchant secret');
    await sql(
      "UPDATE payment_session SET data = data || jsonb_build_object('vnpay_result', $1::jsonb) WHERE id = $2",
      [JSON.stringify(forged), session.id],
    );
    await fetch(`${backend().vnpay.queryDrUrl}/__answers/${txnRef}`, {
      method: 'PUT',
      body: JSON.stringify({
        vnp_ResponseCode: '00',
        vnp_TxnRef: txnRef,
        vnp_TransactionStatus: '00',
        vnp_Amount: String(total * 100),
      }),
    });
    // (The scheduled job runs the same reconciliation and may get there first: either pays.)
    const { report } = await ok<{ report: { needing_action: number } }>(
      await adminApi('/admin/payments/vnpay/reconcile', { method: 'POST' }),
    );
    expect(report.needing_action).toBe((await needingAction()).count);
    expect(await orderOfCart(cartId)).toBeDefined();
    expect(await messages(txnRef)).toMatchObject([{ source: 'querydr', outcome: 'paid_order' }]);
  });
});

describe('a refused IPN', () => {
  it('keeps its proof when the shopper tries again, and its replay answers as the first time', async () => {
    const { cartId, paymentCollectionId } = await cartReadyToPay('buoi-phuc-trach-qua', 1);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const refused = signedIpn(session.data.payment_url as string, secret(), {
      vnp_ResponseCode: '51',
      vnp_TransactionStatus: '02',
      vnp_TransactionNo: '0',
    });
    expect(await ipn(refused)).toBe('00');
    // The shopper tries again: a new session and transaction replace the refused one.
    const retry = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    expect(retry.data.txn_ref).not.toBe(session.data.txn_ref);
    expect(await ipn(refused)).toBe('02');
    const [stored] = await messages(session.data.txn_ref as string);
    expect(stored).toMatchObject({ outcome: 'refusal_recorded', paid: false, times_received: 2 });
    expect(stored!.params).toEqual(refused);
    expect(await ipn(signedIpn(retry.data.payment_url as string, secret()))).toBe('00');
    expect(await orderOfCart(cartId)).toBeDefined();
  });
});

describe('a paid IPN with another amount', () => {
  it('answers 04 every time and waits for the operator', async () => {
    const { paymentCollectionId } = await cartReadyToPay('mut-cam-300g', 1);
    const session = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    const other = signedIpn(session.data.payment_url as string, secret(), { vnp_Amount: '100' });
    expect(await ipn(other)).toBe('04');
    expect(await ipn(other)).toBe('04');
    const { payments } = await needingAction();
    expect(payments.find((p) => p.txn_ref === session.data.txn_ref)).toMatchObject({
      reason: 'wrong_amount',
      amount_vnd: 1,
    });
  });
});

describe('the admin page "Thanh toán cần xử lý"', () => {
  it('lists a payment needing action with its count, and closes it with a note', async () => {
    const { total, paymentCollectionId } = await cartReadyToPay('cam-vinh-hop-5kg', 1);
    const first = await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    await paymentSession(paymentCollectionId, 'pp_vnpay_vnpay');
    expect(await ipn(signedIpn(first.data.payment_url as string, secret()))).toBe('00');
    const txnRef = first.data.txn_ref as string;
    const { count } = await needingAction();

    const { browser, page } = await openAdmin();
    try {
      await page.goto(`${adminApp()}/payments-needing-action`);
      const view = page.getByTestId('nguongoc-payments-needing-action');
      await view.getByRole('heading', { name: /Thanh toán VNPay cần xử lý/ }).waitFor();
      await expect(view.getByTestId('nguongoc-payments-count').textContent()).resolves.toBe(
        formatCount(count),
      );
      const row = view.getByTestId(`nguongoc-payment-${txnRef}`);
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain(formatVnd(total));
      await expect(row.textContent()).resolves.toContain('Phiên thanh toán đã bị thay');
      await row.locator('select').selectOption('completed_manually');
      await row.locator('textarea').fill('Đơn tạo tay theo giao dịch VNPay');
      await row.getByRole('button', { name: 'Đóng khoản này' }).click();
      await row.waitFor({ state: 'detached' });
    } finally {
      await browser.close();
    }
    const { payments } = await needingAction('?resolved=true');
    expect(payments.find((p) => p.txn_ref === txnRef)).toMatchObject({
      resolution: 'completed_manually',
      resolution_note: 'Đơn tạo tay theo giao dịch VNPay',
    });
  });
});
