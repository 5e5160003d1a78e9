// The cooperative's orders at phone size, against the real backend: a shopper's cash-on-delivery
// order on the storefront shows with its channel, total and status; staff record the cash as
// received and the order counts as paid. Another cooperative's staff do not see it.
import { newCooperative, newMember } from '@nguongoc/test-support/accounts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson, signIn } from './_browser.js';
import { placeCodOrder, seededCooperative } from './_store-order.js';

const { backend, workspace } = inject('system');

describe("the cooperative's orders", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists a storefront COD order and records its cash as received', async () => {
    const cam = await seededCooperative(backend, 'htx-cam-nghia-dan');
    const order = await placeCodOrder(backend, 'mut-cam-300g', 2);
    const staff = await newMember(backend, cam.id, 'staff');
    const person = await newPerson(browser, workspace.url);
    const { page } = person;
    await signIn(person, workspace.url, staff);
    await page.getByRole('link', { name: 'Đơn hàng' }).click();
    await page.waitForURL(`${workspace.url}/orders`);
    // The ledger is written by a subscriber of order.placed, a moment after the order.
    const row = page.locator(`li[data-order="${order}"]`);
    await expect
      .poll(
        async () => {
          await page.reload();
          return row.count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    // 2 × 65.000 ₫, on the commune shop, waiting for its cash.
    expect(await row.textContent()).toMatch(/130\.000\s₫/);
    expect(await row.textContent()).toContain('Cửa hàng của xã');
    expect(await row.textContent()).toContain('Chờ thu tiền khi nhận hàng');
    await row.getByRole('button', { name: 'Đã nhận tiền' }).click();
    await page.waitForURL((url) => url.searchParams.get('received') === order);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^Đã ghi nhận tiền của đơn #\d+: /);
    await expect
      .poll(
        async () => {
          await page.reload();
          return row.textContent();
        },
        { timeout: 30_000 },
      )
      .toContain('Đã đặt, đã thanh toán');
    expect(await row.getByRole('button', { name: 'Đã nhận tiền' }).count()).toBe(0);
    expect(person.problems).toEqual([]);
    await person.context.close();

    // Another cooperative's staff see none of it.
    const stranger = await newMember(backend, (await newCooperative(backend)).id, 'staff');
    const other = await newPerson(browser, workspace.url);
    await signIn(other, workspace.url, stranger);
    await other.page.goto(`${workspace.url}/orders`);
    await expect.poll(() => other.page.locator('h1').textContent()).toBe('Đơn hàng');
    expect(await other.page.locator(`li[data-order="${order}"]`).count()).toBe(0);
    expect(await other.page.locator('main').textContent()).not.toContain('MUTCAM-300');
    await other.context.close();
  });
});
