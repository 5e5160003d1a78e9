import { describe, expect, it } from 'vitest';
import { paymentStatusMessage } from '../app/commerce/payment-status';
import { translator } from '../app/i18n';
import { loader } from '../app/routes/_shop.orders.$id/route';
import { cartReadyToPay, checkout } from './flow';
import { medusa } from './mocks/medusa';
import { loaderArgs, thrown } from './remix';

async function orderPage(id: string) {
  return (await loader(loaderArgs(`/orders/${id}`, { params: { id } }))).order;
}

const vi = translator('vi');
const statusOf = async (id: string) => vi(paymentStatusMessage((await orderPage(id)).payment));

async function vnpayTxnRef(): Promise<string> {
  const cookie = await cartReadyToPay();
  const answer = await checkout(cookie, { intent: 'pay', payment: 'vnpay' });
  return new URL(answer.headers.get('Location')!).searchParams.get('vnp_TxnRef')!;
}

describe('order page', () => {
  it('shows the items, totals and the address as province → commune', async () => {
    const cookie = await cartReadyToPay();
    const placed = await checkout(cookie, { intent: 'pay', payment: 'cod' });
    const order = await orderPage(placed.headers.get('Location')!.split('/')[2]!);
    expect(order.lines.map((l) => [l.title, l.quantity, l.total])).toEqual([
      ['Cam Vinh hộp 5 kg', 2, 500000],
    ]);
    expect(order.totals).toMatchObject({ items: 500000, shipping: 30000, total: 530000 });
    expect(order.address).toEqual({
      name: 'Nguyễn Thị Lan',
      phone: '0912000111',
      line: '12 Lê Lợi',
      province: { vi: 'Nghệ An', en: 'Nghe An' },
      commune: { vi: 'Phường Thành Vinh', en: 'Thanh Vinh Ward' },
    });
  });

  it('cash on delivery: "thanh toán khi nhận hàng", then paid once the cash is recorded', async () => {
    const cookie = await cartReadyToPay();
    const placed = await checkout(cookie, { intent: 'pay', payment: 'cod' });
    const id = placed.headers.get('Location')!.split('/')[2]!;
    expect(await statusOf(id)).toBe('Thanh toán khi nhận hàng');
    medusa.codReceived(id);
    expect(await statusOf(id)).toBe('Đã thanh toán khi nhận hàng');
  });

  it('VNPay: "đang chờ xác nhận từ VNPay" until the IPN has captured the payment, then "đã thanh toán"', async () => {
    const txnRef = await vnpayTxnRef();
    // The settlement's moment between placing the order and capturing its payment.
    const order = medusa.ipn(txnRef, { paid: true, captured: false })!;
    expect(await statusOf(order.id)).toBe('Đang chờ xác nhận từ VNPay');
    order.payment_status = 'captured';
    expect(await statusOf(order.id)).toBe('Đã thanh toán');
    expect(translator('en')(paymentStatusMessage((await orderPage(order.id)).payment))).toBe(
      'Paid',
    );
  });

  it('is a 404 for an unknown order', async () => {
    const answer = await thrown(() =>
      loader(loaderArgs('/orders/order_x', { params: { id: 'order_x' } })),
    );
    expect(answer.status).toBe(404);
  });
});

describe('payment status texts', () => {
  it.each([
    ['pp_system_default', 'authorized', 'order.status.cod'],
    ['pp_system_default', 'captured', 'order.status.codPaid'],
    ['pp_vnpay_vnpay', 'not_paid', 'order.status.vnpayPending'],
    ['pp_vnpay_vnpay', 'authorized', 'order.status.vnpayPending'],
    ['pp_vnpay_vnpay', 'captured', 'order.status.paid'],
    ['pp_vnpay_vnpay', 'refunded', 'order.status.refunded'],
    ['pp_vnpay_vnpay', 'canceled', 'order.status.canceled'],
    [null, null, 'order.status.notPaid'],
  ])('%s, %s → %s', (providerId, paymentStatus, message) => {
    expect(paymentStatusMessage({ providerId, paymentStatus })).toBe(message);
  });
});
