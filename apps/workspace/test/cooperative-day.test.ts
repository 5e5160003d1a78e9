// A cooperative's first day, end to end (issue #23, item 6), in chromium at phone size against
// the real backend, the production shop and the production workspace, in Vietnamese and in
// English. Only what the operator alone does goes through the backend's API: making the
// cooperative and inviting its manager. Everything else is the manager tapping through the
// workspace: joining from the invitation, a household, a planting area with its code, a product
// without a GTIN with a photo and every fact PostMart needs, a lot with sowing, fertilising,
// spraying, harvest and packing (verified), a PDF label sheet whose QR codes open the lot's trace
// page on the shop, and the PostMart export. Then the shop shows the photo and the trace page
// verifies and names the planting area, its code and the household; a staff member of another
// cooperative finds none of it.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type TestCooperative,
  freshEmail,
  newCooperative,
  newMember,
  operatorToken,
} from '@nguongoc/test-support/accounts';
import { pdfPages } from '@nguongoc/test-support/pdf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Person, launchBrowser, newPerson, signIn } from './_browser.js';
import { expectPhoneWidth, registerPlantingArea } from './_coop-places.js';
import { type Language, WORDS, decodeLabel, photo, zipTexts } from './_cooperative-day.js';

const { backend, workspace, storefront } = inject('system');
const directory = mkdtempSync(join(tmpdir(), 'workspace-cooperative-day-'));

