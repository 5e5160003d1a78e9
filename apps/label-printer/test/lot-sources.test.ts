import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFieldEvent } from '@nguongoc/trace-core';
import {
  LEDGER_ORIGIN,
  cooperative,
  fieldWork,
  lot,
  orchard,
  packingHouse,
  product,
} from '@nguongoc/trace-core/sample-lot';
import { openTraceStore } from '@nguongoc/trace-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabelError, lotsFromCommerce, lotsFromTraceStore } from '../src/index.js';
import { cli } from './_cli.js';
import { decodeAt, pdfText, renderPdf } from './_decode.js';
import { ADMIN_TOKEN, PRODUCT_ID, startCommerceFake } from './_commerce-fake.js';

const directory = mkdtempSync(join(tmpdir(), 'labels-sources-'));
const storeUrl = `file:${join(directory, 'htx.db')}`;

/** What both sources must read from the sample lot: NSX from packing, HSD from the harvest. */
const SAMPLE_LOT = {
  id: '3KX9T2M7QAH',
  code: 'CAM-2611-A',
  product: 'Cam Vinh hộp 5 kg',
  stars: 4,
  producedOn: '2026-11-19',
  expiresOn: '2026-12-18',
  cooperative: 'Hợp tác xã Cam Nghĩa Đàn',
};

describe('a trace-store database file', () => {
  beforeAll(async () => {
    const store = await openTraceStore({ url: storeUrl });
    await store.createLedger(LEDGER_ORIGIN);
    for (const record of [cooperative, orchard, packingHouse, product, lot])
      await store.addRecord(LEDGER_ORIGIN, record);
    for (const input of fieldWork)
      await store.appendEvent(LEDGER_ORIGIN, buildFieldEvent(input), lot.id);
    await store.signCheckpoint(LEDGER_ORIGIN);
    await store.close();
  });

  it('gives the lot, its product, OCOP stars, cooperative, NSX and HSD', async () => {
    expect(await lotsFromTraceStore(storeUrl, [lot.id])).toEqual([SAMPLE_LOT]);
  });

  it("prints unit labels of a product without a GTIN as the lot's code with a serial, and records them", async () => {
    const out = join(directory, 'units.pdf');
    const result = await cli([
      'print',
      '--store',
      storeUrl,
      '--lot',
      lot.id,
      '--serials',
      '1-5',
      '--base',
      'https://cho.example.vn',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`serials 1-5 (${lot.id}) recorded in the store`);
    const [page] = await renderPdf(out);
    for (let slot = 0; slot < 5; slot++) {
      const x = (slot % 3) * 70;
      const y = 0.45 + Math.floor(slot / 3) * 42.3;
      expect(decodeAt(page!, x, y, 70, 42.3)).toBe(
        `https://cho.example.vn/t/${lot.id}?s=${slot + 1}`,
      );
    }
    expect(await pdfText(out)).toContain('NSX: 19/11/2026 HSD: 18/12/2026');
    const store = await openTraceStore({ url: storeUrl });
    try {
      expect((await store.recordScan(lot.id, { at: new Date(), serial: '5' })).level).toBe('unit');
      await expect(store.recordScan(lot.id, { at: new Date(), serial: '6' })).rejects.toThrow();
    } finally {
      await store.close();
    }
  });

  it('refuses a lot the store does not hold, before writing anything', async () => {
    const out = join(directory, 'none.pdf');
    const result = await cli(['print', '--store', storeUrl, '--lot', '7ZZZZZZZZZZ', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`the trace store ${storeUrl} has no lot 7ZZZZZZZZZZ`);
    expect(result.stderr).toContain('Không có nhãn nào được in / nothing was printed.');
  });
});

describe('the commerce admin API', () => {
  let commerce: Awaited<ReturnType<typeof startCommerceFake>>;
  beforeAll(async () => {
    commerce = await startCommerceFake();
  });
  afterAll(() => commerce.close());

  it('reads a lot by code and every lot of a product, with the admin token', async () => {
    const api = { url: commerce.url, token: ADMIN_TOKEN };
    expect(await lotsFromCommerce(api, { lots: [lot.id] })).toEqual([SAMPLE_LOT]);
    expect(await lotsFromCommerce(api, { product: PRODUCT_ID })).toEqual([SAMPLE_LOT]);
    expect(commerce.requests).toEqual([
      `GET /admin/trace/lots/${lot.id}`,
      `GET /admin/products/${PRODUCT_ID}/lots`,
      `GET /admin/trace/lots/${lot.id}`,
    ]);
  });

  it('prints the lot label whose QR opens the lot trace page', async () => {
    const out = join(directory, 'commerce.pdf');
    const result = await cli(
      ['print', '--api', commerce.url, '--product', PRODUCT_ID, '--out', out],
      { NGUONGOC_ADMIN_TOKEN: ADMIN_TOKEN },
    );
    expect(result.code).toBe(0);
    const [page] = await renderPdf(out);
    expect(decodeAt(page!, 0, 0.45, 70, 42.3)).toBe('https://nguongoc.vn/t/3KX9T2M7QAH');
  });

  it('names an unknown lot and a refused token', async () => {
    const unknown = await cli([
      'print',
      '--api',
      commerce.url,
      '--token',
      ADMIN_TOKEN,
      '--lot',
      'NOPE',
      '--out',
      join(directory, 'x.pdf'),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      'lot NOPE not found (404: Không tìm thấy lô NOPE / lot NOPE not found)',
    );
    const refused = await cli([
      'print',
      '--api',
      commerce.url,
      '--token',
      'wrong',
      '--lot',
      lot.id,
      '--out',
      join(directory, 'x.pdf'),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the admin token was refused (401)');
  });

  it('names the field of an answer that breaks its contract, and the URL it came from', async () => {
    const lotPath = `/admin/trace/lots/${lot.id}`;
    const broken = await startCommerceFake({
      [`/admin/products/${PRODUCT_ID}/lots`]: {
        lots: [{ ...lot, trace_url: `https://nguongoc.vn/t/${lot.id}`, labels_url: 42 }],
        locations: [],
      },
      [lotPath]: { bundle: { events: [] }, story: {}, verification: { ok: true, failures: [] } },
    });
    try {
      const api = { url: broken.url, token: ADMIN_TOKEN };
      const fromProduct = await lotsFromCommerce(api, { product: PRODUCT_ID }).catch(
        (error: unknown) => error,
      );
      expect(fromProduct).toBeInstanceOf(LabelError);
      expect(fromProduct).toMatchObject({
        code: 'commerce.answer',
        location: { file: `${broken.url}/admin/products/${PRODUCT_ID}/lots` },
      });
      expect((fromProduct as LabelError).messageVi).toMatch(
        /^sản phẩm prod_01CAMVINH: lots\[0\]\.labels_url: câu trả lời không đúng hợp đồng/,
      );
      expect((fromProduct as LabelError).messageEn).toMatch(
        /^product prod_01CAMVINH: the API's answer breaks its contract: lots\[0\]\.labels_url: /,
      );
      const fromLot = await lotsFromCommerce(api, { lots: [lot.id] }).catch(
        (error: unknown) => error,
      );
      expect(fromLot).toMatchObject({
        code: 'commerce.answer',
        location: { file: `${broken.url}${lotPath}` },
      });
      expect((fromLot as LabelError).messageEn).toContain(
        'breaks its contract: bundle: expected a lot bundle',
      );
    } finally {
      await broken.close();
    }
  });
});
