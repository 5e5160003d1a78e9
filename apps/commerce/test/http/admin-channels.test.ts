// The admin page "Sàn TMĐT" in a real browser: a cooperative's readiness on each exchange with
// the failing rules spelled out, its shop, the export and its download, the live listing's
// address, and an order export uploaded with its refused rows shown. Everything here uses Bưởi
// Phúc Trạch on 37nghean, so that channels.test.ts (Cam Nghĩa Đàn) counts only its own lines.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApp, chooseEnglish, openAdmin } from './_admin-browser.js';
import { adminApi, ok } from './_http.js';
import { plantIn } from './_ledger.js';

interface Listing {
  product_id: string;
  sku: string;
  exchange: string;
  ready: boolean;
  status: string;
  listing_id: string | null;
  external_url: string | null;
  findings: {
    severity: string;
    code: string;
    field: string;
    message: { vi: string; en: string };
  }[];
}

const CSV_37NGHEAN = [
  'Mã hàng,Số đơn hàng,Số lượng đặt,Đơn giá (đ),Thành tiền (đ),Tình trạng đơn,Ngày đặt,Xã/Phường người nhận,Tỉnh/Thành phố người nhận,Người nhận',
  'BUOI-1Q,NA-7001,2,90000,180000,Hoàn thành,06/11/2026 09:30,Xã Phúc Trạch,Hà Tĩnh,Giao giờ hành chính',
  'CHE-200,NA-7001,1,120000,120000,Hoàn thành,06/11/2026 09:30,Xã Phúc Trạch,Hà Tĩnh,Giao giờ hành chính',
  'BUOI-1Q,NA-7002,ba,90000,270000,Hoàn thành,07/11/2026 15:10,Xã Phúc Trạch,Hà Tĩnh,Giao giờ hành chính',
  'CAM-5KG,NA-7003,1,250000,250000,Hoàn thành,07/11/2026 16:00,Xã Nghĩa Đàn,Nghệ An,Giao giờ hành chính',
].join('\n');

