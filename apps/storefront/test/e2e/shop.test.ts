// The shop end to end (issue #5): Debian's chromium against the production storefront and the
// real commerce backend (test/e2e/_system.ts). A shopper browses, fills a cart and checks out with
// cash on delivery or VNPay; the admin API sees the order; VNPay's redirect is caught in the
// browser (there is no internet) and its IPN is sent as VNPay would; every shop page switches to
// English. Each test is its own shopper (browser context) buying its own products from the seed
// (apps/commerce/src/scripts/seed-data.ts), so that none depends on another's data.
import { signedIpn, vnpaySignature } from '@nguongoc/test-support/vnpay';
import type { Browser, Page } from 'playwright-core';
import { HashAlgorithm, type ReturnQueryFromVNPay, VNPay } from 'vnpay';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Shopper, isPng, launchBrowser, newShopper, screenshot } from './_browser.js';

const { backend, storefront } = inject('system');
const VNPAY_SANDBOX = 'https://sandbox.vnpayment.vn';

/** Money as the shop writes it: `390.000 ₫`, with a no-break space (Intl vi-VN). */
const vnd = (amount: string) => `${amount}\u00a0₫`;

let browser: Browser;
const shoppers: Shopper[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await Promise.all(shoppers.map((opened) => opened.context.close()));
  shoppers.length = 0;
});

afterAll(async () => {
  await browser?.close();
});

/** A new shopper whose page problems (script errors, 5xx) fail the test that opened it. */
async function shopper(): Promise<Page> {
  const opened = await newShopper(browser, storefront.url);
  shoppers.push(opened);
  return opened.page;
}

function expectNoProblems(): void {
  expect(shoppers.flatMap((opened) => opened.problems)).toEqual([]);
}

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${storefront.url}${path}`);
  expect(response?.status(), `GET ${path}`).toBe(200);
}

/** The header's main navigation (Vietnamese label). */
const menu = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

/**
 * Expects the page's h1 to read `text`, waiting for it: after a client-side navigation the URL
 * changes a moment before the new page renders.
 */
async function expectHeading(page: Page, text: string): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name: text, exact: true })
    .waitFor()
    .catch(() => undefined);
  expect((await page.locator('h1').first().innerText()).trim()).toBe(text);
}

async function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

async function shot(page: Page, name: string): Promise<void> {
  expect(isPng(await screenshot(page, name))).toBe(true);
}

/** On a product page: sets the quantity, adds to the cart and waits for the notice. */
async function addToCart(page: Page, quantity: number): Promise<void> {
  await page.getByLabel('Số lượng').fill(String(quantity));
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await page.getByText(`Đã thêm ${quantity} sản phẩm vào giỏ hàng.`).waitFor();
}

interface Recipient {
  email: string;
  phone: string;
  name: string;
  provinceCode: string;
  communeCode: string;
  street: string;
}

/**
 * The checkout's three steps as a shopper takes them: contact and address (the province, then a
 * commune from the list that follows it), a delivery option, then the payment's radio button.
 */
async function checkOut(
  page: Page,
  recipient: Recipient,
  delivery: string,
  payment: string,
): Promise<void> {
  await expectHeading(page, 'Đặt hàng');
  // Hydrated: the no-JavaScript "load communes" button is gone and the list follows in place.
  await page
    .getByRole('button', { name: 'Tải danh sách xã, phường' })
    .waitFor({ state: 'detached' });
  await page.getByLabel('Email').fill(recipient.email);
  await page.getByLabel('Số điện thoại').fill(recipient.phone);
  await page.getByLabel('Họ và tên người nhận').fill(recipient.name);
  await page.getByLabel('Tỉnh, thành phố').selectOption(recipient.provinceCode);
  const commune = page.getByLabel('Xã, phường, đặc khu');
  await commune.locator(`option[value="${recipient.communeCode}"]`).waitFor({ state: 'attached' });
  await commune.selectOption(recipient.communeCode);
  await page.getByLabel('Số nhà, đường, thôn, xóm').fill(recipient.street);
  await page.getByRole('button', { name: 'Lưu người nhận và địa chỉ' }).click();
  await page.getByText('Đã lưu người nhận và địa chỉ.').waitFor();

  await page.getByRole('radio', { name: delivery }).check();
  await page.getByRole('button', { name: 'Chọn cách giao hàng này' }).click();
  await page.getByText('Đã chọn cách giao hàng.').waitFor();
  await page.getByRole('radio', { name: payment }).check();
}

/** The checkout summary's total, in whole VND. */
async function summaryTotal(page: Page): Promise<number> {
  const text = await page.locator('.checkout__summary dd.totals__total').innerText();
  return Number(text.replace(/\D/g, ''));
}

/** The order page's payment status (its `role=status` line). */
async function paymentStatus(page: Page): Promise<string> {
  return (await page.getByRole('status').innerText()).trim();
}

async function orderLines(page: Page): Promise<string[]> {
  const lines = await page.locator('#items-heading + .summary-lines li').allInnerTexts();
  // Not \s: the prices' no-break space stays.
  return lines.map((line) => line.replace(/[ \t\n]+/g, ' ').trim());
}

interface AdminOrder {
  id: string;
  email: string;
  currency_code: string;
  total: number;
  item_total: number;
  shipping_total: number;
  payment_status: string;
  items: { product_handle: string; quantity: number; unit_price: number }[];
  shipping_address: Record<string, unknown>;
  payment_collections: { payments: { provider_id: string; captured_at: string | null }[] }[];
}

/** The order as the admin API shows it, after the admin's email-password login. */
async function adminOrder(id: string): Promise<AdminOrder> {
  const login = await fetch(`${backend.url}/auth/user/emailpass`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(backend.admin),
  });
  expect(login.status, 'admin login').toBe(200);
  const { token } = (await login.json()) as { token: string };
  const fields = [
    '+email',
    '+currency_code',
    '+payment_status',
    '+total',
    '+item_total',
    '+shipping_total',
    '*items',
    '*shipping_address',
    '*payment_collections.payments',
  ].join(',');
  const response = await fetch(`${backend.url}/admin/orders/${id}?fields=${fields}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status, `GET /admin/orders/${id}`).toBe(200);
  return ((await response.json()) as { order: AdminOrder }).order;
}

