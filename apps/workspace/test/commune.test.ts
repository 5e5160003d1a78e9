// The commune officer's view at phone size, against the real backend: the overview of their
// commune with figures (a storefront order whose cash was received counts), a cooperative's
// sales lines and its households by name, a quarterly report downloaded as PDF, the open data with the public page's link;
// an officer of another commune sees none of it; members and officers stay on their own pages.
import { newMember, newOfficer, operatorToken } from '@nguongoc/test-support/accounts';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson, signIn } from './_browser.js';
import { placeCodOrder, seededCooperative } from './_store-order.js';

const { backend, workspace, storefront } = inject('system');

/** The đồng in a figure written as vn-locale writes it (`295.000 ₫`, a no-break space). */
/** The ID of the seed's household of a cooperative (the operator's list). */
async function seededHousehold(cooperativeId: string): Promise<string> {
  const response = await fetch(`${backend.url}/admin/cooperatives/${cooperativeId}/households`, {
    headers: { authorization: `Bearer ${await operatorToken(backend)}` },
  });
  const { households } = (await response.json()) as {
    households: { id: string; head_name: string }[];
  };
  const seeded = households.find((each) => each.head_name === 'Nguyễn Văn Minh');
  if (!seeded) throw new Error(`no seeded household in ${JSON.stringify(households)}`);
  return seeded.id;
}

function dong(text: string): number {
  const match = /(\d{1,3}(?:\.\d{3})*)\s₫/.exec(text);
  if (!match) throw new Error(`no amount in ${JSON.stringify(text)}`);
  return Number(match[1]!.replaceAll('.', ''));
}

