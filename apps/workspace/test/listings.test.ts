// Exchange listings at phone size, against the real backend: a seeded cooperative's staff see
// each product on PostMart, VoSo and 37nghean, the failing rules in plain words each linking to
// the product field that fixes it, and export the ready products for PostMart, downloading the
// workbook through the workspace.
import { newMember } from '@nguongoc/test-support/accounts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson, signIn } from './_browser.js';
import { seededCooperative } from './_store-order.js';

const { backend, workspace } = inject('system');

describe('exchange listings', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows readiness in plain words with links to the fields, and exports for PostMart', async () => {
    const cam = await seededCooperative(backend, 'htx-cam-nghia-dan');
    const staff = await newMember(backend, cam.id, 'staff');
    const person = await newPerson(browser, workspace.url);
    const { page } = person;
    await signIn(person, workspace.url, staff);
    await page.getByRole('link', { name: 'Sàn TMĐT' }).click();
    await page.waitForURL(`${workspace.url}/listings`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sàn thương mại điện tử');
    const products = page.locator('li[data-product]');
    expect(await products.count()).toBeGreaterThan(0);
    for (const exchange of ['PostMart', 'VoSo', '37nghean']) {
      expect(await products.first().textContent()).toContain(exchange);
    }
    // At least one finding, in words (no developer codes), with its link to the field.
    const fix = page.locator('.findings a[href*="/edit#field-"]').first();
    expect(await fix.count()).toBe(1);
    expect(await fix.getAttribute('href')).toMatch(/^\/products\/[^/]+\/edit#field-[a-z_]+$/);
    const finding = (await page.locator('.findings li').first().textContent()) ?? '';
    expect(finding).toMatch(/^(Cần sửa|Nên xem): \S/);
    expect(finding).not.toMatch(/lengthCm|attribute\.required|"brand"/);

    // Export for PostMart: the result names what was exported; the workbook comes through here.
    const postmart = page.locator('section', { has: page.locator('h3', { hasText: 'PostMart' }) });
    await postmart.getByRole('button', { name: 'Xuất cho PostMart' }).click();
    const result = page.locator('section', { hasText: 'Đã xuất' });
    await expect.poll(() => result.textContent()).toMatch(/Đã xuất \d+ sản phẩm cho PostMart/);
    const workbook = result.getByRole('link', { name: /Tải bảng tính/ });
    const href = (await workbook.getAttribute('href'))!;
    expect(href.startsWith('/listings/file?')).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), workbook.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const answer = await person.context.request.get(`${workspace.url}${href}`);
    expect(answer.status()).toBe(200);
    // An .xlsx is a ZIP archive.
    expect((await answer.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    // A path outside the File Module's folder is refused.
    const probe = await person.context.request.get(
      `${workspace.url}/listings/file?path=${encodeURIComponent('/admin/cooperatives')}`,
    );
    expect(probe.status()).toBe(404);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
