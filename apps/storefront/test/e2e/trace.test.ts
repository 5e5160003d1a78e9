// The trace page in Debian's chromium, against the real backend: the consumer's phone verifies
// the lot's story itself, a changed stored event is caught and named, the page reads without
// JavaScript, and a copied unit label is flagged; a scan that fails says so (issue #22).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './_browser.js';

const { backend, storefront } = inject('system');
const SAMPLE = '3KX9T2M7QAH';
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A phone-sized page at `path`, once its verification box has said what it found. */
async function openTrace(path: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  await page.goto(`${storefront.url}${path}`);
  if (options.javaScript !== false) {
    await page.waitForSelector('#trace-status:not([data-state=static]):not([data-state=checking])');
  }
  return page;
}

async function sql<T>(statement: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: backend.databaseUrl });
  await client.connect();
  try {
    return (await client.query(statement, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Records that the sample lot's unit serials `from`..`to` were printed (the label printer's call). */
async function printSerials(from: number, to: number): Promise<void> {
  const login = await fetch(`${backend.url}/auth/user/emailpass`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(backend.admin),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${backend.url}/admin/trace/lots/${SAMPLE}/serials`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ from, to }),
  });
  expect(response.status).toBe(201);
}

describe('the trace page in a browser', () => {
  it("verifies the sample lot's story on the phone: Đã xác minh, with what was checked", async () => {
    const page = await openTrace(`/t/${SAMPLE}`);
    const status = page.locator('#trace-status');
    expect(await status.getAttribute('data-state')).toBe('verified');
    expect(await status.innerText()).toContain('Đã xác minh');
    expect(await status.innerText()).toContain('nguongoc.vn/htx-cam-nghia-dan');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('.steps > li').count()).toBeGreaterThanOrEqual(6);
    // The page loads no Remix or React: its one script is the verifier.
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/assets\/trace-verify-[\w-]+\.js$/);
    await page.screenshot({ path: join(ARTIFACTS, 'trace-verified.png'), fullPage: true });
    await page.context().close();
  });

  it('says the same in English, and from the GS1 Digital Link of the lot', async () => {
    const english = await openTrace(`/t/${SAMPLE}?lang=en`);
    expect(await english.locator('#trace-status').innerText()).toContain('Verified');
    expect(await english.locator('h1').innerText()).toBe('Vinh oranges, 5 kg box');
    await english.context().close();
    const digitalLink = await openTrace('/01/08938600000019/10/CAM-2611-A');
    expect(await digitalLink.locator('#trace-status').getAttribute('data-state')).toBe('verified');
    await digitalLink.context().close();
  });

  it('reads without JavaScript: the story is there, and the box says how to verify it', async () => {
    const page = await openTrace(`/t/${SAMPLE}`, { javaScript: false });
    expect(await page.locator('h1').innerText()).toBe('Cam Vinh hộp 5 kg');
    expect(await page.locator('.steps h3').allInnerTexts()).toContain('Thu hoạch');
    expect(await page.locator('#trace-status').innerText()).toContain('Bật JavaScript');
    await page.context().close();
  });

  it('catches an event changed in the database and names it', async () => {
    // A lot that no test has opened through the storefront yet, so that no cache holds it.
    // A lot that no test has opened through the storefront yet, so that no cache holds it, and
    // the first of its events that states a quantity.
    const [target] = await sql<{ lot: string; leaf_index: number }>(
      `SELECT lot, leaf_index FROM trace.events
       WHERE ledger = 'nguongoc.vn/htx-buoi-phuc-trach' AND event ~ '"quantity":[0-9]'
       ORDER BY leaf_index LIMIT 1`,
    );
    expect(target).toBeDefined();
    const changed = await sql<{ event_id: string }>(
      `UPDATE trace.events SET event = regexp_replace(event, '"quantity":([0-9]+)', '"quantity":9\\1')
       WHERE ledger = 'nguongoc.vn/htx-buoi-phuc-trach' AND leaf_index = $1 RETURNING event_id`,
      [target!.leaf_index],
    );
    expect(changed).toHaveLength(1);
    const page = await openTrace(`/t/${target!.lot}`);
    const status = page.locator('#trace-status');
    expect(await status.getAttribute('data-state')).toBe('failed');
    const failed = page.locator('.steps > li.failed');
    expect(await failed.count()).toBe(1);
    expect(await failed.getAttribute('data-event-id')).toBe(changed[0]!.event_id);
    const title = await failed.locator('h3').innerText();
    expect(await status.innerText()).toContain('Không xác minh được');
    expect(await status.innerText()).toContain(`${title}:`);
    await page.screenshot({ path: join(ARTIFACTS, 'trace-tampered.png'), fullPage: true });
    await page.context().close();
  });

  it('warns that a unit label scanned too often may have been copied', async () => {
    // A serial the label printer printed (only those are recorded, issue #22), scanned by 31
    // phones: more than one real unit is scanned.
    await printSerials(1, 9_999);
    const serial = String(1_000 + (Date.now() % 8_000));
    for (let i = 0; i < 31; i++) {
      const response = await fetch(`${backend.url}/store/trace/${SAMPLE}/scans`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-publishable-api-key': backend.publishableKey,
          'x-forwarded-for': `198.51.100.${i + 1}`,
        },
        body: JSON.stringify({ serial }),
      });
      expect(response.status).toBe(201);
    }
    const page = await openTrace(`/01/08938600000019/10/CAM-2611-A/21/${serial}`);
    const warning = page.locator('.cloned[role=alert]');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('có thể đã bị sao chép');
    await page.screenshot({ path: join(ARTIFACTS, 'trace-cloned.png'), fullPage: true });
    await page.context().close();
  });

  it("counts a unit label without a GTIN (/t/<lot>?s=<serial>) as that unit's scan, on the lot's page", async () => {
    await printSerials(1, 9_999);
    const serial = String(1_000 + ((Date.now() + 4_000) % 8_000));
    expect((await fetch(`${storefront.url}/t/${SAMPLE}`)).status).toBe(200);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scan = page.waitForResponse((response) => response.url().endsWith('/scans'));
    const answer = await page.goto(`${storefront.url}/t/${SAMPLE}?s=${serial}`);
    const sent = await scan;
    expect(sent.request().postDataJSON()).toEqual({ serial });
    expect(sent.status()).toBe(200);
    expect(await sent.json()).toMatchObject({ verdict: { level: 'unit' } });
    // The serial is not part of the page: the lot's one cached page serves every unit's label.
    expect(answer!.headers()['x-page-cache']).toBe('HIT');
    expect(await page.locator('#trace-status').getAttribute('data-serial')).toBeNull();
    await context.close();
  });

  it('says it could not check for copies when the scan is refused or fails, never nothing', async () => {
    // A serial never printed: the backend refuses it (404), the page says so.
    const unprinted = await openTrace('/01/08938600000019/10/CAM-2611-A/21/99999999');
    const refused = unprinted.locator('.scan-failed');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('Không kiểm tra được tem này có bị sao chép');
    expect(await unprinted.locator('.cloned').count()).toBe(0);
    await unprinted.context().close();
    // The scan request lost on the way (offline, the storefront away): the same, in English.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.route('**/scans', (route) => route.abort('internetdisconnected'));
    await page.goto(`${storefront.url}/t/${SAMPLE}?lang=en`);
    const failed = page.locator('.scan-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('Could not check for copies');
    await page.screenshot({ path: join(ARTIFACTS, 'trace-scan-failed.png'), fullPage: true });
    await context.close();
  });

  it("sends the buyer's province with later scans only once they chose to share it", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scanBody = () =>
      page
        .waitForRequest((request) => request.url().endsWith('/scans'))
        .then((request) => request.postDataJSON() as { province?: string });
    let sent = scanBody();
    await page.goto(`${storefront.url}/t/${SAMPLE}`);
    expect(await sent).toEqual({});
    const chooser = page.locator('#share-province');
    await chooser.waitFor();
    expect(await chooser.inputValue()).toBe('');
    await chooser.selectOption('40');
    sent = scanBody();
    await page.reload();
    expect(await sent).toEqual({ province: '40' });
    expect(await page.locator('#share-province').inputValue()).toBe('40');
    await page.locator('#share-province').selectOption('');
    sent = scanBody();
    await page.reload();
    expect(await sent).toEqual({});
    await context.close();
  });
});