describe('admin page "Sàn TMĐT"', () => {
  let browser: Browser;
  let page: Page;
  let cooperativeId: string;
  const listings = async () =>
    (
      await ok<{ listings: Listing[] }>(
        await adminApi(`/admin/cooperatives/${cooperativeId}/channels`),
      )
    ).listings.filter((listing) => listing.exchange === '37nghean');
  const pomelo = async () => (await listings()).find((listing) => listing.sku === 'BUOI-1Q')!;

  /** The page for Bưởi Phúc Trạch on 37nghean. */
  const open = async () => {
    await page.goto(`${adminApp()}/channels`);
    const select = page.locator('#nguongoc-channels-cooperative');
    await select.locator(`option[value="${cooperativeId}"]`).waitFor({ state: 'attached' });
    await select.selectOption(cooperativeId);
    await page.getByRole('tab', { name: '37nghean.com (Nghệ An)' }).click();
    await page.getByTestId('nguongoc-listing-BUOI-1Q').waitFor();
  };

  beforeAll(async () => {
    const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    cooperativeId = cooperatives.find((c) => c.handle === 'htx-buoi-phuc-trach')!.id;
    // The pomelo's planting area, in the ledger: the exchanges read its code there (ADR 039).
    await plantIn('htx-buoi-phuc-trach', 'buoi-phuc-trach-qua', {
      id: 'vung-buoi-phuc-trach-0031',
      code: 'VN-HT-PT-0031',
      name: 'Vùng bưởi Phúc Trạch',
      communeCode: '18547',
    });
    ({ browser, page } = await openAdmin());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows each product on the exchange, not ready, with every failing rule spelled out', async () => {
    await open();
    for (const listing of await listings()) {
      const row = page.getByTestId(`nguongoc-listing-${listing.sku}`);
      await expect(row.getByText('Chưa đạt', { exact: true }).count()).resolves.toBe(1);
      const shown = row.locator('li[data-severity="error"]');
      const errors = listing.findings.filter((f) => f.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      // Each error in plain Vietnamese, with a link to the product where the field is fixed.
      const texts = await shown.allInnerTexts();
      expect(texts).toHaveLength(errors.length);
      errors.forEach((error, i) => {
        expect(texts[i]).toContain(`Cần sửa: ${error.message.vi}`);
        expect(texts[i]).not.toMatch(/lengthCm|0 cm|\[connectors\]/);
      });
      const fields = await shown.evaluateAll((items) =>
        items.map((item) => item.getAttribute('data-field')),
      );
      expect(fields).toEqual(errors.map((error) => error.field));
      await expect(
        shown.locator(`a[href="/app/products/${listing.product_id}"]`).count(),
      ).resolves.toBe(errors.length);
    }
    const pomeloRow = page.getByTestId('nguongoc-listing-BUOI-1Q');
    await pomeloRow.getByText('Xuất lần đầu rồi dán địa chỉ tin đăng').waitFor();
  });

  it("records the cooperative's shop on the exchange", async () => {
    await open();
    const form = page.getByTestId('nguongoc-37nghean-account');
    await form.getByText('Chưa ghi gian hàng của hợp tác xã trên sàn này.').waitFor();
    await form.locator('#nguongoc-37nghean-shop-name').fill('Bưởi Phúc Trạch chính gốc');
    await form
      .locator('#nguongoc-37nghean-shop-url')
      .fill('https://37nghean.com/shop/buoi-phuc-trach');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu gian hàng').waitFor();
    const { accounts } = await ok<{ accounts: { exchange: string; shop_name: string }[] }>(
      await adminApi(`/admin/cooperatives/${cooperativeId}/channels`),
    );
    expect(accounts.find((a) => a.exchange === '37nghean')?.shop_name).toBe(
      'Bưởi Phúc Trạch chính gốc',
    );
  });

  it('exports a ready product, downloads its workbook, then records its live address', async () => {
    // What the seed lacks for 37nghean: net content, the box and the shelf life.
    const { product_id } = await pomelo();
    const { product } = await ok<{ product: { metadata: Record<string, unknown> } }>(
      await adminApi(`/admin/products/${product_id}?fields=metadata`),
    );
    await ok(
      await adminApi(`/admin/products/${product_id}`, {
        method: 'POST',
        body: JSON.stringify({
          length: 20,
          width: 20,
          height: 18,
          metadata: {
            ...product.metadata,
            net_quantity: 1500,
            net_unit: 'GRM',
            channel_attributes: { shelfLife: '20 ngày' },
          },
        }),
      }),
    );
    expect((await pomelo()).ready).toBe(true);

    await open();
    const row = page.getByTestId('nguongoc-listing-BUOI-1Q');
    await row.getByText('Đạt quy định').waitFor();
    const exporter = page.getByTestId('nguongoc-37nghean-export');
    await exporter.getByRole('button', { name: 'Xuất toàn bộ' }).click();
    const result = page.getByTestId('nguongoc-37nghean-export-result');
    await result.getByText('Đã xuất 1 sản phẩm: BUOI-1Q').waitFor();
    await expect(result.getByText('Bị từ chối').count()).resolves.toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('link', { name: /^Tải bảng tính/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await readAll(await download.createReadStream())) as unknown as ExcelJS.Buffer,
    );
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((sheetRow) => sheetRow.eachCell((cell) => cells.push(String(cell.value)))),
    );
    expect(cells).toContain('BUOI-1Q');
    expect(cells).not.toContain('CHE-200');
    // The pomelo's planting-area code and OCOP recognition, as its ledger records them.
    const description = cells.find((cell) => cell.includes('Sản phẩm OCOP'));
    expect(description).toContain('Mã số vùng trồng: VN-HT-PT-0031.');
    expect(description).toContain('(Quyết định 3105/QĐ-UBND, hiệu lực đến 31/10/2028).');

    await row.getByText('Đã xuất', { exact: true }).waitFor();
    const url = 'https://37nghean.com/san-pham/buoi-phuc-trach-qua-1-5kg';
    await row.getByRole('textbox').fill(url);
    await row.getByRole('button', { name: 'Lưu' }).click();
    await row.getByText('Đang bán', { exact: true }).waitFor();
    expect(await pomelo()).toMatchObject({ status: 'live', external_url: url });

    // Nothing changed since: the delta export sends nothing.
    await exporter.getByRole('button', { name: 'Chỉ xuất phần thay đổi' }).click();
    await result.getByText('Đã xuất 0 sản phẩm').waitFor();
    await result.getByText('Không đổi: 1').waitFor();
  });

  it('imports an order export and shows what was kept and each refused row', async () => {
    await open();
    const panel = page.getByTestId('nguongoc-37nghean-import');
    await panel.getByText('Chưa nhập tệp nào.').waitFor();
    await panel.locator('#nguongoc-37nghean-order-file').setInputFiles({
      name: '37nghean-don-hang.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV_37NGHEAN),
    });
    await panel.getByRole('button', { name: 'Nhập đơn hàng' }).click();
    const result = panel.getByTestId('nguongoc-import-result');
    await result.waitFor();
    const count = (field: string) =>
      result.getByTestId(`nguongoc-import-${field}`).locator('dd').innerText();
    await expect(count('rows_read')).resolves.toBe('4');
    await expect(count('lines_created')).resolves.toBe('2');

    const refused = result.getByTestId('nguongoc-import-refused');
    const rows = await refused.locator('tbody tr').allInnerTexts();
    // The unreadable quantity on row 4 and the other cooperative's SKU on row 5.
    expect(rows.some((r) => r.startsWith('4\tSố lượng đặt'))).toBe(true);
    expect(rows.some((r) => r.startsWith('5\tMã hàng') && r.includes('CAM-5KG'))).toBe(true);

    const { imports } = await ok<{
      imports: { file_name: string; lines_created: number; problems: unknown[] }[];
    }>(await adminApi(`/admin/cooperatives/${cooperativeId}/channels/37nghean/order-imports`));
    expect(imports[0]).toMatchObject({ file_name: '37nghean-don-hang.csv', lines_created: 2 });
    const past = panel.getByTestId('nguongoc-37nghean-imports');
    await past.getByText('37nghean-don-hang.csv').waitFor();
    await expect(past.locator('tbody tr').count()).resolves.toBe(imports.length);
  });

  it('maps a shop category to an exchange category on its own page', async () => {
    await page.goto(`${adminApp()}/channel-category-mappings`);
    const table = page.getByTestId('nguongoc-category-mappings');
    const row = table.getByTestId('nguongoc-mapping-dac-san-che-bien');
    await row.waitFor();
    // NguonGoc's own keys have the rules' mapping; the seed's shop category has none on VoSo.
    await table
      .locator('#nguongoc-mapping-voso-trai-cay option[value=""]')
      .filter({ hasText: /^Mặc định: / })
      .waitFor({ state: 'attached' });
    const cell = row.locator('#nguongoc-mapping-voso-dac-san-che-bien');
    await expect(cell.locator('option[value=""]').innerText()).resolves.toMatch(/^Chưa ghép/);
    await row.getByText('Cần chọn danh mục').first().waitFor();
    const { exchanges } = await ok<{
      exchanges: { id: string; categories: { id: string; path: string }[] }[];
    }>(await adminApi('/admin/channel-category-mappings'));
    const processed = exchanges
      .find((e) => e.id === 'voso')!
      .categories.find((c) => /chế biến/i.test(c.path))!;
    await cell.selectOption(processed.id);
    await page.getByText(`"${processed.path}" trên VoSo`).first().waitFor();
    const { mappings } = await ok<{
      mappings: { exchange: string; category_key: string; exchange_category_id: string }[];
    }>(await adminApi('/admin/channel-category-mappings'));
    expect(mappings).toContainEqual(
      expect.objectContaining({
        exchange: 'voso',
        category_key: 'dac-san-che-bien',
        exchange_category_id: processed.id,
      }),
    );
    await expect(cell.inputValue()).resolves.toBe(processed.id);
  });

  it('speaks English once the user chooses it', async () => {
    await open();
    await chooseEnglish(page);
    await page.getByRole('heading', { name: 'E-commerce exchanges' }).waitFor();
    await page.getByRole('tab', { name: '37nghean.com (Nghệ An)' }).click();
    const row = page.getByTestId('nguongoc-listing-CHE-200');
    await row.getByText('Not ready', { exact: true }).waitFor();
    // The same findings in English, each with its link to the field.
    const { findings } = (await listings()).find((l) => l.sku === 'CHE-200')!;
    const first = findings.find((f) => f.severity === 'error')!;
    await row.getByText(first.message.en).first().waitFor();
    await row.getByText('To fix:').first().waitFor();
    await page.getByRole('button', { name: 'Export everything' }).waitFor();
    await page.getByRole('button', { name: 'Import orders' }).waitFor();

    await page.getByRole('link', { name: 'Map categories to the exchanges' }).click();
    await page.getByRole('heading', { name: 'Categories on the exchanges' }).waitFor();
    const mapped = page.locator('#nguongoc-mapping-postmart-trai-cay option[value=""]');
    await expect(mapped.innerText()).resolves.toMatch(/^By default: /);
  });
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