describe('cash on delivery', () => {
  it('browses to a product, checks out with COD and the admin sees the order', async () => {
    const page = await shopper();
    await open(page, '/');
    expect(await htmlLang(page)).toBe('vi');
    await expectHeading(page, 'Đặc sản OCOP từ các hợp tác xã');
    await shot(page, 'home');

    await menu(page).getByRole('link', { name: 'Sản phẩm' }).click();
    await page.waitForURL(`${storefront.url}/products`);
    await page.getByRole('link', { name: 'Mật ong hoa cam 500 ml' }).click();
    await page.waitForURL(`${storefront.url}/products/mat-ong-hoa-cam-500ml`);
    await expectHeading(page, 'Mật ong hoa cam 500 ml');
    expect(await page.locator('.price--large').innerText()).toBe(vnd('180.000'));
    await addToCart(page, 2);
    await menu(page).getByRole('link', { name: 'Giỏ hàng (2)' }).waitFor();
    await shot(page, 'product');

    await page.getByRole('link', { name: 'Xem giỏ hàng' }).click();
    await page.waitForURL(`${storefront.url}/cart`);
    await expectHeading(page, 'Giỏ hàng');
    expect(await page.locator('.cart-line__title').allInnerTexts()).toEqual([
      'Mật ong hoa cam 500 ml',
    ]);
    expect(await page.locator('.cart-line__total').innerText()).toContain(vnd('360.000'));
    await shot(page, 'cart');

    await page.getByRole('link', { name: 'Đặt hàng', exact: true }).click();
    await page.waitForURL(`${storefront.url}/checkout`);
    await checkOut(
      page,
      {
        email: 'lan.nguyen@example.vn',
        phone: '0912 345 678',
        name: 'Nguyễn Thị Lan',
        provinceCode: '01',
        communeCode: '00070',
        street: '12 Hàng Bài',
      },
      'Giao tiêu chuẩn (Vietnam Post, Viettel Post)',
      'Thanh toán khi nhận hàng (COD)',
    );
    // 2 × 180.000 ₫ + 30.000 ₫ standard delivery, VAT included.
    expect(await summaryTotal(page)).toBe(390_000);
    await shot(page, 'checkout');

    await page.getByRole('button', { name: 'Đặt hàng', exact: true }).click();
    await page.waitForURL(/\/orders\/order_[0-9A-Z]+$/);
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    await expectHeading(page, 'Cảm ơn bạn đã đặt hàng');
    expect(await paymentStatus(page)).toBe('Thanh toán khi nhận hàng');
    expect(await orderLines(page)).toEqual([`Mật ong hoa cam 500 ml × 2 ${vnd('360.000')}`]);
    expect(await page.locator('#items-heading ~ .totals dd.totals__total').innerText()).toBe(
      vnd('390.000'),
    );
    const address = (await page.locator('address').innerText()).split('\n').map((l) => l.trim());
    expect(address).toEqual([
      'Nguyễn Thị Lan',
      '0912345678',
      'lan.nguyen@example.vn',
      '12 Hàng Bài',
      'Hà Nội › Phường Hoàn Kiếm',
    ]);
    // The cart became the order: the header has no count any more.
    await menu(page).getByRole('link', { name: 'Giỏ hàng', exact: true }).waitFor();
    await shot(page, 'order-confirmation');

    const order = await adminOrder(orderId);
    expect(order).toMatchObject({
      email: 'lan.nguyen@example.vn',
      currency_code: 'vnd',
      total: 390_000,
      item_total: 360_000,
      shipping_total: 30_000,
      payment_status: 'authorized',
      shipping_address: {
        first_name: 'Nguyễn Thị Lan',
        address_1: '12 Hàng Bài',
        city: 'Phường Hoàn Kiếm',
        province: 'Hà Nội',
        country_code: 'vn',
        phone: '0912345678',
        metadata: { province_code: '01', commune_code: '00070' },
      },
    });
    expect(
      order.items.map(({ product_handle, quantity, unit_price }) => ({
        product_handle,
        quantity,
        unit_price,
      })),
    ).toEqual([{ product_handle: 'mat-ong-hoa-cam-500ml', quantity: 2, unit_price: 180_000 }]);
    const payments = order.payment_collections.flatMap((c) => c.payments);
    expect(payments.map((p) => [p.provider_id, p.captured_at])).toEqual([
      ['pp_system_default', null],
    ]);
    expectNoProblems();
  });
});

