// The commune's open-data page in Debian's chromium, against the real backend: orders imported
// from VoSo for Hợp tác xã Cam Nghĩa Đàn (commune 16941) show up as the commune's figures, in
// the page and in the CSV and JSON downloads, and nothing that names a buyer or an order does.
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newShopper, screenshot } from './_browser.js';

const { backend, storefront } = inject('system');
const COMMUNE = '16941';
const YEAR = 2026;
let browser: Browser;

async function admin(path: string, init: RequestInit = {}): Promise<Response> {
  const login = await fetch(`${backend.url}/auth/user/emailpass`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(backend.admin),
  });
  const { token } = (await login.json()) as { token: string };
  const type: Record<string, string> =
    init.body instanceof FormData ? {} : { 'content-type': 'application/json' };
  return fetch(`${backend.url}${path}`, {
    ...init,
    headers: { ...type, authorization: `Bearer ${token}` },
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  const { cooperatives } = (await (await admin('/admin/cooperatives')).json()) as {
    cooperatives: { id: string; handle: string }[];
  };
  const id = cooperatives.find((c) => c.handle === 'htx-cam-nghia-dan')!.id;
  const csv = [
    'Ngày tạo;Mã ĐH;Mã SKU sản phẩm;Số lượng SP;Giá sản phẩm;Tổng tiền sản phẩm;Phường/Xã nhận;Tỉnh/Thành nhận;Trạng thái ĐH',
    '10/02/2026 08:00;VS-OPEN-1;CAM-5KG;2;250000;500000;Phường Thành Vinh;Nghệ An;Thành công',
    '11/02/2026 09:00;VS-OPEN-2;MATONG-500;1;180000;180000;Phường Thành Vinh;Nghệ An;Hủy',
  ].join('\n');
  const upload = new FormData();
  upload.append('file', new Blob([csv]), 'voso-open-data.csv');
  const imported = await admin(`/admin/cooperatives/${id}/channels/voso/order-imports`, {
    method: 'POST',
    body: upload,
  });
  expect(imported.status).toBe(201);
});
afterAll(() => browser?.close());

describe("a commune's open data", () => {
  it('shows the imported sales, without the cancelled order, and no order or buyer', async () => {
    const { page } = await newShopper(browser, storefront.url);
    await page.goto(`${storefront.url}/xa/${COMMUNE}?year=${YEAR}`);
    expect(await page.locator('h1').innerText()).toContain('Xã Nghĩa Đàn');
    // February's VoSo sales in the chart's table; the cancelled order is not in them.
    await page.locator('details').first().locator('summary').click();
    const february = page.locator('details').first().locator('tbody tr').nth(1);
    // Month, then NguonGoc, PostMart, Vỏ Sò, 37nghean and the total (VND with a no-break space).
    expect(await february.innerText()).toMatch(
      /^Tháng 2\t0\s₫\t0\s₫\t500\.000\s₫\t0\s₫\t500\.000\s₫$/,
    );
    const html = await page.content();
    expect(html).toContain('https://creativecommons.org/licenses/by/4.0/');
    for (const secret of [
      'VS-OPEN-1',
      'VS-OPEN-2',
      'Thành Vinh',
      'Nguyễn Văn Hùng',
      '0912345678',
    ]) {
      expect(html).not.toContain(secret);
    }
    await screenshot(page, 'open-data-16941');
    await page.context().close();
  });

  it('downloads the same figures as CSV and JSON', async () => {
    const json = await fetch(`${storefront.url}/xa/${COMMUNE}/du-lieu.json?year=${YEAR}`);
    expect(json.headers.get('content-type')).toContain('application/json');
    const figures = (await json.json()) as {
      months: { month: string; channel: string; orders: number; amount_vnd: number }[];
    };
    // Other tests place storefront orders this month; February holds only this import.
    expect(figures.months.filter((m) => m.month === '2026-02')).toEqual([
      expect.objectContaining({ channel: 'voso', orders: 1, amount_vnd: 500_000 }),
    ]);
    const csv = await (
      await fetch(`${storefront.url}/xa/${COMMUNE}/du-lieu.csv?year=${YEAR}`)
    ).text();
    expect(csv).toMatch(/2026-02.*voso.*500000/);
    expect(csv).not.toContain('VS-OPEN');
  });
});
