// The shop's security headers in Debian's chromium, against the production server and the real
// backend: the trace page verifies its lot under the Content-Security-Policy (its script, its
// worker, its fetches), and a VNPay checkout without JavaScript (a plain form post that the shop
// answers with a redirect to VNPay) reaches VNPay's page: form-action names VNPay's host. Every
// shopper of the other end-to-end tests also fails on any CSP refusal (_browser.ts).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newShopper } from './_browser.js';

const { storefront } = inject('system');
const VNPAY_SANDBOX = 'https://sandbox.vnpayment.vn';
const SAMPLE = '3KX9T2M7QAH';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the Content-Security-Policy in a browser', () => {
  it('lets the trace page verify its lot, and refuses nothing', async () => {
    const { page, problems, context } = await newShopper(browser, storefront.url);
    const response = await page.goto(`${storefront.url}/t/${SAMPLE}`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self';");
    expect(headers['x-frame-options']).toBe('DENY');
    await page.waitForSelector('#trace-status:not([data-state=static]):not([data-state=checking])');
    expect(await page.locator('#trace-status').getAttribute('data-state')).toBe('verified');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets a checkout without JavaScript post its way to VNPay', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    const phone = await noScript.newPage();
    // Chromium reports a refused form post in the console.
    const problems: string[] = [];
    phone.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    const toVnpay: string[] = [];
    await phone.route(`${VNPAY_SANDBOX}/**`, async (route) => {
      toVnpay.push(route.request().url());
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="vi"><title>VNPay</title><h1>VNPay (thử nghiệm)</h1></html>',
      });
    });
    await phone.goto(`${storefront.url}/products/tinh-dau-buoi-50ml`);
    await phone.getByLabel('Số lượng').fill('1');
    await phone.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
    await phone.goto(`${storefront.url}/checkout`);
    await phone.getByLabel('Email').fill('lan.nguyen@example.vn');
    await phone.getByLabel('Số điện thoại').fill('0912 345 678');
    await phone.getByLabel('Họ và tên người nhận').fill('Nguyễn Thị Lan');
    await phone.getByLabel('Tỉnh, thành phố').selectOption('40');
    await phone.getByRole('button', { name: 'Tải danh sách xã, phường' }).click();
    await phone.getByLabel('Xã, phường, đặc khu').selectOption('16681');
    await phone.getByLabel('Số nhà, đường, thôn, xóm').fill('12 Trần Phú');
    await phone.getByRole('button', { name: 'Lưu người nhận và địa chỉ' }).click();
    await phone.getByText('Đã lưu người nhận và địa chỉ.').waitFor();
    await phone.getByRole('radio', { name: 'Giao nhanh' }).check();
    await phone.getByRole('button', { name: 'Chọn cách giao hàng này' }).click();
    await phone.getByText('Đã chọn cách giao hàng.').waitFor();
    await phone.getByRole('radio', { name: 'VNPay: thẻ ATM, QR ngân hàng, thẻ quốc tế' }).check();
    await phone.getByRole('button', { name: 'Đặt hàng', exact: true }).click();
    await phone.waitForURL((url) => url.origin === VNPAY_SANDBOX);
    expect(toVnpay).toEqual([phone.url()]);
    expect(await phone.locator('h1').innerText()).toBe('VNPay (thử nghiệm)');
    expect(problems).toEqual([]);
    await noScript.close();
  });
});