describe('VNPay', () => {
  const vnpay = (secureSecret: string) =>
    new VNPay({
      tmnCode: backend.vnpay.tmnCode,
      secureSecret,
      vnpayHost: VNPAY_SANDBOX,
      hashAlgorithm: HashAlgorithm.SHA512,
      testMode: true,
      enableLog: false,
    });
  /** The `vnpay` package's own check of a signed query (what VNPay's return and IPN carry). */
  const verified = (query: Record<string, string>, secret = backend.vnpay.secureSecret) =>
    vnpay(secret).verifyReturnUrl(query as unknown as ReturnQueryFromVNPay).isVerified;

  it('redirects to a signed sandbox URL; the return page says paid only after the IPN', async () => {
    const page = await shopper();
    // No internet: VNPay's payment page is answered here, and what the browser asked for kept.
    const toVnpay: string[] = [];
    await page.route(`${VNPAY_SANDBOX}/**`, async (route) => {
      toVnpay.push(route.request().url());
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="vi"><title>VNPay</title><h1>VNPay (thử nghiệm)</h1></html>',
      });
    });

    await open(page, '/products/cam-vinh-hop-10kg');
    await addToCart(page, 1);
    await open(page, '/checkout');
    await checkOut(
      page,
      {
        email: 'hung.tran@example.vn',
        phone: '+84 987 654 321',
        name: 'Trần Văn Hùng',
        provinceCode: '40',
        communeCode: '16681',
        street: '5 Lê Lợi',
      },
      'Giao nhanh',
      'VNPay: thẻ ATM, QR ngân hàng, thẻ quốc tế',
    );
    const total = await summaryTotal(page);
    // 460.000 ₫ + 50.000 ₫ express delivery.
    expect(total).toBe(510_000);

    await page.getByRole('button', { name: 'Đặt hàng', exact: true }).click();
    await page.waitForURL((url) => url.origin === VNPAY_SANDBOX);
    expect(toVnpay).toEqual([page.url()]);
    const paymentUrl = new URL(page.url());
    const request = Object.fromEntries(paymentUrl.searchParams);
    expect(paymentUrl.pathname).toBe('/paymentv2/vpcpay.html');
    expect(request).toMatchObject({
      vnp_TmnCode: backend.vnpay.tmnCode,
      vnp_Amount: String(total * 100),
      vnp_CurrCode: 'VND',
      vnp_Command: 'pay',
    });
    expect(request.vnp_TxnRef).toMatch(/^[A-Z0-9]+$/);
    expect(request.vnp_IpAddr).toMatch(/127\.0\.0\.1$/);
    // Signed with the merchant's secret: by the `vnpay` package's check and by VNPay's
    // documented rule (sorted vnp_* fields, form-encoded, HMAC-SHA512, hex).
    expect(verified(request)).toBe(true);
    expect(request.vnp_SecureHash).toBe(vnpaySignature(request, backend.vnpay.secureSecret));
    expect(verified({ ...request, vnp_Amount: '100' })).toBe(false);
    expect(verified(request, 'not the merchant secret')).toBe(false);

    // VNPay sends the shopper back with the same signed fields as its IPN.
    const answer = signedIpn(paymentUrl.toString(), backend.vnpay.secureSecret);
    expect(vnpay(backend.vnpay.secureSecret).verifyIpnCall(answer as never)).toMatchObject({
      isVerified: true,
      isSuccess: true,
    });
    const returnPath = `/checkout/vnpay-return?${new URLSearchParams(answer)}`;

    // Before the IPN: however the query looks ("00"), the page does not claim paid.
    await open(page, returnPath);
    const status = page.locator('.payment-status__title');
    expect(await status.innerText()).toBe('Đang chờ xác nhận từ VNPay');
    expect(await page.getByRole('link', { name: 'Xem đơn hàng' }).count()).toBe(0);
    expect(await page.getByText(`Mã giao dịch: ${request.vnp_TxnRef}`).count()).toBe(1);
    await shot(page, 'vnpay-return-pending');

    const ipn = await fetch(`${backend.url}/hooks/vnpay/ipn?${new URLSearchParams(answer)}`);
    expect(ipn.status).toBe(200);
    expect(await ipn.json()).toMatchObject({ RspCode: '00' });

    // The open page asks again every few seconds (JavaScript) and turns to paid by itself.
    await page.getByText('Đã thanh toán', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toBe('Đã thanh toán');
    const toOrder = page.getByRole('link', { name: 'Xem đơn hàng' });
    const orderPath = await toOrder.getAttribute('href');
    expect(orderPath).toMatch(/^\/orders\/order_[0-9A-Z]+$/);
    await menu(page).getByRole('link', { name: 'Giỏ hàng', exact: true }).waitFor();
    await shot(page, 'vnpay-return');

    await toOrder.click();
    await page.waitForURL(`${storefront.url}${orderPath}`);
    await expectHeading(page, 'Cảm ơn bạn đã đặt hàng');
    expect(await paymentStatus(page)).toBe('Đã thanh toán');
    expect(await orderLines(page)).toEqual([`Cam Vinh hộp 10 kg × 1 ${vnd('460.000')}`]);
    expect(await page.locator('address').innerText()).toContain('Nghệ An › Phường Thành Vinh');
    await shot(page, 'order-paid');

    const order = await adminOrder(orderPath!.split('/').pop()!);
    expect(order).toMatchObject({
      email: 'hung.tran@example.vn',
      currency_code: 'vnd',
      total: 510_000,
      payment_status: 'captured',
      shipping_address: {
        first_name: 'Trần Văn Hùng',
        phone: '0987654321',
        city: 'Phường Thành Vinh',
        province: 'Nghệ An',
      },
    });
    expect(order.items.map((item) => [item.product_handle, item.quantity])).toEqual([
      ['cam-vinh-hop-10kg', 1],
    ]);
    const payments = order.payment_collections.flatMap((c) => c.payments);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ provider_id: 'pp_vnpay_vnpay' });
    expect(payments[0]!.captured_at).not.toBeNull();
    expectNoProblems();
  });
});

