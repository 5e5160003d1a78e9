// The admin page "Thí điểm xã TMĐT" in a real browser: a commune's indicators for a year, the
// orders behind a figure, and the report files. It sells for Hoằng Hoá in July 2025, a month
// that pilot.test.ts does not count.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApp, chooseEnglish, openAdmin } from './_admin-browser.js';
import { adminApi, ok, uploadOrders } from './_http.js';

const COMMUNE = '15865';
const CSV = [
  'Ngày tạo;Mã ĐH;Mã SKU sản phẩm;Số lượng SP;Giá sản phẩm;Tổng tiền sản phẩm;Phường/Xã nhận;Tỉnh/Thành nhận;Trạng thái ĐH',
  '10/07/2025 08:00;VS-8001;NEM-500;3;70000;210000;Phường Hạc Thành;Thanh Hoá;Thành công',
  '11/07/2025 09:00;VS-8002;GAO-5KG;1;135000;135000;Phường Hạc Thành;Thanh Hoá;Thành công',
  '12/07/2025 10:00;VS-8003;GAO-5KG;2;135000;270000;Phường Hạc Thành;Thanh Hoá;Hủy',
].join('\n');

describe('admin page "Thí điểm xã TMĐT"', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    const id = cooperatives.find((c) => c.handle === 'htx-nong-san-hoang-hoa')!.id;
    await ok(await uploadOrders(id, 'voso', { name: 'voso-2025.csv', content: CSV }), 201);
    ({ browser, page } = await openAdmin());
  });
  afterAll(() => browser?.close());

  it("shows a commune's year with its sales, and the orders behind a channel", async () => {
    await page.goto(`${adminApp()}/pilot`);
    const pilot = page.getByTestId('nguongoc-pilot');
    await pilot.getByRole('heading', { name: 'Thí điểm xã thương mại điện tử' }).waitFor();
    await page.selectOption('#pilot-commune', COMMUNE);
    await page.selectOption('#pilot-year', '2025');
    await pilot.getByText('Thanh Hoá → Xã Hoằng Hoá').waitFor();
    // 210.000 + 135.000; the cancelled order is not counted.
    await pilot.getByText('345.000 ₫', { exact: true }).first().waitFor();
    await pilot.getByText('3 dòng đơn, 1 dòng huỷ/trả không tính').waitFor();
    const july = pilot.locator('svg[aria-label^="Doanh thu theo kênh"] [data-period="2025-07"]');
    expect(await july.locator('rect').count()).toBe(1);

    await page.getByTestId('pilot-row-voso').click();
    const drill = page.getByTestId('pilot-drilldown');
    await drill.getByRole('heading', { name: 'Đơn hàng của Vỏ Sò (3 dòng)' }).waitFor();
    expect(await drill.locator('tbody tr').count()).toBe(3);
    expect(await drill.getByText('Đã huỷ').count()).toBe(1);
  });

  it('downloads the quarterly report as a workbook', async () => {
    const reports = page.getByTestId('pilot-reports');
    await reports.getByText('Báo cáo gửi tỉnh').waitFor();
    await page.selectOption('#pilot-report-year', '2025');
    await page.selectOption('#pilot-report-quarter', '3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reports.getByText('Tải Excel').last().click(),
    ]);
    expect(download.suggestedFilename()).toBe(`bao-cao-tmdt-${COMMUNE}-2025-q3.xlsx`);
    expect(
      readFileSync(await download.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('speaks English once the user chooses it', async () => {
    await chooseEnglish(page);
    await page.goto(`${adminApp()}/pilot`);
    await page.getByRole('heading', { name: 'Commune e-commerce pilot' }).waitFor();
    await page.getByText('Reports to the province').waitFor();
  });
});