describe.each(['vi', 'en'] as const)('a cooperative’s day (%s)', (language: Language) => {
  const say = (words: Readonly<Record<Language, string>>) => words[language];
  const suffix = randomUUID().slice(0, 6).toUpperCase();
  const household = `Lương Văn Cam ${suffix}`;
  const area = {
    name: `Vùng cam Bản Nọc ${suffix}`,
    code: `VN-NA-QP-D${suffix.slice(0, 4)}`,
    household,
    season: 'Vụ cam 2026',
  };
  const product = {
    title: `Cam Xã Đoài Quế Phong ${suffix}`,
    titleEn: `Xa Doai oranges from Que Phong ${suffix}`,
    sku: `CAM-D-${suffix}`,
  };
  const lotCode = `CAMD-${suffix}`;

  let browser: Browser;
  let cooperative: TestCooperative;
  let person: Person;
  let page: Page;
  // What each step hands the next; a step that finds it empty fails at once.
  let placeId = '';
  let productId = '';
  let photoUrl = '';
  let lotId = '';
  let traceUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    person = await newPerson(browser, workspace.url, {
      locale: language === 'vi' ? 'vi-VN' : 'en-GB',
    });
    page = person.page;
  });

  afterAll(async () => {
    await person?.context.close();
    await browser?.close();
  });

  it('the manager the operator invited joins from the link and lands on Today', async () => {
    // The operator's part: the cooperative, and the invitation for its manager.
    cooperative = await newCooperative(backend, { name: `Hợp tác xã Cam Bản Nọc ${suffix}` });
    const email = freshEmail('quan-ly-ngay');
    const invited = await fetch(`${backend.url}/admin/cooperatives/${cooperative.id}/invitations`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await operatorToken(backend)}`,
      },
      body: JSON.stringify({ name: 'Chị Lương Thị Quản', email, role: 'manager' }),
    });
    expect(invited.status).toBe(201);
    const { token } = (await invited.json()) as { token: string };

    // The link the operator passed on; `lang` chooses the language the workspace then keeps.
    await page.goto(`${workspace.url}/join?token=${encodeURIComponent(token)}&lang=${language}`);
    expect(await page.locator('#token').inputValue()).toBe(token);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill('mat-khau-ngay-dau-2026');
    await page.getByRole('button', { name: say(WORDS.join) }).click();
    await page.waitForURL(`${workspace.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(say(WORDS.today));
    expect(await page.locator('header').textContent()).toContain(cooperative.name);
    await expectPhoneWidth(page);
    expect(person.problems).toEqual([]);
  });

  it('adds a household and registers a planting area with its code and that household', async () => {
    await page.goto(`${workspace.url}/households`);
    await page.locator('#household-head_name').fill(household);
    await page.locator('#household-phone').fill('0912345679');
    await page.getByRole('button', { name: say(WORDS.addHousehold), exact: true }).click();
    await page.waitForURL(`${workspace.url}/households?added=1`);
    await expect.poll(() => page.locator('ul.households').textContent()).toContain(household);

    placeId = await registerPlantingArea(page, workspace.url, area);
    expect(await page.locator('h1').textContent()).toBe(area.name);
    const card = (await page.locator('section.card').first().textContent())!;
    expect(card).toContain(area.code);
    expect(card).toContain(household);
    expect(person.problems).toEqual([]);
  });

  it('creates a product without a GTIN, with a photo, its planting area and household', async () => {
    expect(placeId).not.toBe('');
    await page.goto(`${workspace.url}/products/new`);
    await expectPhoneWidth(page);
    await page.locator('#field-title').fill(product.title);
    await page.locator('#field-title_en').fill(product.titleEn);
    await page
      .locator('#field-description')
      .fill('Cam Xã Đoài trồng trên đồi bản Nọc, chín cây, vỏ mỏng, ngọt thanh, hái trong ngày.');
    await page
      .locator('#field-description_en')
      .fill('Xa Doai oranges grown on the Nọc hills, tree-ripened, thin-skinned and sweet.');
    await page.locator('#field-images').setInputFiles({
      name: 'cam.png',
      mimeType: 'image/png',
      buffer: photo('#ea580c'),
    });
    await page.locator('#field-variant_title').fill('Thùng 5 kg');
    await page.locator('#field-sku').fill(product.sku);
    await page.locator('#field-price').fill('150.000');
    await page.locator('#field-stock').fill('40');
    // No GTIN: the lot's own codes are what the labels carry (issue #23, item 7).
    expect(await page.locator('#field-gtin').inputValue()).toBe('');
    await page.locator('#field-net_quantity').fill('5');
    await page.locator('#field-net_unit').selectOption('KGM');
    // What PostMart needs besides: packed weight, box size, brand, shelf life, storage, category.
    await page.locator('#field-weight').fill('5400');
    await page.locator('#field-box_length').fill('40');
    await page.locator('#field-box_width').fill('30');
    await page.locator('#field-box_height').fill('20');
    await page.locator('#field-brand').fill('Cam Bản Nọc');
    await page.locator('#field-shelf_life_days').fill('30');
    await page.locator('#field-storage').fill('Nơi khô ráo, thoáng mát');
    await page.locator('#field-origin').fill('Xã Quế Phong, Nghệ An');
    await page.locator('#field-category').selectOption('trai-cay');
    await page
      .locator('#field-planting_area_id')
      .selectOption({ label: `${area.name} (${area.code})` });
    await page.locator('#field-household_id').selectOption({ label: household });
    await page.getByRole('button', { name: say(WORDS.saveProduct) }).click();
    await page.waitForURL(/\/products\/prod_[A-Z0-9]+\?saved=created$/);
    productId = new URL(page.url()).pathname.split('/')[2]!;
    expect(await page.getByRole('status').textContent()).toContain(say(WORDS.productAdded));
    expect(await page.locator('h1').textContent()).toBe(
      language === 'vi' ? product.title : product.titleEn,
    );
    // The photo went through the File Module and is shown from there.
    const image = page.locator('img.photo');
    expect(await image.count()).toBe(1);
    await expect
      .poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(600);
    photoUrl = (await image.getAttribute('src'))!;
    expect(photoUrl).toMatch(/^https?:\/\/.+\.png$/);
    const facts = (await page.locator('dl.facts').first().textContent())!;
    expect(facts).toContain(household);
    expect(facts).toContain(`${area.name} (${area.code})`);
    expect(person.problems).toEqual([]);
  });

  /** Opens the form of `kind` from the lot's page, as a person taps through. */
  async function openWorkForm(kind: string) {
    await page.goto(`${workspace.url}/lots/${lotId}`);
    await page.getByRole('link', { name: say(WORDS.recordWork) }).click();
    await page.getByRole('link', { name: kind, exact: true }).click();
    await page.waitForURL(/\/work\?kind=/);
  }

  /** Saves the work form and waits for the lot's page saying what was recorded. */
  async function record(title: string) {
    await page.getByRole('button', { name: say(WORDS.record) }).click();
    await page.waitForURL(
      (url) => url.pathname === `/lots/${lotId}` && url.searchParams.has('recorded'),
    );
    expect(await page.getByRole('status').textContent()).toBe(`${say(WORDS.recorded)}: ${title}.`);
  }

  it('opens a lot, records sowing, fertilising, spraying, harvest and packing: verified', async () => {
    expect(productId).not.toBe('');
    await page.goto(`${workspace.url}/lots/new?product=${productId}`);
    await page.locator('#lot-code').fill(lotCode);
    await page.locator('#lot-location').selectOption(placeId);
    await page.locator('#lot-household').selectOption({ label: household });
    await page.locator('#lot-season').selectOption({ label: `${area.name}: ${area.season}` });
    await page.getByRole('button', { name: say(WORDS.openLot) }).click();
    await page.waitForURL(/\/lots\/[^/]+\?opened=1$/);
    lotId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    expect(await page.getByRole('status').textContent()).toBe(say(WORDS.lotOpened));

    await openWorkForm(say(WORDS.sowing));
    await page.locator('#work-time').fill('2026-02-10T07:00');
    await page.locator('#work-variety').fill('Cam Xã Đoài');
    await record(say(WORDS.sowing));

    await openWorkForm(say(WORDS.fertilising));
    await page.locator('#work-time').fill('2026-05-15T07:00');
    await page.locator('#work-fertiliser').fill('Phân hữu cơ vi sinh');
    await page.locator('#work-amount').fill('2');
    await page.locator('select[name=amount_unit]').selectOption('kg/gốc');
    await record(say(WORDS.fertilising));

    await openWorkForm(say(WORDS.spraying));
    await page.locator('#work-time').fill('2026-09-20T06:30');
    await page.locator('#work-pesticide').fill('Dầu khoáng SK Enspray 99EC');
    await page.locator('#work-dose').fill('25');
    await page.locator('#work-preHarvestIntervalDays').fill('14');
    await record(say(WORDS.spraying));

    await openWorkForm(say(WORDS.harvest));
    await page.locator('#work-time').fill('2026-11-18T06:00');
    await page.locator('#work-quantity').fill('1200');
    await page.locator('#work-expiresOn').fill('2026-12-18');
    await page.locator('#work-certificate_scheme').selectOption('VietGAP');
    await page.locator('#work-certificate_number').fill('VietGAP-TT-19-05-40-0088');
    await record(say(WORDS.harvest));

    await openWorkForm(say(WORDS.packing));
    await page.locator('#work-time').fill('2026-11-19T14:00');
    await page.locator('#work-quantity').fill('1200');
    await page.locator('#work-packageCount').fill('240');
    await page.locator('#work-packageSize').fill('5');
    await record(say(WORDS.packing));

    expect(await page.locator('[data-verification]').textContent()).toMatch(
      new RegExp(`^${say(WORDS.verified)}`),
    );
    expect(await page.locator('ol.steps > li h3').allTextContents()).toEqual(
      [WORDS.sowing, WORDS.fertilising, WORDS.spraying, WORDS.harvest, WORDS.packing].map(say),
    );
    const origin = (await page
      .locator('section.card', { has: page.locator('h2', { hasText: say(WORDS.origin) }) })
      .textContent())!;
    expect(origin).toContain(area.code);
    expect(origin).toContain(household);
    expect(person.problems).toEqual([]);
  });

  it('prints a PDF label sheet whose QR codes open the lot’s trace page on the shop', async () => {
    expect(lotId).not.toBe('');
    await page.goto(`${workspace.url}/lots/${lotId}`);
    await page.getByRole('link', { name: say(WORDS.printLabels), exact: true }).click();
    await page.waitForURL(`${workspace.url}/lots/${lotId}/labels`);
    expect(await page.locator('h1').textContent()).toBe(say(WORDS.labelsTitle));
    expect(await page.locator('#field-template').inputValue()).toBe('a4-3x7');
    expect(await page.locator('input[name=format][value=pdf]').isChecked()).toBe(true);
    await page.locator('#field-from').fill('1');
    await page.locator('#field-to').fill('3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: say(WORDS.printFile) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = join(directory, `sheet-${language}.pdf`);
    await download.saveAs(file);

    const dpi = 200;
    const [sheet] = await pdfPages(file, { dpi });
    // A4 3×7: labels of 70 × 42.3 mm from 0.45 mm down, left to right; three printed.
    const decoded = [0, 1, 2, 3].map((slot) =>
      decodeLabel(sheet!, dpi, {
        x: (slot % 3) * 70,
        y: 0.45 + Math.floor(slot / 3) * 42.3,
        width: 70,
        height: 42.3,
      }),
    );
    expect(decoded).toEqual([
      ...[1, 2, 3].map((serial) => `${storefront.url}/t/${lotId}?s=${serial}`),
      undefined,
    ]);
    traceUrl = decoded[0]!;
    expect(person.problems).toEqual([]);
  });

  it('exports the product for PostMart from the listings page, not among the refused', async () => {
    expect(traceUrl).not.toBe('');
    await page.goto(`${workspace.url}/listings`);
    const row = page.locator(`li[data-product="${productId}"]`);
    await expect.poll(() => row.count()).toBe(1);
    const postmart = row.locator('.listing', { hasText: 'PostMart' });
    // Every fact PostMart needs was given on the product form: nothing is left to fix.
    expect(await postmart.locator('.findings li.error').allTextContents()).toEqual([]);
    expect(await postmart.locator('.badge.ok').textContent()).toBe(say(WORDS.ready));

    const exchange = page.locator('section', { has: page.locator('h3', { hasText: 'PostMart' }) });
    await exchange.getByRole('button', { name: say(WORDS.exportPostMart) }).click();
    const result = page.getByRole('region', { name: say(WORDS.exportResult) });
    await expect
      .poll(() => result.getByRole('status').textContent())
      .toContain(say(WORDS.exportedOne));
    expect(await result.locator('h2', { hasText: say(WORDS.notExported) }).count()).toBe(0);
    expect(await result.textContent()).not.toContain(product.sku);

    const workbook = result.getByRole('link', { name: new RegExp(say(WORDS.workbook)) });
    const href = (await workbook.getAttribute('href'))!;
    expect(href.startsWith('/listings/file?')).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), workbook.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const answer = await person.context.request.get(`${workspace.url}${href}`);
    expect(answer.status()).toBe(200);
    // An .xlsx is a ZIP archive; the product's row is in its sheet.
    const body = await answer.body();
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    const texts = [...zipTexts(body).values()].join('\n');
    expect(texts).toContain(product.sku);
    expect(texts).toContain(product.title);
    expect(person.problems).toEqual([]);
  });

  it('the shop shows the photo, and the printed label’s trace page verifies with its origin', async () => {
    expect(photoUrl).not.toBe('');
    expect(traceUrl).not.toBe('');
    // The cooperative's page on the shop links to the product's page (`lang` as in the workspace).
    await page.goto(`${storefront.url}/cooperatives/${cooperative.handle}?lang=${language}`);
    // The cooperative's only product.
    const link = page.locator('main a[href^="/products/"]');
    await expect.poll(() => link.count()).toBeGreaterThan(0);
    const path = (await link.first().getAttribute('href'))!;
    expect(path).toMatch(/^\/products\/[a-z0-9-]+$/);
    await page.goto(`${storefront.url}${path}`);
    const shown = page.locator(`img.product-image[src="${photoUrl}"]`);
    await expect.poll(() => shown.count()).toBe(1);
    await expect
      .poll(() =>
        shown.evaluate(
          (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth,
        ),
      )
      .toBe(600);

    // The label as a buyer scans it: the shop's trace page checks the lot on the phone.
    await page.goto(traceUrl);
    const status = page.locator('#trace-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('verified');
    expect(await status.locator('strong').textContent()).toContain(say(WORDS.verified));
    const facts = (await page.locator('main dl').first().textContent())!;
    expect(facts).toContain(area.name);
    expect(facts).toContain(area.code);
    expect(facts).toContain(household);
    expect(person.problems).toEqual([]);
  });

  it('shows a staff member of another cooperative a 404 page for the product and the lot', async () => {
    expect(lotId).not.toBe('');
    const other = await newCooperative(backend, { name: `Hợp tác xã Bên Cạnh ${suffix}` });
    const staff = await newMember(backend, other.id, 'staff');
    const stranger = await newPerson(browser, workspace.url, {
      locale: language === 'vi' ? 'vi-VN' : 'en-GB',
    });
    await signIn(stranger, workspace.url, staff);
    for (const path of [
      `/products/${productId}`,
      `/products/${productId}/edit`,
      `/lots/new?product=${productId}`,
      `/lots/${lotId}`,
      `/lots/${lotId}/work`,
      `/lots/${lotId}/labels`,
    ]) {
      const answer = await stranger.page.goto(
        `${workspace.url}${path}${path.includes('?') ? '&' : '?'}lang=${language}`,
      );
      expect(answer?.status(), path).toBe(404);
      expect(await stranger.page.locator('h1').textContent(), path).toContain('Không tìm thấy');
      expect(await stranger.page.locator('body').textContent(), path).not.toContain(product.title);
    }
    expect(stranger.problems).toEqual([]);
    await stranger.context.close();
  });
});