/** A cash-on-delivery order placed through the store API, for the order page's language. */
async function placeOrderThroughApi(handle: string): Promise<string> {
  const store = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${backend.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        'x-publishable-api-key': backend.publishableKey,
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
    return (await response.json()) as T;
  };
  const { regions } = await store<{ regions: { id: string; name: string }[] }>('/store/regions');
  const { products } = await store<{ products: { variants: { id: string }[] }[] }>(
    `/store/products?handle=${handle}&fields=*variants`,
  );
  const { cart } = await store<{ cart: { id: string } }>('/store/carts', {
    region_id: regions.find((region) => region.name === 'Việt Nam')!.id,
    email: 'mai.le@example.vn',
  });
  await store(`/store/carts/${cart.id}/line-items`, {
    variant_id: products[0]!.variants[0]!.id,
    quantity: 1,
  });
  await store(`/store/carts/${cart.id}`, {
    shipping_address: {
      first_name: 'Lê Thị Mai',
      last_name: '',
      address_1: 'Thôn 4',
      city: 'Phường Thành Vinh',
      province: 'Nghệ An',
      country_code: 'vn',
      phone: '0912000111',
      metadata: { province_code: '40', commune_code: '16681' },
    },
  });
  const { shipping_options } = await store<{ shipping_options: { id: string }[] }>(
    `/store/shipping-options?cart_id=${cart.id}`,
  );
  await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0]!.id });
  const { payment_collection } = await store<{ payment_collection: { id: string } }>(
    '/store/payment-collections',
    { cart_id: cart.id },
  );
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: 'pp_system_default',
  });
  const placed = await store<{ type: string; order: { id: string } }>(
    `/store/carts/${cart.id}/complete`,
    {},
  );
  expect(placed.type).toBe('order');
  return placed.order.id;
}

