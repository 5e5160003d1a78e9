// Lots and field work at phone size against the real backend (issue #23, items 3 and 9): a new
// cooperative's manager registers a planting area with its code and a household, opens a lot on
// it, records sowing, fertilising, spraying, harvest and packing through the forms (each save
// goes back to the lot, so the form is cleared), and the lot page tells the five steps as the
// trace page does, with "Đã xác minh"; a refused step keeps what was typed; the same page in
// English.
import { randomUUID } from 'node:crypto';
import { newCooperative, newMember } from '@nguongoc/test-support/accounts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson, signIn } from './_browser.js';
import { call, expectPhoneWidth, newHousehold, registerPlantingArea } from './_coop-places.js';

const { backend, workspace } = inject('system');

/** Opens the form of `kind` from the lot's "record work" page, as a person taps through. */
async function openWorkForm(page: Page, lotId: string, kind: string) {
  await page.goto(`${workspace.url}/lots/${lotId}`);
  await page.getByRole('link', { name: 'Ghi công việc' }).click();
  await page.getByRole('link', { name: kind, exact: true }).click();
  await page.waitForURL(/\/work\?kind=/);
  await expectPhoneWidth(page);
}

/** Saves the form and waits for the lot's page with the notice of what was recorded. */
async function record(page: Page, lotId: string, title: string) {
  await page.getByRole('button', { name: 'Ghi lại' }).click();
  await page.waitForURL(
    (url) => url.pathname === `/lots/${lotId}` && url.searchParams.has('recorded'),
  );
  expect(await page.getByRole('status').textContent()).toBe(`Đã ghi: ${title}.`);
}

