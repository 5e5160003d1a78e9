import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Location, Product } from '@nguongoc/trace-core';
import { type TraceStore, openTraceStore } from '@nguongoc/trace-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ledgerFacts,
  ledgerRef,
  ocopExpiredMessage,
} from '../../src/modules/trace/product-facts.js';
import { TraceModuleService } from '../../src/modules/trace/service.js';

// A product's OCOP rating and planting area read from its cooperative's ledger (ADR 039).
describe('ledgerFacts', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ng-ledger-facts-'));
  const origin = 'nguongoc.vn/htx-thu';
  let store: TraceStore;
  let trace: TraceModuleService;
  const place = (id: string, kind: Location['kind'], code?: string): Location => ({
    type: 'location',
    id,
    organisationId: 'htx-thu',
    kind,
    name: `Nơi ${id}`,
    communeCode: '16941',
    ...(code ? { plantingAreaCode: code } : {}),
  });
  const product = (id: string, expiresOn?: string): Product => ({
    type: 'product',
    id,
    organisationId: 'htx-thu',
    name: `Sản phẩm ${id}`,
    sku: id.toUpperCase(),
    unit: 'KGM',
    ...(expiresOn ? { ocop: { stars: 4, decisionNumber: '12/QĐ-UBND', expiresOn } } : {}),
  });

  beforeAll(async () => {
    store = await openTraceStore({
      url: `file:${join(folder, 'store.db')}`,
      environment: { TRACE_MASTER_KEY: Buffer.alloc(32, 5).toString('base64') },
    });
    trace = new TraceModuleService({
      traceStore: store,
      traceLinks: { storefront: 'https://cho.example.vn', labelPrinter: 'http://127.0.0.1:5180' },
    });
    await trace.registerOrganisation(origin, {
      type: 'organisation',
      id: 'htx-thu',
      kind: 'cooperative',
      name: 'Hợp tác xã Thử',
      communeCode: '16941',
    });
    for (const record of [
      place('vung-a', 'planting-area', 'VN-NA-0001'),
      place('vung-b', 'planting-area', 'VN-NA-0002'),
      place('trang-trai', 'farm'),
      product('cam', '2027-03-31'),
      product('buoi', '2024-12-31'),
      product('che'),
    ]) {
      await trace.putRecord(origin, record);
    }
    // The oranges' lots: an older one on area A, the newest on area B.
    await trace.createLot(origin, {
      productId: 'cam',
      code: 'CAM-1',
      organisationId: 'htx-thu',
      locationId: 'vung-a',
    });
    await trace.createLot(origin, {
      productId: 'cam',
      code: 'CAM-2',
      organisationId: 'htx-thu',
      locationId: 'vung-b',
    });
    await trace.createLot(origin, {
      productId: 'che',
      code: 'CHE-1',
      organisationId: 'htx-thu',
      locationId: 'trang-trai',
    });
  });

  afterAll(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("reads the rating and its status on Vietnam's day", async () => {
    const [valid, expiring, expired] = [
      ...(await ledgerFacts(trace, origin, [{ traceProductId: 'cam' }], '2027-02-28')),
      ...(await ledgerFacts(trace, origin, [{ traceProductId: 'cam' }], '2027-03-01')),
      ...(await ledgerFacts(trace, origin, [{ traceProductId: 'buoi' }], '2027-03-01')),
    ];
    expect(valid!.ocop).toEqual({
      stars: 4,
      decisionNumber: '12/QĐ-UBND',
      expiresOn: '2027-03-31',
      status: 'valid',
    });
    expect(expiring!.ocop?.status).toBe('expiring');
    expect(expired!.ocop?.status).toBe('expired');
    expect(ocopExpiredMessage('Bưởi', expired!.ocop!)).toEqual({
      vi: 'Không xuất "Bưởi": xếp hạng OCOP 4 sao (Quyết định 12/QĐ-UBND) đã hết hạn ngày 31/12/2024; gia hạn xếp hạng trong sổ truy xuất rồi xuất lại',
      en: '"Bưởi" is not exported: its 4-star OCOP rating (decision 12/QĐ-UBND) expired on 2024-12-31; renew the rating in the trace ledger, then export again',
    });
  });

  it('takes the planting area the product names, else that of its newest lot', async () => {
    const [named, newest, farm, none] = await ledgerFacts(trace, origin, [
      { traceProductId: 'cam', plantingAreaId: 'vung-a' },
      { traceProductId: 'cam' },
      { traceProductId: 'che' },
      { traceProductId: 'khong-co', plantingAreaId: 'trang-trai' },
    ]);
    expect(named!.plantingArea).toEqual({ id: 'vung-a', code: 'VN-NA-0001', name: 'Nơi vung-a' });
    expect(newest!.plantingArea).toEqual({ id: 'vung-b', code: 'VN-NA-0002', name: 'Nơi vung-b' });
    // A farm is not a planting area; an unknown product has no rating.
    expect(farm).toEqual({ ocop: null, plantingArea: null });
    expect(none).toEqual({ ocop: null, plantingArea: null });
  });

  it('never reads the OCOP or planting-area keys of the metadata', async () => {
    const ref = ledgerRef({
      trace_product_id: 'che',
      ocop_stars: 5,
      ocop_decision: '1/QĐ',
      ocop_expires_on: '2030-01-01',
      planting_area: 'VN-SAI',
    });
    expect(ref).toEqual({ traceProductId: 'che', plantingAreaId: undefined });
    expect(await ledgerFacts(trace, origin, [ref])).toEqual([{ ocop: null, plantingArea: null }]);
    expect(await ledgerFacts(trace, null, [ref])).toEqual([{ ocop: null, plantingArea: null }]);
  });
});
