// @vitest-environment happy-dom
// The checkout page in a browser with JavaScript: every control labelled, and the commune list
// following the chosen province in place (a fetcher, no navigation, what was typed kept).
import { Outlet } from '@remix-run/react';
import { createRemixStub } from '@remix-run/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { communeOptions, provinceOptions } from '../app/commerce/address.server';
import Checkout from '../app/routes/_shop.checkout._index/route';

afterEach(cleanup);

const page = {
  values: { email: '', phone: '', name: '', address: '', province: '', commune: '' },
  provinces: provinceOptions(),
  communes: [],
  addressDone: false,
  shipping: [],
  shippingOptionId: null,
  payments: ['cod', 'vnpay'],
  summary: {
    id: 'cart_1',
    lines: [
      {
        id: 'line_1',
        title: 'Cam Vinh hộp 5 kg',
        titleEn: 'Vinh oranges, 5 kg box',
        variantTitle: 'Tiêu chuẩn',
        productHandle: 'cam-vinh-hop-5kg',
        thumbnail: null,
        quantity: 2,
        unitPrice: 250000,
        total: 500000,
      },
    ],
    count: 2,
    totals: { items: 500000, shipping: 0, tax: 23810, total: 500000 },
    hasShipping: false,
  },
  saved: null,
};

function renderCheckout(language: 'vi' | 'en', posted: FormData[] = []) {
  const Stub = createRemixStub([
    {
      id: 'root',
      path: '/',
      loader: () => ({ language, ENV: {} }),
      Component: Outlet,
      children: [
        {
          path: 'checkout',
          loader: () => page,
          // The real action's province step: the communes of the posted province.
          action: async ({ request }) => {
            const form = await request.formData();
            posted.push(form);
            const province = String(form.get('province'));
            return {
              intent: 'province',
              values: { ...page.values, province },
              communes: communeOptions(province),
            };
          },
          Component: Checkout,
        },
      ],
    },
  ]);
  render(<Stub initialEntries={['/checkout']} />);
}

describe('checkout page', () => {
  it('labels every control (Vietnamese)', async () => {
    renderCheckout('vi');
    for (const label of [
      'Email',
      'Số điện thoại',
      'Họ và tên người nhận',
      'Tỉnh, thành phố',
      'Xã, phường, đặc khu',
      'Số nhà, đường, thôn, xóm',
    ]) {
      expect(await screen.findByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByText('Cam Vinh hộp 5 kg × 2')).toBeTruthy();
  });

  it('with JavaScript, choosing a province fills the commune list in place', async () => {
    const posted: FormData[] = [];
    renderCheckout('en', posted);
    const email = (await screen.findByLabelText('Email')) as HTMLInputElement;
    fireEvent.change(email, { target: { value: 'lan@example.vn' } });
    const commune = screen.getByLabelText('Commune, ward or special zone') as HTMLSelectElement;
    expect(commune.disabled).toBe(true);
    // Once hydrated, the no-JavaScript button is gone: the select does its work.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load communes' })).toBeNull());

    fireEvent.change(screen.getByLabelText('Province or city'), { target: { value: '40' } });
    const filled = await waitFor(() => {
      const select = screen.getByLabelText('Commune, ward or special zone') as HTMLSelectElement;
      expect(select.disabled).toBe(false);
      return select;
    });
    expect(within(filled).getAllByRole('option')).toHaveLength(131); // 130 and "choose"
    expect(within(filled).getByRole('option', { name: 'Nghia Dan Commune' })).toBeTruthy();
    expect(posted.map((form) => [form.get('intent'), form.get('province')])).toEqual([
      ['province', '40'],
    ]);
    // What was typed is still there: nothing navigated.
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('lan@example.vn');
  });
});