describe('lots and field work', () => {
  let browser: Browser;
  let manager: { email: string; password: string; token: string };
  let productId: string;
  let lotId = '';
  const suffix = randomUUID().slice(0, 6).toUpperCase();
  const areaCode = `VN-NA-QP-L${suffix.slice(0, 4)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const cooperative = await newCooperative(backend, { name: 'Hợp tác xã Cam Lô Thử' });
    manager = await newMember(backend, cooperative.id, 'manager');
    await newHousehold(backend.url, manager.token, 'Vi Văn Trồng');
    // The product is made through the backend's route, as the products page does (its own suite).
    ({
      product: { id: productId },
    } = await call<{ product: { id: string } }>(backend.url, '/coop/products', {
      token: manager.token,
      body: {
        title: `Cam Quế Phong ${suffix}`,
        title_en: `Que Phong oranges ${suffix}`,
        net_quantity: 5,
        net_unit: 'KGM',
        variants: [{ title: 'Thùng 5 kg', sku: `CAM-${suffix}`, price_vnd: 150_000, stock: 20 }],
      },
    }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens a lot on a planting area and records five steps that the lot page verifies', async () => {
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, manager);
    const { page } = person;
    await registerPlantingArea(page, workspace.url, {
      name: 'Vùng cam Bản Lô',
      code: areaCode,
      household: 'Vi Văn Trồng',
      season: 'Vụ cam 2026',
    });

    // Lots: the product, and a lot opened on the planting area, its household and season.
    await page.goto(`${workspace.url}/lots`);
    const product = page.locator('section.card', { hasText: `Cam Quế Phong ${suffix}` });
    await product.getByRole('link', { name: 'Mở lô mới' }).click();
    await page.waitForURL(`${workspace.url}/lots/new?product=${productId}`);
    await page.locator('#lot-code').fill(`CAM-${suffix}`);
    expect(await page.locator('#lot-location option:checked').textContent()).toBe(
      `Vùng trồng: Vùng cam Bản Lô (${areaCode})`,
    );
    await page.locator('#lot-household').selectOption({ label: 'Vi Văn Trồng' });
    await page.locator('#lot-season').selectOption({ label: 'Vùng cam Bản Lô: Vụ cam 2026' });
    await page.getByRole('button', { name: 'Mở lô' }).click();
    await page.waitForURL(/\/lots\/[^/]+\?opened=1$/);
    lotId = new URL(page.url()).pathname.split('/')[2]!;
    await expectPhoneWidth(page);
    expect(await page.getByRole('status').textContent()).toBe('Đã mở lô.');

    // Sowing: the variety; every quantity has the product's unit beside it.
    await openWorkForm(page, lotId, 'Gieo trồng');
    expect(await page.locator('#work-location_id option:checked').textContent()).toBe(
      `Vùng trồng: Vùng cam Bản Lô (${areaCode})`,
    );
    expect(await page.locator('#work-quantity + .unit').textContent()).toBe('kg');
    await page.locator('#work-time').fill('2026-02-10T07:00');
    await page.locator('#work-variety').fill('Cam Xã Đoài');
    await record(page, lotId, 'Gieo trồng');

    await openWorkForm(page, lotId, 'Bón phân');
    await page.locator('#work-time').fill('2026-05-15T07:00');
    await page.locator('#work-fertiliser').fill('Phân hữu cơ vi sinh');
    await page.locator('#work-amount').fill('2');
    await page.getByLabel('Lượng bón: đơn vị').selectOption('kg/gốc');
    await record(page, lotId, 'Bón phân');

    // Spraying refused (a pre-harvest interval past 365 days): the reason, and what was typed.
    await openWorkForm(page, lotId, 'Phun thuốc bảo vệ thực vật');
    expect(await page.locator('#work-preHarvestIntervalDays + .unit').textContent()).toBe('ngày');
    await page.locator('#work-time').fill('2026-09-20T06:30');
    await page.locator('#work-pesticide').fill('Dầu khoáng SK Enspray 99EC');
    await page.locator('#work-dose').fill('25');
    await page.locator('#work-preHarvestIntervalDays').fill('400');
    await page.getByRole('button', { name: 'Ghi lại' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/cách ly.* \/ .*pre-harvest interval/);
    expect(await page.locator('#work-pesticide').inputValue()).toBe('Dầu khoáng SK Enspray 99EC');
    expect(await page.locator('#work-dose').inputValue()).toBe('25');
    await page.locator('#work-preHarvestIntervalDays').fill('14');
    await record(page, lotId, 'Phun thuốc bảo vệ thực vật');

    await openWorkForm(page, lotId, 'Thu hoạch');
    await page.locator('#work-time').fill('2026-11-18T06:00');
    await page.locator('#work-quantity').fill('1200');
    await page.locator('#work-expiresOn').fill('2026-12-18');
    await page.locator('#work-certificate_scheme').selectOption('VietGAP');
    await page.locator('#work-certificate_number').fill('VietGAP-TT-19-05-40-0087');
    await record(page, lotId, 'Thu hoạch');

    await openWorkForm(page, lotId, 'Đóng gói');
    expect(await page.locator('#work-packageCount + .unit').textContent()).toBe('gói');
    await page.locator('#work-time').fill('2026-11-19T14:00');
    await page.locator('#work-quantity').fill('1200');
    await page.locator('#work-packageCount').fill('240');
    await page.locator('#work-packageSize').fill('5');
    await record(page, lotId, 'Đóng gói');

    // The lot's page: five steps, as the trace page tells them, and verified.
    expect(await page.locator('[data-verification]').textContent()).toMatch(/^Đã xác minh/);
    const steps = page.locator('ol.steps > li');
    expect(await steps.locator('h3').allTextContents()).toEqual([
      'Gieo trồng',
      'Bón phân',
      'Phun thuốc bảo vệ thực vật',
      'Thu hoạch',
      'Đóng gói',
    ]);
    expect(await steps.nth(0).textContent()).toContain('Giống: Cam Xã Đoài');
    expect(await steps.nth(1).textContent()).toContain('Phân bón: Phân hữu cơ vi sinh (2 kg/gốc)');
    expect(await steps.nth(2).textContent()).toContain(
      'Thời gian cách ly 14 ngày, thu hoạch từ 2026-10-04',
    );
    expect(await steps.nth(3).textContent()).toContain('Số lượng: 1.200 kg');
    expect(await steps.nth(3).textContent()).toContain(`Mã vùng trồng: ${areaCode}`);
    expect(await steps.nth(3).textContent()).toContain('VietGAP số VietGAP-TT-19-05-40-0087');
    expect(await steps.nth(3).textContent()).toContain('Hạn sử dụng: 18/12/2026');
    expect(await steps.nth(4).textContent()).toContain('Số gói: 240');
    expect(await steps.nth(4).textContent()).toContain('Cỡ gói: 5 kg');
    expect(await steps.nth(4).textContent()).toContain('Tại: Vùng cam Bản Lô');
    // Where and by whom it grew.
    const origin = (await page.locator('section.card', { hasText: 'Nguồn gốc' }).textContent())!;
    expect(origin).toContain(areaCode);
    expect(origin).toContain('Vi Văn Trồng');
    // Its public trace page and its labels.
    expect(
      await page.getByRole('link', { name: 'Trang truy xuất' }).getAttribute('href'),
    ).toContain(lotId);
    expect(await page.getByRole('link', { name: 'In tem' }).getAttribute('href')).toBe(
      `/lots/${lotId}/labels`,
    );

    // The ledger holds exactly five events: no save was recorded twice.
    const detail = await call<{ bundle: { events: unknown[] } }>(
      backend.url,
      `/coop/lots/${lotId}`,
      { token: manager.token },
    );
    expect(detail.bundle.events).toHaveLength(5);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('shows the same lot in English', async () => {
    expect(lotId).not.toBe('');
    const person = await newPerson(browser, workspace.url, { locale: 'en-GB' });
    await signIn(person, workspace.url, manager);
    const { page } = person;
    await page.goto(`${workspace.url}/lots/${lotId}?lang=en`);
    expect(await page.locator('[data-verification]').textContent()).toMatch(/^Verified/);
    const steps = page.locator('ol.steps > li');
    expect(await steps.locator('h3').allTextContents()).toEqual([
      'Sowing',
      'Fertilising',
      'Crop protection spraying',
      'Harvest',
      'Packing',
    ]);
    expect(await steps.nth(0).textContent()).toContain('Variety: Cam Xã Đoài');
    expect(await steps.nth(3).textContent()).toContain('Quantity: 1,200 kg');
    expect(await steps.nth(3).textContent()).toContain('Expires on: 2026-12-18');
    expect(await steps.nth(4).textContent()).toContain('Packages: 240');
    expect(await steps.nth(4).textContent()).toContain('Package size: 5 kg');
    expect(await page.getByRole('link', { name: 'Record work' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Record work' }).click();
    await page.getByRole('link', { name: 'Harvest', exact: true }).click();
    expect(await page.locator('label[for=work-expiresOn]').textContent()).toBe('Expiry date');
    expect(await page.locator('#work-quantity + .unit').textContent()).toBe('kg');
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('records processing that names another lot as its input, and the story tells it', async () => {
    expect(lotId).not.toBe('');
    const { lot: output } = await call<{ lot: { id: string } }>(
      backend.url,
      `/coop/products/${productId}/lots`,
      { token: manager.token, body: { code: `SO-${suffix}` } },
    );
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, manager);
    const { page } = person;
    await openWorkForm(page, output.id, 'Chế biến');
    // The cooperative's other lots, each with its quantity in its product's unit; not this lot.
    const input = page.getByRole('checkbox', {
      name: `Cam Quế Phong ${suffix} · lô CAM-${suffix}`,
    });
    expect(await input.isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: `lô SO-${suffix}` }).count()).toBe(0);
    const quantity = page.getByLabel(`Số lượng dùng của lô CAM-${suffix}`);
    expect(await page.locator(`#work-input_${lotId}_quantity + .unit`).textContent()).toBe('kg');

    // A quantity beside a lot not ticked is refused, and what was typed is kept.
    await page.locator('#work-time').fill('2026-11-19T08:00');
    await page.locator('#work-method').fill('Rửa, phân loại');
    await quantity.fill('1000');
    await page.getByRole('button', { name: 'Ghi lại' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/hãy chọn lô này.* \/ .*tick this lot/);
    expect(await quantity.inputValue()).toBe('1000');
    await input.check();
    await record(page, output.id, 'Chế biến');

    const step = page.locator('ol.steps > li').first();
    expect(await step.locator('h3').textContent()).toBe('Chế biến');
    expect(await step.textContent()).toContain(
      `Nguyên liệu: lô CAM-${suffix} (Cam Quế Phong ${suffix}), 1.000 kg`,
    );
    expect(await page.locator('[data-verification]').textContent()).toMatch(/^Đã xác minh/);
    await page.goto(`${workspace.url}/lots/${output.id}?lang=en`);
    expect(await page.locator('ol.steps > li').first().textContent()).toContain(
      `Input: lot CAM-${suffix} (Que Phong oranges ${suffix}), 1,000 kg`,
    );
    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
