// Labels that scan (issue #23, item 7), at phone size against the real backend: a new
// cooperative's manager prints a PDF sheet of unit labels for a product WITHOUT a GTIN from the
// workspace; each QR code, decoded from the rendered page, opens the configured storefront with
// the lot's code and a serial the backend already knows (its scan is accepted, a serial beyond
// the printed range is not), and the lot's trace data verifies. A refused form makes no file;
// a staff member of another cooperative finds no such page.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreTraceAnswer } from '@nguongoc/contracts';
import { newCooperative, newMember } from '@nguongoc/test-support/accounts';
import { pdfPages } from '@nguongoc/test-support/pdf';
import { type LotBundle, verifyLotBundle } from '@nguongoc/trace-core';
import { formatDay, vietnamDay } from '@nguongoc/vn-locale';
import jsQRModule from 'jsqr';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson, signIn } from './_browser.js';

// jsqr is CommonJS with a `default` property: the same function either way (as label-printer's tests).
const jsQR = (jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule;

// The workspace's labels open the storefront test/_system.ts starts (its STOREFRONT_URL).
const { backend, workspace, storefront } = inject('system');
const directory = mkdtempSync(join(tmpdir(), 'workspace-labels-'));

async function call<T>(path: string, init: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${backend.url}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

const scan = (code: string, serial: string) =>
  fetch(`${backend.url}/store/trace/${encodeURIComponent(code)}/scans`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-publishable-api-key': backend.publishableKey,
      'x-forwarded-for': '198.51.100.23',
    },
    body: JSON.stringify({ serial }),
  });

/** The QR code of the label at (x, y) mm, `width` × `height` mm, of a page rendered at `dpi`. */
function decodeLabel(
  page: { width: number; height: number; data: Uint8ClampedArray },
  dpi: number,
  box: { x: number; y: number; width: number; height: number },
): string | undefined {
  const scale = dpi / 25.4;
  const left = Math.floor(box.x * scale);
  const top = Math.floor(box.y * scale);
  const width = Math.min(page.width, Math.ceil((box.x + box.width) * scale)) - left;
  const height = Math.min(page.height, Math.ceil((box.y + box.height) * scale)) - top;
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((top + row) * page.width + left) * 4;
    pixels.set(page.data.subarray(from, from + width * 4), row * width * 4);
  }
  return jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data;
}

