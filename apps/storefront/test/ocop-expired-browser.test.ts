// An OCOP rating past its last day, in Debian's chromium on a small phone against the MSW
// backend (ADR 039): the shop's cards and product page and the lot's trace page show no stars
// for it, and say when it expired; the trace page names the planting area (code, area, crop,
// variety) and the household that grew the lot. The facts are the ledger's: the product
// metadata of the mock disagrees on purpose.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveApp } from './app';
import { launchBrowser } from './e2e/_browser';
import { EXPIRED_TRACE, LEDGER_FACTS, PRODUCT_FIXTURES, ledgerFactsOf } from './mocks/medusa';

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

const HONEY = PRODUCT_FIXTURES.find((fixture) => fixture.id === 'prod_matong')!;

beforeEach(() => {
  LEDGER_FACTS[HONEY.id] = {
    ...ledgerFactsOf(HONEY),
    ocop: {
      stars: 3,
      decision_number: '1530/QĐ-UBND',
      expires_on: '2024-12-31',
      status: 'expired',
    },
  };
});

afterEach(() => {
  LEDGER_FACTS[HONEY.id] = ledgerFactsOf(HONEY);
});

async function phone() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  return { context, page: await context.newPage() };
}

describe('an expired OCOP rating', () => {
  it('shows no stars on the shop cards, and the stars filter leaves the product out', async () => {
    const { context, page } = await phone();
    await page.goto(`${origin}/products`);
    const honey = page.locator('article, li').filter({ hasText: HONEY.title }).last();
    await honey.waitFor();
    expect(await honey.innerText()).not.toContain('★');
    const oranges = page.locator('article, li').filter({ hasText: 'Cam Vinh hộp 5 kg' }).last();
    expect(await oranges.innerText()).toContain('★★★★');
    await page.goto(`${origin}/products?stars=3`);
    expect(await page.locator('main').innerText()).not.toContain(HONEY.title);
    expect(await page.locator('main').innerText()).toContain('Mứt cam 300 g');
    await context.close();
  });

  it('shows the date it expired on the product page, in both languages, never stars', async () => {
    const { context, page } = await phone();
    await page.goto(`${origin}/products/${HONEY.handle}`);
    const info = page.locator('.product__info');
    expect(await info.innerText()).toContain('Xếp hạng OCOP đã hết hạn ngày 31/12/2024');
    expect(await info.innerText()).not.toContain('★');
    expect(await info.innerText()).not.toContain('OCOP 3 sao');
    await page.goto(`${origin}/products/${HONEY.handle}?lang=en`);
    expect(await info.innerText()).toContain('OCOP rating expired on 31/12/2024');
    await context.close();
  });

  it('shows the date it expired on the trace page, with the planting area and the household', async () => {
    const { context, page } = await phone();
    await page.goto(`${origin}/t/${EXPIRED_TRACE.code}`);
    const facts = page.locator('main dl');
    const text = await facts.innerText();
    expect(text).toContain('Xếp hạng OCOP đã hết hạn ngày 31 tháng 12, 2024');
    expect(text).not.toContain('★');
    expect(text).not.toContain('3 sao');
    expect(text).toContain('Vùng cam Đồi Tiên');
    expect(text).toContain('Mã vùng trồng: VN-NA-ND-0044');
    expect(text).toContain('Diện tích: 1,25 ha');
    expect(text).toContain('Cây trồng: Cam');
    expect(text).toContain('Giống: Cam Xã Đoài');
    expect(text).toContain('Hộ sản xuất');
    expect(text).toContain('Hộ ông Nguyễn Văn An');
    await page.goto(`${origin}/t/${EXPIRED_TRACE.code}?lang=en`);
    const english = await facts.innerText();
    expect(english).toContain('OCOP rating expired on 31 December 2024');
    expect(english).toContain('Area: 1.25 ha');
    expect(english).toContain('Grown by household');
    expect(english).not.toContain('★');
    await context.close();
  });
});
