// A cooperative's products in the workspace at phone size, against the real backend: a new
// cooperative's manager adds a product with a photo taken on the phone (made traceable in the
// same step), finds it in the list with its photo, price in đồng and OCOP stars, and changes it;
// a wrong GTIN is refused in both languages and nothing typed is lost; the form in English; a
// member of another cooperative gets a 404 page for it.
import { createCanvas } from '@napi-rs/canvas';
import { newCooperative, newMember, operatorToken } from '@nguongoc/test-support/accounts';
import { vietnamToday } from '@nguongoc/vn-locale';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Person, launchBrowser, newPerson, signIn } from './_browser.js';

const { backend, workspace, storefront } = inject('system');

/** A real PNG photo, 64 × 48, as a phone's camera would hand it to the file input. */
function photo(colour: string): Buffer {
  const canvas = createCanvas(64, 48);
  const context = canvas.getContext('2d');
  context.fillStyle = colour;
  context.fillRect(0, 0, 64, 48);
  context.fillStyle = '#ffffff';
  context.fillRect(8, 8, 20, 20);
  return canvas.toBuffer('image/png');
}

/** A day `days` after today in Vietnam, `YYYY-MM-DD`. */
function dayAfter(days: number): string {
  const today = new Date(`${vietnamToday()}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether every image on the page matching `selector` was loaded (not blocked, not broken). */
async function imagesLoaded(page: Page, selector: string): Promise<boolean[]> {
  return page
    .locator(selector)
    .evaluateAll((images) =>
      images.map(
        (image) =>
          (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0,
      ),
    );
}

const suffix = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/** Fills the required fields of the product form. */
async function fillProduct(page: Page, values: { title: string; titleEn: string; sku: string }) {
  await page.locator('#field-title').fill(values.title);
  await page.locator('#field-title_en').fill(values.titleEn);
  await page.locator('#field-sku').fill(values.sku);
  await page.locator('#field-price').fill('50.000');
  await page.locator('#field-stock').fill('12');
  await page.locator('#field-net_quantity').fill('500');
  await page.locator('#field-net_unit').selectOption('GRM');
}

describe('products', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a new cooperative’s manager adds a product with a photo, finds it in the list and changes it', async () => {
    const cooperative = await newCooperative(backend);
    const manager = await newMember(backend, cooperative.id, 'manager');
    const person: Person = await newPerson(browser, workspace.url);
    const { page } = person;
    await signIn(person, workspace.url, manager);

    // A household first, so the product can name its producer.
    await page.goto(`${workspace.url}/households`);
    await page.locator('#household-head_name').fill('Lô Văn Hùng');
    await page.locator('#household-phone').fill('0912345678');
    await page.getByRole('button', { name: 'Thêm hộ', exact: true }).click();
    await page.waitForURL(`${workspace.url}/households?added=1`);
    await expect.poll(() => page.locator('ul.households').textContent()).toContain('Lô Văn Hùng');
    expect(await page.locator('ul.households').textContent()).toContain(
      'Xã Quế Phong, Tỉnh Nghệ An',
    );

    // A planting area with its code (registered through the places API), for the product to name.
    const code = `NA-QP-${suffix()}`;
    const registered = await fetch(`${backend.url}/coop/places`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager.token}` },
      body: JSON.stringify({
        kind: 'planting-area',
        name: 'Vùng nuôi ong Đồi Thông',
        commune_code: '16738',
        planting_area_code: code,
        area_hectares: 2.5,
      }),
    });
    expect(registered.status).toBe(201);

    const sku = `MO-${suffix()}`;
    await page.goto(`${workspace.url}/products/new`);
    await fillProduct(page, { title: 'Mật ong hoa cà phê', titleEn: 'Coffee blossom honey', sku });
    await page.locator('#field-description').fill('Mật ong nguyên chất của bản Mường.');
    await page.locator('#field-images').setInputFiles({
      name: 'mat-ong.png',
      mimeType: 'image/png',
      buffer: photo('#b45309'),
    });
    await page.locator('#field-ocop').selectOption('4');
    await page.locator('#field-ocop_decision_number').fill('123/QĐ-UBND');
    // Within 30 days: the list warns.
    await page.locator('#field-ocop_expires_on').fill(dayAfter(20));
    await page.locator('#field-brand').fill('Mường Quế');
    await page.locator('#field-shelf_life_days').fill('365');
    await page.locator('#field-storage').fill('Nơi khô ráo, thoáng mát');
    await page.locator('#field-weight').fill('650');
    await page.locator('#field-household_id').selectOption({ label: 'Lô Văn Hùng' });
    await page
      .locator('#field-planting_area_id')
      .selectOption({ label: `Vùng nuôi ong Đồi Thông (${code})` });
    // The shop's categories, by their Vietnamese names, none chosen at first.
    expect(await page.locator('#field-category option:checked').textContent()).toBe(
      '— Không chọn —',
    );
    await page.locator('#field-category').selectOption({ label: 'Đồ uống và mật ong' });
    await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
    await page.waitForURL(/\/products\/prod_[A-Z0-9]+\?saved=created$/);
    const productUrl = page.url().replace(/\?.*$/, '');
    const productId = productUrl.split('/').pop()!;
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã thêm sản phẩm');
    expect(await page.locator('h1').textContent()).toBe('Mật ong hoa cà phê');
    expect(await imagesLoaded(page, 'img.photo')).toEqual([true]);
    const ledger = await page.locator('dl.ledger').textContent();
    expect(ledger).toContain(sku);
    expect(ledger).toContain('123/QĐ-UBND');
    const facts = await page.locator('dl.facts').first().textContent();
    expect(facts).toContain('Lô Văn Hùng');
    expect(facts).toContain(`Vùng nuôi ong Đồi Thông (${code})`);
    expect(facts).toContain('Đồ uống và mật ong');
    // Published on creation: a link to it in the shop, which shows it there.
    const stored = (await (
      await fetch(`${backend.url}/coop/products/${productId}`, {
        headers: { authorization: `Bearer ${manager.token}` },
      })
    ).json()) as { product: { handle: string; status: string; category: { handle: string } } };
    expect(stored.product).toMatchObject({ status: 'published', category: { handle: 'do-uong' } });
    const shopUrl = `${storefront.url}/products/${stored.product.handle}`;
    expect(await page.locator('a.shop-link').getAttribute('href')).toBe(shopUrl);
    expect(await page.locator('a.shop-link').textContent()).toBe('Xem trong cửa hàng');
    const shopPage = await fetch(shopUrl);
    expect(shopPage.status).toBe(200);
    expect(await shopPage.text()).toContain('Mật ong hoa cà phê');
    expect(await page.locator('table').textContent()).toMatch(/50\.000\s₫/);
    expect(
      await page.locator(`a[href="/lots/new?product=${productUrl.split('/').pop()}"]`).count(),
    ).toBe(1);

    await page.goto(`${workspace.url}/products`);
    const row = page.locator('li.product-row', { hasText: 'Mật ong hoa cà phê' });
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.textContent();
    expect(text).toMatch(/50\.000\s₫/);
    expect(text).toContain('OCOP ★★★★');
    expect(text).toContain('Đã truy xuất');
    expect(text).toContain('Chứng nhận OCOP hết hạn ngày');
    expect(await imagesLoaded(page, 'li.product-row img.thumb')).toEqual([true]);

    await page.goto(`${productUrl}/edit`);
    expect(await page.locator('#field-title').inputValue()).toBe('Mật ong hoa cà phê');
    expect(await page.locator('#field-price').inputValue()).toBe('50000');
    expect(await page.locator('#field-household_id option:checked').textContent()).toBe(
      'Lô Văn Hùng',
    );
    expect(await page.locator('#field-category option:checked').textContent()).toBe(
      'Đồ uống và mật ong',
    );
    await page.locator('#field-title').fill('Mật ong hoa cà phê Quế Phong');
    await page.locator('#field-price').fill('65000');
    await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
    await page.waitForURL(`${productUrl}?saved=updated`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mật ong hoa cà phê Quế Phong');
    expect(await page.getByRole('status').textContent()).toContain('Đã lưu thay đổi');
    expect(await page.locator('table').textContent()).toMatch(/65\.000\s₫/);
    // The photo is kept through the change.
    expect(await imagesLoaded(page, 'img.photo')).toEqual([true]);

    // Taken out of the shop (the operator's draft), it has no link there.
    const operator = await operatorToken(backend);
    const drafted = await fetch(`${backend.url}/admin/products/${productId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${operator}` },
      body: JSON.stringify({ status: 'draft' }),
    });
    expect(drafted.status).toBe(200);
    await page.goto(productUrl);
    expect(await page.locator('h1').textContent()).toBe('Mật ong hoa cà phê Quế Phong');
    expect(await page.locator('a.shop-link').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain(
      'Sản phẩm chưa được đăng bán nên chưa có trong cửa hàng.',
    );

    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('refuses a GTIN with a wrong check digit in both languages and keeps what was typed', async () => {
    const cooperative = await newCooperative(backend);
    const manager = await newMember(backend, cooperative.id, 'manager');
    const person = await newPerson(browser, workspace.url);
    const { page } = person;
    await signIn(person, workspace.url, manager);
    await page.goto(`${workspace.url}/products/new`);
    const sku = `NC-${suffix()}`;
    await fillProduct(page, { title: 'Nem chua Thanh Hoá', titleEn: 'Fermented pork roll', sku });
    // 4006381333931 is a right EAN-13; its last digit changed.
    await page.locator('#field-gtin').fill('4006381333932');
    await page.locator('#field-brand').fill('Bà Hằng');
    await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe(
        'gtin: số kiểm tra của 4006381333932 phải là 1 / gtin: check digit of 4006381333932 should be 1',
      );
    expect(new URL(page.url()).pathname).toBe('/products/new');
    expect(await page.locator('#field-gtin-error').textContent()).toContain('số kiểm tra');
    expect(await page.locator('#field-title').inputValue()).toBe('Nem chua Thanh Hoá');
    expect(await page.locator('#field-title_en').inputValue()).toBe('Fermented pork roll');
    expect(await page.locator('#field-sku').inputValue()).toBe(sku);
    expect(await page.locator('#field-price').inputValue()).toBe('50.000');
    expect(await page.locator('#field-gtin').inputValue()).toBe('4006381333932');
    expect(await page.locator('#field-brand').inputValue()).toBe('Bà Hằng');

    // Corrected, the same form saves.
    await page.locator('#field-gtin').fill('4006381333931');
    await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
    await page.waitForURL(/\/products\/prod_[A-Z0-9]+\?saved=created$/);
    expect(await page.locator('table').textContent()).toContain('4006381333931');
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('offers the same form in English', async () => {
    const cooperative = await newCooperative(backend);
    const manager = await newMember(backend, cooperative.id, 'manager');
    const person = await newPerson(browser, workspace.url, { locale: 'en-GB' });
    const { page } = person;
    await signIn(person, workspace.url, manager);
    await page.goto(`${workspace.url}/products/new?lang=en`);
    expect(await page.locator('h1').textContent()).toBe('New product');
    expect(await page.locator('label[for=field-title]').textContent()).toBe('Name in Vietnamese');
    expect(await page.locator('label[for=field-price]').textContent()).toBe('Price');
    expect(await page.locator('#field-category option[value=trai-cay]').textContent()).toBe(
      'Fruit',
    );
    await fillProduct(page, {
      title: 'Chè Shan tuyết',
      titleEn: 'Shan Tuyet tea',
      sku: `CHE-${suffix()}`,
    });
    await page.locator('#field-images').setInputFiles({
      name: 'che.png',
      mimeType: 'image/png',
      buffer: photo('#166534'),
    });
    await page.getByRole('button', { name: 'Save the product' }).click();
    await page.waitForURL(/\/products\/prod_[A-Z0-9]+\?saved=created$/);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('The product was added and recorded in the trace ledger.');
    expect(await page.locator('h1').textContent()).toBe('Shan Tuyet tea');
    await page.goto(`${workspace.url}/products`);
    const row = page.locator('li.product-row', { hasText: 'Chè Shan tuyết' });
    expect(await row.textContent()).toContain('Traced');
    expect(await imagesLoaded(page, 'li.product-row img.thumb')).toEqual([true]);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('shows a 404 page to a member of another cooperative', async () => {
    const cooperative = await newCooperative(backend);
    const manager = await newMember(backend, cooperative.id, 'manager');
    const created = await fetch(`${backend.url}/coop/products`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager.token}` },
      body: JSON.stringify({
        title: 'Gạo nếp cái hoa vàng',
        title_en: 'Yellow-flower sticky rice',
        net_quantity: 2,
        net_unit: 'KGM',
        variants: [{ title: 'Túi 2 kg', sku: `GN-${suffix()}`, price_vnd: 90000, stock: 5 }],
      }),
    });
    expect(created.status).toBe(201);
    const { product } = (await created.json()) as { product: { id: string } };

    const other = await newCooperative(backend);
    const staff = await newMember(backend, other.id, 'staff');
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, staff);
    for (const path of [`/products/${product.id}`, `/products/${product.id}/edit`]) {
      const response = await person.page.goto(`${workspace.url}${path}`);
      expect(response?.status()).toBe(404);
      expect(await person.page.locator('h1').textContent()).toContain('Không tìm thấy');
    }
    await person.page.goto(`${workspace.url}/products`);
    expect(await person.page.locator('main').textContent()).not.toContain('Gạo nếp cái hoa vàng');
    await person.context.close();
  });
});

/** A GTIN-13 no other product has: prefix 893 (Vietnam), nine random digits, its check digit. */
function freshGtin(): string {
  const body = `893${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (i % 2 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

describe('a product’s variants on the edit page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('adds a variant in the blank row, shows it, and removes it with its box', async () => {
    const cooperative = await newCooperative(backend);
    const manager = await newMember(backend, cooperative.id, 'manager');
    const sku = `TG-${suffix()}`;
    const created = await fetch(`${backend.url}/coop/products`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager.token}` },
      body: JSON.stringify({
        title: 'Tỏi Lý Sơn',
        title_en: 'Ly Son garlic',
        net_quantity: 1,
        net_unit: 'KGM',
        variants: [{ title: 'Túi 1 kg', sku, price_vnd: 120000, stock: 9 }],
      }),
    });
    expect(created.status).toBe(201);
    const { product } = (await created.json()) as { product: { id: string } };
    const person = await newPerson(browser, workspace.url);
    const { page } = person;
    await signIn(person, workspace.url, manager);
    const productUrl = `${workspace.url}/products/${product.id}`;
    const rows = () => page.locator('table tbody tr').allTextContents();

    // The stored variant's SKU and GTIN are read-only; the blank row takes a new one.
    await page.goto(`${productUrl}/edit`);
    expect(await page.locator('#field-sku').getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('#field-gtin').getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('#field-sku-2').inputValue()).toBe('');
    expect(await page.locator('#field-sku-2').getAttribute('readonly')).toBeNull();
    expect(await page.locator('#field-remove-2').count()).toBe(0);
    const added = `${sku}-5`;
    await page.locator('#field-variant_title-2').fill('Túi 5 kg');
    await page.locator('#field-sku-2').fill(added);
    await page.locator('#field-price-2').fill('500.000');
    await page.locator('#field-stock-2').fill('4');
    const gtin = freshGtin();
    await page.locator('#field-gtin-2').fill(gtin);
    await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
    await page.waitForURL(`${productUrl}?saved=updated`);
    await expect.poll(rows).toHaveLength(2);
    const addedRow = (await rows()).find((row) => row.includes(added));
    expect(addedRow).toMatch(/^Túi 5 kg.*500\.000\s₫4/);
    expect(addedRow).toContain(gtin);

    // Stored now: read-only, with its box; and a new blank row after it.
    await page.goto(`${productUrl}/edit`);
    expect(await page.locator('#field-sku-2').inputValue()).toBe(added);
    expect(await page.locator('#field-sku-2').getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('#field-sku-3').inputValue()).toBe('');
    // The ledger's main trade item stays, said in both languages, and nothing typed is lost.
    await page.getByLabel('Xoá phân loại').first().check();
    await page.locator('#field-price-2').fill('480.000');
    await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain(`${sku} là mặt hàng chính của sản phẩm trong sổ truy xuất`);
    expect(await page.getByRole('alert').textContent()).toContain('main trade item');
    expect(await page.locator('#field-price-2').inputValue()).toBe('480.000');
    expect(await page.locator('#field-remove').isChecked()).toBe(true);

    await page.locator('#field-remove').uncheck();
    await page.locator('#field-remove-2').check();
    await page.getByRole('button', { name: 'Lưu sản phẩm' }).click();
    await page.waitForURL(`${productUrl}?saved=updated`);
    await expect.poll(rows).toHaveLength(1);
    expect((await rows())[0]).toContain(sku);
    expect((await rows()).join()).not.toContain(added);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
