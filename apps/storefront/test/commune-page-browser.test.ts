// The open-data page in Debian's chromium, on a small phone, against the MSW backend: the app of
// test/app.ts behind a local HTTP server in this process (the end-to-end project's real backend
// has no figures route yet). It proves what the HTML tests cannot: the charts' accessible names,
// a page that fits 360 px, the <details> tables, the year links and the downloads, without
// JavaScript and without a single script loaded.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp } from './app';
import { launchBrowser, screenshot } from './e2e/_browser';
import { FIGURES_COMMUNE } from './mocks/medusa';

let served: Awaited<ReturnType<typeof serveApp>>;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  served = await serveApp();
  origin = served.origin;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function phone(javaScriptEnabled: boolean) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    javaScriptEnabled,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return { context, page, scripts };
}

describe('the open-data page in a browser', () => {
  it('fits a 360 px phone, names its charts, opens its tables, loads no script', async () => {
    const { context, page, scripts } = await phone(true);
    await page.goto(`${origin}/xa/${FIGURES_COMMUNE}`);
    expect(await page.locator('h1').innerText()).toBe('Nghệ An › Xã Nghĩa Đàn');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const sales = page.getByRole('img', { name: 'Doanh số theo tháng và kênh bán', exact: true });
    const scans = page.getByRole('img', { name: 'Lượt quét theo tháng', exact: true });
    expect(await sales.getAttribute('aria-describedby')).toBe('sales-chart-desc');
    expect(await page.locator('#sales-chart-desc').textContent()).toContain('Cả năm: 1.000.000');
    for (const chart of [sales, scans]) {
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(150);
    }
    // The stacked bars: January is the storefront's and PostMart's, on top of each other.
    expect(await sales.locator('rect').count()).toBe(5);
    expect(await scans.locator('rect').count()).toBe(2);
    const table = page.locator('details').first();
    expect(await table.locator('tbody tr').first().isVisible()).toBe(false);
    await table.locator('summary').click();
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect(await table.locator('tbody tr').nth(6).innerText()).toContain('400.000');
    await screenshot(page, 'commune-page');
    expect(scripts).toEqual([]);
    await context.close();
  });

  it('without JavaScript: the year links and the CSV and JSON downloads work', async () => {
    const { context, page } = await phone(false);
    await page.goto(`${origin}/xa/${FIGURES_COMMUNE}`);
    await page.getByRole('link', { name: '2025' }).click();
    await page.waitForURL(/\?year=2025$/);
    expect(await page.locator('[aria-current="page"]').innerText()).toBe('2025');
    expect(await page.locator('.meta').innerText()).toContain('Số liệu năm 2025');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`nguongoc-xa-${FIGURES_COMMUNE}-2025.csv`);
    const bytes = await readFile((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('2025-07,sales,37nghean,3,5,400000,,CC-BY-4.0');

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^JSON/ }).click(),
    ]);
    expect(json.suggestedFilename()).toBe(`nguongoc-xa-${FIGURES_COMMUNE}-2025.json`);
    const figures = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(figures.licence.id).toBe('CC-BY-4.0');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Nghe An › Nghia Dan Commune');
    expect(await page.locator('.meta').innerText()).toContain('Figures for 2025');
    await context.close();
  });
});
