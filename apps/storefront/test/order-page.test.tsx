// @vitest-environment happy-dom
// The order page tells the payment's state as the backend has it, in both languages.
import { Outlet } from '@remix-run/react';
import { createRemixStub } from '@remix-run/testing';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrderView } from '../app/commerce/orders.server';
import OrderPage from '../app/routes/_shop.orders.$id/route';

afterEach(cleanup);

function order(providerId: string, paymentStatus: string): OrderView {
  return {
    id: 'order_1',
    displayId: 12,
    createdAt: '2026-11-24T09:30:00.000Z',
    email: 'lan@example.vn',
    lines: [
      {
        id: 'ordli_1',
        title: 'Cam Vinh hộp 5 kg',
        titleEn: 'Vinh oranges, 5 kg box',
        variantTitle: 'Tiêu chuẩn',
        quantity: 2,
        unitPrice: 250000,
        total: 500000,
      },
    ],
    totals: { items: 500000, shipping: 30000, tax: 25238, total: 530000 },
    address: {
      name: 'Nguyễn Thị Lan',
      phone: '0912000111',
      line: '12 Lê Lợi',
      province: { vi: 'Nghệ An', en: 'Nghe An' },
      commune: { vi: 'Phường Thành Vinh', en: 'Thanh Vinh Ward' },
    },
    payment: { providerId, paymentStatus },
  };
}

function renderOrder(view: OrderView, language: 'vi' | 'en' = 'vi') {
  const Stub = createRemixStub([
    {
      id: 'root',
      path: '/',
      loader: () => ({ language, ENV: {} }),
      Component: Outlet,
      children: [{ path: 'orders/:id', loader: () => ({ order: view }), Component: OrderPage }],
    },
  ]);
  render(<Stub initialEntries={['/orders/order_1']} />);
}

describe('order page', () => {
  it('cash on delivery: "Thanh toán khi nhận hàng", with items, totals and the address', async () => {
    renderOrder(order('pp_system_default', 'authorized'));
    expect((await screen.findByRole('status')).textContent).toBe('Thanh toán khi nhận hàng');
    expect(document.querySelector('.lead')?.textContent).toMatch(/^Đơn hàng số 12 · Đặt lúc /);
    expect(document.querySelector('.totals__total + dd')?.textContent).toBe('530.000\u00a0₫');
    expect(document.querySelector('address')?.textContent).toContain('Nghệ An › Phường Thành Vinh');
  });

  it('VNPay before the IPN captured it: waiting for VNPay, never "paid"', async () => {
    renderOrder(order('pp_vnpay_vnpay', 'authorized'));
    expect((await screen.findByRole('status')).textContent).toBe('Đang chờ xác nhận từ VNPay');
    expect(screen.queryByText('Đã thanh toán')).toBeNull();
  });

  it('VNPay captured: "Đã thanh toán", and in English "Paid"', async () => {
    renderOrder(order('pp_vnpay_vnpay', 'captured'));
    expect((await screen.findByRole('status')).textContent).toBe('Đã thanh toán');
    cleanup();
    renderOrder(order('pp_vnpay_vnpay', 'captured'), 'en');
    expect((await screen.findByRole('status')).textContent).toBe('Paid');
    expect(document.querySelector('address')?.textContent).toContain('Nghe An › Thanh Vinh Ward');
  });
});
