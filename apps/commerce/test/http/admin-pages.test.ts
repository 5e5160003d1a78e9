// The admin extensions in a real browser (Debian's chromium through playwright-core): the
// cooperatives page and, on a product's page, its lots, their verified timeline and the form that
// records field work. The dashboard starts in Vietnamese; English is one setting away.
import { type LotBundle, verifyLotBundle } from '@nguongoc/trace-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApp, chooseEnglish, openAdmin } from './_admin-browser.js';
import { adminApi, ok, storeApi, verifierKey } from './_http.js';

describe('admin pages', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openAdmin());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the cooperatives in Vietnamese, with the commune then the province', async () => {
    await page.goto(`${adminApp()}/cooperatives`);
    const table = page.getByTestId('nguongoc-cooperatives');
    await table.getByText('Hợp tác xã Cam Nghĩa Đàn').waitFor();
    await expect(table.getByText('Xã Nghĩa Đàn, Tỉnh Nghệ An').count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Hợp tác xã' }).count()).resolves.toBeGreaterThan(
      0,
    );
  });

  it('adds a cooperative, choosing its province and then its commune', async () => {
    await page.goto(`${adminApp()}/cooperatives`);
    await page.getByRole('button', { name: 'Thêm hợp tác xã' }).click();
    const form = page.getByTestId('nguongoc-cooperative-form');
    await form.locator('#nguongoc-province option[value="40"]').waitFor({ state: 'attached' });
    await form.locator('#nguongoc-province').selectOption('40');
    await form.locator('#nguongoc-commune option[value="16681"]').waitFor({ state: 'attached' });
    await form.locator('#nguongoc-commune').selectOption('16681');
    const fields: Record<string, string> = {
      name: 'Hợp tác xã Chè Thử Nghiệm',
      handle: 'htx-che-thu-nghiem',
      tax_code: '2901987654',
      registration_number: '2707G000999',
      address: 'Khối 5',
      contact_name: 'Trần Thị Lan',
      phone: '0987654321',
    };
    for (const [name, value] of Object.entries(fields)) {
      await form.locator(`#nguongoc-${name}`).fill(value);
    }
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Phường Thành Vinh, Tỉnh Nghệ An').waitFor();

    const { cooperatives } = await ok<{ cooperatives: { handle: string; trace_origin: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    expect(cooperatives.find((c) => c.handle === 'htx-che-thu-nghiem')?.trace_origin).toBe(
      'nguongoc.vn/htx-che-thu-nghiem',
    );
  });

  it("adds a producing household to a cooperative, in a commune of the cooperative's province", async () => {
    await page.goto(`${adminApp()}/cooperatives`);
    const row = page.getByRole('row', { name: /Hợp tác xã Chè Thử Nghiệm/ });
    await row.getByRole('button', { name: 'Hộ sản xuất' }).click();
    const panel = page.getByTestId('nguongoc-households');
    await panel.getByText('Chưa có hộ nào.').waitFor();
    await panel.locator('#nguongoc-household-commune option[value="16941"]').waitFor({
      state: 'attached',
    });
    await panel.locator('#nguongoc-household-name').fill('Hồ Văn Bình');
    await panel.locator('#nguongoc-household-phone').fill('0912000333');
    await panel.locator('#nguongoc-household-commune').selectOption('16941');
    await panel.getByRole('button', { name: 'Thêm hộ' }).click();
    await panel.getByRole('cell', { name: 'Hồ Văn Bình' }).waitFor();
    await panel.getByRole('cell', { name: 'Xã Nghĩa Đàn' }).waitFor();
    // Its own shop on Vỏ Sò.
    await panel.locator('#nguongoc-household-shop-exchange').selectOption('voso');
    await panel.locator('#nguongoc-household-shop-name').fill('Chè nhà Bình');
    await panel.getByRole('button', { name: 'Lưu gian hàng của hộ' }).click();
    await panel.getByRole('cell', { name: 'Vỏ Sò: Chè nhà Bình' }).waitFor();
  });

  it("shows a product's lots, their verified timeline, and records field work from the form", async () => {
    const { products } = await ok<{ products: { id: string }[] }>(
      await adminApi('/admin/products?handle=mat-ong-hoa-cam-500ml'),
    );
    const productId = products[0]!.id;
    const { lots } = await ok<{ lots: { id: string }[] }>(
      await adminApi(`/admin/products/${productId}/lots`),
    );
    const lotId = lots[0]!.id;
    const bundleOf = async () =>
      (await ok<{ bundle: LotBundle }>(await storeApi(`/store/trace/${lotId}`))).bundle;
    const before = (await bundleOf()).events.length;

    await page.goto(`${adminApp()}/products/${productId}`);
    const widget = page.getByTestId('nguongoc-lots');
    await widget.getByText('Lô hàng và truy xuất nguồn gốc').waitFor();
    const lot = widget.getByTestId(`nguongoc-lot-${lotId}`);
    await expect(
      lot.getByRole('link', { name: 'Trang truy xuất' }).getAttribute('href'),
    ).resolves.toBe(`http://localhost:3000/t/${lotId}`);
    await lot.getByRole('button', { name: 'Xem nhật ký' }).click();
    const timeline = lot.getByTestId('nguongoc-timeline');
    await timeline.getByText('Đã xác minh').waitFor();
    await expect(timeline.locator('ol > li').count()).resolves.toBe(before);

    const form = timeline.getByTestId('nguongoc-field-work');
    await form.locator(`#nguongoc-${lotId}-kind`).selectOption('packing');
    await form.locator(`#nguongoc-${lotId}-time`).fill('2026-12-03T08:15');
    await form.locator(`#nguongoc-${lotId}-packageCount`).fill('40');
    await form.locator(`#nguongoc-${lotId}-note`).fill('Đóng thùng, dán tem QR');
    await form.getByRole('button', { name: 'Ghi sự kiện' }).click();
    await timeline.locator('ol > li').nth(before).waitFor();
    await expect(timeline.locator('ol > li').count()).resolves.toBe(before + 1);
    await expect(timeline.getByText('Đóng gói').count()).resolves.toBeGreaterThan(0);
    await timeline.getByText('Đã xác minh').waitFor();

    const bundle = await bundleOf();
    expect(bundle.events).toHaveLength(before + 1);
    expect(bundle.events.at(-1)!.event).toMatchObject({
      'ng:fieldWork': 'packing',
      'ng:note': 'Đóng thùng, dán tem QR',
    });
    expect(Date.parse(bundle.events.at(-1)!.event.eventTime as string)).toBe(
      Date.parse('2026-12-03T08:15:00+07:00'),
    );
    expect(verifyLotBundle(bundle, [await verifierKey(bundle.origin)]).ok).toBe(true);

    await widget.locator('#nguongoc-lot-code').fill('MO-2612-T');
    await widget.getByRole('button', { name: 'Mở lô mới' }).click();
    await widget.getByText('MO-2612-T').waitFor();
  });

  it('speaks English once the user chooses it', async () => {
    await chooseEnglish(page);
    await page.getByTestId('nguongoc-lots').getByText('Lots and traceability').waitFor();
  });
});