describe('English', () => {
  it('switches every shop page to English with its link, and the choice sticks', async () => {
    const orderId = await placeOrderThroughApi('keo-cu-do-250g');
    const page = await shopper();
    // The cart and checkout pages need a cart; the shopper fills it in Vietnamese.
    await open(page, '/products/mut-cam-300g');
    await addToCart(page, 1);

    // Each page: its h1 and a few more of its words, in Vietnamese and in English (product
    // titles from the products' `metadata.title_en`).
    const pages: { path: string; vi: [string, ...string[]]; en: [string, ...string[]] }[] = [
      {
        path: '/',
        vi: ['Đặc sản OCOP từ các hợp tác xã', 'Sản phẩm OCOP nổi bật'],
        en: ['OCOP specialities from cooperatives', 'Featured OCOP products'],
      },
      {
        path: '/products',
        vi: ['Sản phẩm', 'Tìm thấy 12 sản phẩm', 'Cam Vinh hộp 10 kg'],
        en: ['Products', 'Products found: 12', 'Vinh oranges, 10 kg box'],
      },
      {
        path: '/products/cam-vinh-hop-5kg',
        vi: ['Cam Vinh hộp 5 kg', 'Thêm vào giỏ hàng'],
        en: ['Vinh oranges, 5 kg box', 'Add to cart'],
      },
      {
        path: '/cart',
        vi: ['Giỏ hàng', 'Mứt cam 300 g', 'Tổng cộng'],
        en: ['Your cart', 'Orange marmalade, 300 g', 'Total'],
      },
      {
        path: '/checkout',
        vi: ['Đặt hàng', '1. Người nhận và địa chỉ', 'Mứt cam 300 g × 1'],
        en: ['Checkout', '1. Recipient and address', 'Orange marmalade, 300 g × 1'],
      },
      {
        path: `/orders/${orderId}`,
        vi: ['Cảm ơn bạn đã đặt hàng', 'Thanh toán khi nhận hàng', 'Kẹo cu đơ 250 g × 1'],
        en: ['Thank you for your order', 'Cash on delivery', 'Cu do peanut candy, 250 g × 1'],
      },
      {
        path: '/cooperatives/htx-buoi-phuc-trach',
        vi: [
          'Hợp tác xã Bưởi Phúc Trạch',
          'Sản phẩm của hợp tác xã',
          'Bưởi Phúc Trạch (quả 1,2–1,5 kg)',
        ],
        en: [
          'Hợp tác xã Bưởi Phúc Trạch',
          'Products of this cooperative',
          'Phuc Trach pomelo (1.2–1.5 kg fruit)',
        ],
      },
    ];
    /** The page's h1 is the first text, and every other text is on the page. */
    const shows = async ([title, ...texts]: [string, ...string[]]) => {
      await expectHeading(page, title);
      for (const text of texts) await page.getByText(text, { exact: true }).first().waitFor();
    };

    for (const [index, current] of pages.entries()) {
      const next = pages[(index + 1) % pages.length]!;
      await open(page, current.path);
      expect(await htmlLang(page), current.path).toBe('vi');
      await shows(current.vi);

      const toEnglish = page.getByRole('banner').getByRole('link', { name: /English/ });
      expect(await toEnglish.getAttribute('hreflang')).toBe('en');
      await toEnglish.click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(new URL(page.url()).pathname).toBe(current.path);
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
      await shows(current.en);

      // The next page, loaded afresh without ?lang, is still in English (the `lang` cookie).
      await open(page, next.path);
      expect(await htmlLang(page), `${next.path} after ${current.path}`).toBe('en');
      await shows(next.en);
      // And back to Vietnamese for the next round, which sticks as well.
      const toVietnamese = page.getByRole('banner').getByRole('link', { name: /Tiếng Việt/ });
      expect(await toVietnamese.getAttribute('hreflang')).toBe('vi');
      await toVietnamese.click();
      await page.waitForFunction(() => document.documentElement.lang === 'vi');
      await shows(next.vi);
    }
    expectNoProblems();
  });
});