describe('labels from the workspace', () => {
  let browser: Browser;
  let lot: { id: string; code: string; trace_url: string };
  let manager: { email: string; password: string; token: string };
  let productId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const cooperative = await newCooperative(backend, { name: 'Hợp tác xã Tem Quét Được' });
    manager = await newMember(backend, cooperative.id, 'manager');
    const suffix = randomUUID().slice(0, 8);
    // A product WITHOUT a GTIN, as 9 of the 12 seeded ones (issue #23, item 7).
    const { product } = await call<{ product: { id: string } }>('/coop/products', {
      token: manager.token,
      body: {
        title: `Chè Shan tuyết ${suffix}`,
        title_en: `Shan tuyet tea ${suffix}`,
        net_quantity: 100,
        net_unit: 'GRM',
        variants: [{ title: 'Hộp 100 g', sku: `CHE-${suffix}`, price_vnd: 120_000, stock: 50 }],
      },
    });
    productId = product.id;
    const created = await call<{ lot: { id: string; code: string } }>(
      `/coop/products/${product.id}/lots`,
      { token: manager.token, body: { code: `CHE-${suffix.slice(0, 6).toUpperCase()}` } },
    );
    const { lots } = await call<{ lots: { id: string; trace_url: string }[] }>(
      `/coop/products/${product.id}/lots`,
      { token: manager.token },
    );
    lot = { ...created.lot, trace_url: lots.find((l) => l.id === created.lot.id)!.trace_url };
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints a PDF sheet of unit labels whose codes the backend knows before the file exists', async () => {
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, manager);
    const { page } = person;
    await page.goto(`${workspace.url}/lots/${lot.id}/labels`);
    expect(await page.locator('h1').textContent()).toBe('In tem truy xuất');
    // The default: an A4 sheet of unit serials, as a PDF, from the first label.
    expect(await page.locator('#field-template').inputValue()).toBe('a4-3x7');
    expect(await page.locator('input[name=kind][value=units]').isChecked()).toBe(true);
    expect(await page.locator('input[name=format][value=pdf]').isChecked()).toBe(true);
    // Nothing printed for the lot yet: one sheet from serial 1.
    expect(await page.locator('#field-from').inputValue()).toBe('1');
    expect(await page.locator('#field-to').inputValue()).toBe('21');
    expect(await page.locator('p.printed').textContent()).toBe(
      'Chưa in nhãn sê-ri nào cho lô này.',
    );
    await page.locator('#field-from').fill('1');
    await page.locator('#field-to').fill('5');
    // Nothing printed yet: serial 1 is not a known code.
    expect((await scan(lot.id, '1')).status).toBe(404);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Đăng ký mã và tải tệp in' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`nhan-${lot.id}-1-5.pdf`);
    const file = join(directory, 'sheet.pdf');
    await download.saveAs(file);

    const dpi = 200;
    const [sheet] = await pdfPages(file, { dpi });
    // A4 3×7: labels of 70 × 42.3 mm from 0.45 mm down, left to right.
    const decoded = [0, 1, 2, 3, 4, 5].map((slot) =>
      decodeLabel(sheet!, dpi, {
        x: (slot % 3) * 70,
        y: 0.45 + Math.floor(slot / 3) * 42.3,
        width: 70,
        height: 42.3,
      }),
    );
    expect(decoded).toEqual([
      ...[1, 2, 3, 4, 5].map((serial) => `${storefront.url}/t/${lot.id}?s=${serial}`),
      undefined,
    ]);
    // The lot's own trace page, as the backend links it (its host is the backend's STOREFRONT_URL).
    expect(new URL(decoded[0]!).pathname).toBe(new URL(lot.trace_url).pathname);

    // The printed label's serial scans (registered before the file was made); one never printed does not.
    const url = new URL(decoded[2]!);
    const code = url.pathname.split('/').at(-1)!;
    const accepted = await scan(code, url.searchParams.get('s')!);
    expect(accepted.status).toBe(201);
    expect(
      ((await accepted.json()) as { verdict: { level: string; serial: string } }).verdict,
    ).toMatchObject({
      level: 'unit',
      serial: '3',
    });
    expect((await scan(code, '6')).status).toBe(404);

    // What the trace page shows for that code verifies ("Đã xác minh").
    const trace = (await (
      await fetch(`${backend.url}/store/trace/${code}`, {
        headers: { 'x-publishable-api-key': backend.publishableKey },
      })
    ).json()) as StoreTraceAnswer;
    expect(trace.bundle.lot).toBe(lot.id);
    expect(verifyLotBundle(trace.bundle as LotBundle, trace.verifier_keys).ok).toBe(true);
    // The printed label itself, opened on the phone: the shop's trace page verifies it.
    await page.goto(decoded[2]!);
    await expect.poll(() => page.locator('body').textContent()).toContain('Đã xác minh');
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('starts the next sheet after the last serial printed, and says what was printed when', async () => {
    // A lot of its own: nothing printed for it but what this test prints.
    const suffix = randomUUID().slice(0, 6).toUpperCase();
    const { lot: next } = await call<{ lot: { id: string } }>(`/coop/products/${productId}/lots`, {
      token: manager.token,
      body: { code: `CHE-N${suffix}` },
    });
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, manager);
    const { page } = person;
    await page.goto(`${workspace.url}/lots/${next.id}/labels`);
    await page.locator('#field-from').fill('1');
    await page.locator('#field-to').fill('3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Đăng ký mã và tải tệp in' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`nhan-${next.id}-1-3.pdf`);

    await page.goto(`${workspace.url}/lots/${next.id}/labels`);
    expect(await page.locator('#field-from').inputValue()).toBe('4');
    expect(await page.locator('#field-to').inputValue()).toBe('24');
    // The day the backend recorded the job, as people in Vietnam write it.
    const { ranges } = await call<{ ranges: { printed_at: string }[] }>(
      `/coop/lots/${next.id}/serials`,
      { token: manager.token },
    );
    const day = formatDay(vietnamDay(ranges[0]!.printed_at));
    expect(await page.locator('p.printed').textContent()).toBe(`Đã in: 1–3 (${day})`);
    await page.goto(`${workspace.url}/lots/${next.id}/labels?lang=en`);
    expect(await page.locator('p.printed').textContent()).toBe(`Printed: 1–3 (${day})`);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('refuses a job it cannot make, with the reason in both languages, keeping what was typed', async () => {
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, manager);
    const { page } = person;
    await page.goto(`${workspace.url}/lots/${lot.id}/labels`);
    await page.locator('#field-from').fill('40');
    await page.locator('#field-to').fill('30');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Đăng ký mã và tải tệp in' }).click();
    await page.waitForURL((address) => address.searchParams.has('error'));
    expect(await page.getByRole('alert').textContent()).toBe(
      'Đến số 30 nhỏ hơn từ số 40 / To serial 30 is below from serial 40',
    );
    expect(await page.locator('#field-from').inputValue()).toBe('40');
    expect(await page.locator('#field-to').inputValue()).toBe('30');
    expect(downloads).toBe(0);
    // Nothing was registered: serial 30 is still unknown.
    expect((await scan(lot.id, '30')).status).toBe(404);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('finds no label page, and makes no file, for a staff member of another cooperative', async () => {
    const other = await newCooperative(backend, { name: 'Hợp tác xã Bên Kia' });
    const staff = await newMember(backend, other.id, 'staff');
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, staff);
    const answer = await person.page.goto(`${workspace.url}/lots/${lot.id}/labels`);
    expect(answer?.status()).toBe(404);
    const posted = await person.page.request.post(`${workspace.url}/lots/${lot.id}/labels/file`, {
      form: { template: 'a4-3x7', kind: 'units', from: '7', to: '9', format: 'pdf', start: '1' },
      headers: { origin: workspace.url },
      maxRedirects: 0,
    });
    expect(posted.status()).toBe(404);
    expect(posted.headers()['content-type']).not.toBe('application/pdf');
    expect((await scan(lot.id, '7')).status).toBe(404);
    await person.context.close();
  });
});
