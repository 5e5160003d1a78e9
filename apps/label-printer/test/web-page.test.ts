// The web page in Debian's chromium (playwright-core, nothing downloaded), against the real
// label server: the live preview follows the form, errors are shown, the PDF downloads and
// scans, and `?lot=` fills the form from the commerce API. Screenshots go to docs/.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '@nguongoc/test-support/chromium';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelPosition, loadTemplate } from '../src/index.js';
import { startLabelServer } from '../src/server/label-server.js';
import { ADMIN_TOKEN, gtinLot, startCommerceFake } from './_commerce-fake.js';
import { decodeAt, decodePng, renderPdf } from './_decode.js';

const ROOT = resolve(import.meta.dirname, '..');
// Screenshots for the README, made at run time (git-ignored); docs/ holds the copies committed.
const ARTIFACTS = join(ROOT, 'test-artifacts');
const webRoot = mkdtempSync(join(tmpdir(), 'labels-web-'));
let browser: Browser;
let server: Awaited<ReturnType<typeof startLabelServer>>;
let commerce: Awaited<ReturnType<typeof startCommerceFake>>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await build({
    root: join(ROOT, 'web'),
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  commerce = await startCommerceFake();
  server = await startLabelServer({
    port: 0,
    base: 'https://nguongoc.vn',
    webRoot,
    api: { url: commerce.url, token: ADMIN_TOKEN },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await commerce?.close();
});

describe('the label web page', () => {
  it('previews the label as the form changes, shows errors, and downloads a PDF that scans', async () => {
    const context = await browser.newContext({
      viewport: { width: 1100, height: 760 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The address nguongoc-labels serve prints: its token becomes the page's cookie.
    await page.goto(server.pageUrl);
    expect(page.url()).toBe(`${server.url}/`);
    await expect.poll(() => page.locator('select').first().locator('option').count()).toBe(7);
    const preview = page.locator('img.preview');
    await preview.waitFor();

    // Typing changes the preview: the product name is in the SVG's title.
    await page.locator('input[name=product]').fill('Bánh đậu xanh Rồng Vàng ắ ầ ẩ ẫ ậ ơ ư đ');
    await expect
      .poll(async () => decodeURIComponent((await preview.getAttribute('src')) ?? ''))
      .toContain(
        '<title>Bánh đậu xanh Rồng Vàng ắ ầ ẩ ẫ ậ ơ ư đ: https://nguongoc.vn/01/08934602000019/10/MO-2611-A/21/1</title>',
      );
    await page.screenshot({ path: join(ARTIFACTS, 'web-page.png') });

    // The preview is the engine's label: its PNG twin decodes to the first serial's URI.
    const png = await fetch(
      `${server.url}/api/preview.png?${new URLSearchParams({ product: 'Bánh đậu xanh', lot: 'MO-2611-A', gtin: '8934602000019', serials: '7-9' })}`,
      { headers: { authorization: `Bearer ${server.token}` } },
    );
    expect(decodePng(Buffer.from(await png.arrayBuffer()))).toBe(
      'https://nguongoc.vn/01/08934602000019/10/MO-2611-A/21/7',
    );

    // A bad GTIN is shown, in Vietnamese and English.
    await page.locator('input[name=gtin]').fill('8934602000018');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('số kiểm tra của 8934602000018 phải là 9');
    expect(await page.getByRole('alert').textContent()).toContain(
      'check digit of 8934602000018 should be 9',
    );
    await page.locator('input[name=gtin]').fill('8934602000019');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);

    // The whole job as a PDF: 21 serials on one A4 3×7 sheet, every code decodes. The server has
    // a commerce API, so the serials are registered for the lot named by its short code first.
    await page.locator('input[name=shortCode]').fill(gtinLot.id);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Tải PDF/ }).click(),
    ]);
    const file = join(webRoot, 'download.pdf');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('nhan-MO-2611-A.pdf');
    expect(commerce.serials).toEqual([{ lot: gtinLot.id, body: { from: 1, to: 21, width: 0 } }]);
    const template = loadTemplate('a4-3x7');
    const [sheet] = await renderPdf(file);
    for (let slot = 0; slot < 21; slot++) {
      const { x, y } = labelPosition(template, slot);
      expect(decodeAt(sheet!, x, y, 70, 42.3)).toBe(
        `https://nguongoc.vn/01/08934602000019/10/MO-2611-A/21/${slot + 1}`,
      );
    }
    // The README's picture of the sheet, at 72 dpi.
    const image = (await renderPdf(file, 72))[0]!.image;
    const picture = new PNG({ width: image.width, height: image.height });
    picture.data.set(image.data);
    writeFileSync(join(ARTIFACTS, 'sheet.png'), PNG.sync.write(picture));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?lot= fills the form from the commerce admin API (the link in the admin)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/?lot=3KX9T2M7QAH&token=${server.token}`);
    expect(page.url()).toBe(`${server.url}/?lot=3KX9T2M7QAH`);
    await expect
      .poll(() => page.locator('input[name=product]').inputValue())
      .toBe('Cam Vinh hộp 5 kg');
    expect(await page.locator('input[name=shortCode]').inputValue()).toBe('3KX9T2M7QAH');
    expect(await page.locator('input[name=produced]').inputValue()).toBe('2026-11-19');
    expect(await page.locator('input[name=expires]').inputValue()).toBe('2026-12-18');
    expect(commerce.requests).toContain('GET /admin/trace/lots/3KX9T2M7QAH');
    await page.close();
  });
});