describe("the commune officer's view", () => {
  let browser: Browser;
  let cam: { id: string; name: string; commune_code: string };
  beforeAll(async () => {
    browser = await launchBrowser();
    cam = await seededCooperative(backend, 'htx-cam-nghia-dan');
    // A shopper's cash-on-delivery order of 3 × 65.000 ₫, its cash then received: a sale.
    const order = await placeCodOrder(backend, 'mut-cam-300g', 3);
    const token = await operatorToken(backend);
    const response = await fetch(`${backend.url}/admin/orders/${order}/cod-received`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`cod-received: ${await response.text()}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows their commune's figures, a cooperative's sales, a PDF report and the open data", async () => {
    const officer = await newOfficer(backend, cam.commune_code);
    const person = await newPerson(browser, workspace.url);
    const { page } = person;
    await signIn(person, workspace.url, officer, 'officer');
    expect(new URL(page.url()).pathname).toBe('/commune');
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Tổng quan/);

    // Sales by channel: the shop's bar, written in đồng with dots, never "195 N ₫".
    const shopBar = page.locator('.bars li', { hasText: 'Cửa hàng của xã' });
    await expect
      .poll(
        async () => {
          await page.reload();
          return (await shopBar.count()) > 0 ? dong((await shopBar.textContent()) ?? '') : 0;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThanOrEqual(195_000);
    const figures = (await page.locator('.figures').textContent()) ?? '';
    expect(figures).toMatch(/Doanh số\d{1,3}(\.\d{3})+\s₫/);
    expect(await page.locator('main').textContent()).not.toMatch(/\d\s*(N|Tr|K|triệu)\s*₫/);

    // The cooperative's drill-down: its sales lines, the order's among them.
    await page.getByRole('link', { name: cam.name }).click();
    await page.waitForURL((url) => url.pathname === `/commune/cooperatives/${cam.id}`);
    await expect.poll(() => page.locator('.sales-lines').textContent()).toContain('MUTCAM-300');
    // Its households by name and commune (the seed's own, ADR 038), never the end of an ID.
    const seeded = page.locator('.list li', { hasText: 'Nguyễn Văn Minh' });
    expect(await seeded.textContent()).toContain('Xã Nghĩa Đàn, Tỉnh Nghệ An');
    expect(await page.locator('main').textContent()).not.toMatch(/Hộ [0-9A-Z]{8}\b/);
    await seeded.getByRole('link', { name: 'Nguyễn Văn Minh' }).click();
    await page.waitForURL((url) => url.searchParams.get('household')?.startsWith('hh_') ?? false);
    expect(await page.locator('h2', { hasText: 'Đơn hàng của hộ' }).textContent()).toContain(
      'Đơn hàng của hộ Nguyễn Văn Minh',
    );

    // Reports: what is due, and a quarterly PDF streamed through the workspace.
    await page.getByRole('link', { name: 'Báo cáo' }).click();
    await page.waitForURL(`${workspace.url}/commune/reports`);
    const quarterly = page.locator('.list li', { hasText: 'Báo cáo quý' }).first();
    await expect.poll(() => quarterly.textContent()).toMatch(/Hạn \d{2}\/\d{2}\/\d{4}/);
    const pdfLink = quarterly.getByRole('link', { name: 'Tải PDF' });
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    const saved = await readFile((await download.path())!);
    expect(saved.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const answer = await person.context.request.get(
      `${workspace.url}${await pdfLink.getAttribute('href')}`,
    );
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    expect((await answer.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // Open data: the commune's figures as the public reads them, and the public page.
    await page.getByRole('link', { name: 'Dữ liệu mở' }).click();
    await page.waitForURL(`${workspace.url}/commune/open-data`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dữ liệu mở');
    expect(dong((await page.locator('.figures li').first().textContent()) ?? '')).toBeGreaterThan(
      0,
    );
    const publicLink = page.getByRole('link', { name: 'Mở trang công khai của xã' });
    expect(await publicLink.getAttribute('href')).toBe(`${storefront.url}/xa/${cam.commune_code}`);
    await publicLink.click();
    await page.waitForURL(`${storefront.url}/xa/${cam.commune_code}`);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it("shows an officer of another commune none of the first commune's cooperatives", async () => {
    const other = await seededCooperative(backend, 'htx-buoi-phuc-trach');
    expect(other.commune_code).not.toBe(cam.commune_code);
    const officer = await newOfficer(backend, other.commune_code);
    const person = await newPerson(browser, workspace.url);
    const { page } = person;
    await signIn(person, workspace.url, officer, 'officer');
    await expect.poll(() => page.locator('main').textContent()).toContain(other.name);
    expect(await page.locator('main').textContent()).not.toContain(cam.name);
    const answer = await page.goto(`${workspace.url}/commune/cooperatives/${cam.id}`);
    expect(answer?.status()).toBe(404);
    expect(await page.locator('main').textContent()).toContain('not found in your commune');
    expect(await page.locator('main').textContent()).not.toContain('MUTCAM-300');
    expect(await page.locator('main').textContent()).not.toContain('Nguyễn Văn Minh');
    // Naming the household does not help: still not found, still unnamed.
    const named = await page.goto(
      `${workspace.url}/commune/cooperatives/${cam.id}?household=${encodeURIComponent(
        await seededHousehold(cam.id),
      )}`,
    );
    expect(named?.status()).toBe(404);
    expect(await page.locator('main').textContent()).not.toContain('Nguyễn Văn Minh');
    await person.context.close();
  });

  it("sends a member to their Today and an officer away from a cooperative's pages", async () => {
    const member = await newMember(backend, cam.id, 'staff');
    const memberPerson = await newPerson(browser, workspace.url);
    await signIn(memberPerson, workspace.url, member);
    await memberPerson.page.goto(`${workspace.url}/commune/reports`);
    expect(new URL(memberPerson.page.url()).pathname).toBe('/');
    await expect.poll(() => memberPerson.page.locator('h1').textContent()).toBe('Hôm nay');
    await memberPerson.context.close();

    const officer = await newOfficer(backend, cam.commune_code);
    const officerPerson = await newPerson(browser, workspace.url);
    await signIn(officerPerson, workspace.url, officer, 'officer');
    for (const path of ['/orders', '/listings']) {
      await officerPerson.page.goto(`${workspace.url}${path}`);
      expect(new URL(officerPerson.page.url()).pathname).toBe('/commune');
    }
    expect(officerPerson.problems).toEqual([]);
    await officerPerson.context.close();
  });
});
