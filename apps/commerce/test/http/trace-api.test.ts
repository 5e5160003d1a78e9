import { type LotBundle, generateShortCode, verifyLotBundle } from '@nguongoc/trace-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, newMember } from './_accounts.js';
import { adminApi, backend, ok, storeApi, verifierKey } from './_http.js';

const SAMPLE_LOT = '3KX9T2M7QAH';

describe('GET /store/trace/:code', () => {
  it('serves the seeded lot as a bundle that trace-core verifies, with its ledger keys', async () => {
    const response = await storeApi(`/store/trace/${SAMPLE_LOT}`);
    const { bundle, verifier_keys } = await ok<{ bundle: LotBundle; verifier_keys: string[] }>(
      response,
    );
    expect(verifier_keys).toEqual([await verifierKey(bundle.origin)]);
    expect(bundle.lot).toBe(SAMPLE_LOT);
    expect(bundle.events.length).toBeGreaterThanOrEqual(6);
    const verification = verifyLotBundle(bundle, [await verifierKey(bundle.origin)]);
    expect(verification.failures).toEqual([]);
    expect(verification.ok).toBe(true);
    expect(response.headers.get('cache-control')).toContain('public');
  });

  it('answers 304 to a client that holds the bundle of the newest checkpoint', async () => {
    const first = await storeApi(`/store/trace/${SAMPLE_LOT}`);
    const etag = first.headers.get('etag')!;
    const again = await storeApi(`/store/trace/${SAMPLE_LOT}`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('answers 404 for an unknown code and 400 for a mistyped one, in both languages', async () => {
    const unknown = await storeApi(`/store/trace/${generateShortCode()}`);
    const mistyped = await storeApi('/store/trace/3KX9T2M7QAV');
    expect([unknown.status, mistyped.status]).toEqual([404, 400]);
    expect(((await mistyped.json()) as { message: string }).message).toMatch(
      /ký tự kiểm tra.* \/ .*check symbol/,
    );
  });

  it('needs the publishable key', async () => {
    expect((await fetch(`${backend().url}/store/trace/${SAMPLE_LOT}`)).status).toBe(400);
  });
});

// POST /store/trace/:code/scans: trace-scans.test.ts.

describe('admin trace API', () => {
  let productId: string;
  let buoiCooperativeId: string;

  beforeAll(async () => {
    const { products } = await ok<{ products: { id: string }[] }>(
      await adminApi('/admin/products?handle=cam-vinh-hop-5kg'),
    );
    productId = products[0]!.id;
    const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    buoiCooperativeId = cooperatives.find(
      (c: { handle: string }) => c.handle === 'htx-buoi-phuc-trach',
    )!.id;
  });

  it('has seeded every product with a traced lot of 5 to 10 events that verifies', async () => {
    const { products } = await ok<{ products: { id: string }[] }>(
      await adminApi('/admin/products?limit=50'),
    );
    expect(products).toHaveLength(12);
    for (const product of products) {
      const { lots } = await ok<{ lots: { id: string }[] }>(
        await adminApi(`/admin/products/${product.id}/lots`),
      );
      const { bundle } = await ok<{ bundle: LotBundle }>(
        await storeApi(`/store/trace/${lots.at(-1)!.id}`),
      );
      expect(bundle.events.length).toBeGreaterThanOrEqual(5);
      expect(bundle.events.length).toBeLessThanOrEqual(10);
      expect(verifyLotBundle(bundle, [await verifierKey(bundle.origin)]).ok).toBe(true);
    }
  });

  it('needs an admin login', async () => {
    expect((await fetch(`${backend().url}/admin/cooperatives`)).status).toBe(401);
    expect((await fetch(`${backend().url}/admin/products/${productId}/lots`)).status).toBe(401);
  });

  it('opens a lot, records field work from a few fields, and the trace page shows it verified', async () => {
    const { lot } = await ok<{ lot: { id: string; code: string } }>(
      await adminApi(`/admin/products/${productId}/lots`, {
        method: 'POST',
        body: JSON.stringify({ code: 'CAM-2612-B', location_id: 'vuon-cam-xom-3' }),
      }),
      201,
    );
    const opened = await storeApi(`/store/trace/${lot.id}`);
    expect(opened.status).toBe(200);
    const openedTag = opened.headers.get('etag')!;
    const form = {
      kind: 'harvest',
      time: '2026-12-02T06:30',
      location_id: 'vuon-cam-xom-3',
      quantity: 800,
      note: 'Hái buổi sáng, trời khô',
    };
    const recorded = await adminApi(`/admin/trace/lots/${lot.id}/events`, {
      method: 'POST',
      body: JSON.stringify(form),
    });
    expect(recorded.status).toBe(201);
    // Field work signs a new checkpoint: a client holding the lot's first bundle gets the new one.
    const changed = await storeApi(`/store/trace/${lot.id}`, {
      headers: { 'if-none-match': openedTag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(openedTag);
    // The same submission again (a double tap on a slow phone) records nothing new.
    const repeated = await adminApi(`/admin/trace/lots/${lot.id}/events`, {
      method: 'POST',
      body: JSON.stringify(form),
    });
    expect(repeated.status).toBe(200);
    expect(((await repeated.json()) as { event: { duplicate: boolean } }).event.duplicate).toBe(
      true,
    );

    const { bundle } = await ok<{ bundle: LotBundle }>(await storeApi(`/store/trace/${lot.id}`));
    expect(bundle.events).toHaveLength(1);
    expect(bundle.events[0]!.event).toMatchObject({ 'ng:note': 'Hái buổi sáng, trời khô' });
    expect(verifyLotBundle(bundle, [await verifierKey(bundle.origin)]).ok).toBe(true);
    const { lots, locations } = await ok<{
      lots: { id: string; trace_url: string; labels_url: string }[];
      locations: { id: string }[];
    }>(await adminApi(`/admin/products/${productId}/lots`));
    expect(lots[0]).toMatchObject({
      id: lot.id,
      trace_url: `http://localhost:3000/t/${lot.id}`,
      labels_url: `http://localhost:3001/lots/${lot.id}/labels`,
    });
    expect(locations.map((l) => l.id)).toContain('vuon-cam-xom-3');
    const { story, verification } = await ok<{
      story: { vi: { steps: { title: string }[] } };
      verification: { ok: boolean };
    }>(await adminApi(`/admin/trace/lots/${lot.id}`));
    expect(verification.ok).toBe(true);
    expect(story.vi.steps.map((s) => s.title)).toEqual(['Thu hoạch']);
  });

  it('refuses bad field work with the field named, and records nothing', async () => {
    const before = await ok<{ bundle: LotBundle }>(await storeApi(`/store/trace/${SAMPLE_LOT}`));
    for (const body of [
      { kind: 'harvest', time: '2/12/2026', location_id: 'vuon-cam-xom-3' },
      { kind: 'harvest', time: '2026-12-02T06:30', location_id: 'khong-co' },
      { kind: 'dancing', time: '2026-12-02T06:30', location_id: 'vuon-cam-xom-3' },
    ]) {
      const response = await adminApi(`/admin/trace/lots/${SAMPLE_LOT}/events`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      expect([400, 404]).toContain(response.status);
    }
    const after = await ok<{ bundle: LotBundle }>(await storeApi(`/store/trace/${SAMPLE_LOT}`));
    expect(after.bundle.events).toHaveLength(before.bundle.events.length);
  });

  it("keeps a cooperative's staff inside their own cooperative", async () => {
    const staff = (await newMember(buoiCooperativeId, 'staff')).token;
    const { cooperative } = await ok<{ cooperative: { id: string } }>(
      await api('/coop/cooperative', {}, staff),
    );
    expect(cooperative.id).toBe(buoiCooperativeId);
    // Their own products and lots open...
    const { products } = await ok<{ products: { id: string }[] }>(
      await api('/coop/products', {}, staff),
    );
    expect(products.length).toBeGreaterThan(0);
    expect(products.map((p) => p.id)).not.toContain(productId);
    const { lots } = await ok<{ lots: { id: string }[] }>(
      await api(`/coop/products/${products[0]!.id}/lots`, {}, staff),
    );
    expect((await api(`/coop/lots/${lots.at(-1)!.id}`, {}, staff)).status).toBe(200);
    // ...another cooperative's product, lot and record are as if they did not exist.
    expect((await api(`/coop/products/${productId}/lots`, {}, staff)).status).toBe(404);
    expect((await api(`/coop/lots/${SAMPLE_LOT}`, {}, staff)).status).toBe(404);
    const before = await ok<{ bundle: LotBundle }>(await storeApi(`/store/trace/${SAMPLE_LOT}`));
    const write = await api(
      `/coop/lots/${SAMPLE_LOT}/events`,
      {
        method: 'POST',
        body: JSON.stringify({
          kind: 'harvest',
          time: '2026-12-03T06:30',
          location_id: 'vuon-cam-xom-3',
        }),
      },
      staff,
    );
    expect(write.status).toBe(404);
    const after = await ok<{ bundle: LotBundle }>(await storeApi(`/store/trace/${SAMPLE_LOT}`));
    expect(after.bundle.events).toHaveLength(before.bundle.events.length);
    // /admin is the operator's: no list of cooperatives, no new one, no VNPay reconciliation.
    expect((await api('/admin/cooperatives', {}, staff)).status).toBe(401);
    const create = await api(
      '/admin/cooperatives',
      { method: 'POST', body: JSON.stringify({ handle: 'htx-moi', name: 'HTX Mới' }) },
      staff,
    );
    expect(create.status).toBe(401);
    const { cooperatives } = await ok<{ cooperatives: { handle: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    expect(cooperatives.map((c) => c.handle)).not.toContain('htx-moi');
    const reconcile = await api('/admin/payments/vnpay/reconcile', { method: 'POST' }, staff);
    expect(reconcile.status).toBe(401);
  });

  it('registers a cooperative with a checked tax code and commune, and opens its ledger', async () => {
    const bad = await adminApi('/admin/cooperatives', {
      method: 'POST',
      body: JSON.stringify({
        handle: 'htx-che-thanh-chuong',
        name: 'Hợp tác xã Chè Thanh Chương',
        tax_code: '29012',
        registration_number: '2707G000999',
        commune_code: '99999',
        address: 'Xóm 1',
        contact_name: 'Phan Văn An',
        phone: '0911222333',
      }),
    });
    expect(bad.status).toBe(400);
    const message = ((await bad.json()) as { message: string }).message;
    expect(message).toContain('tax_code');
    expect(message).toContain('commune_code');
    const { cooperative } = await ok<{
      cooperative: { province_code: string; trace_origin: string };
    }>(
      await adminApi('/admin/cooperatives', {
        method: 'POST',
        body: JSON.stringify({
          handle: 'htx-che-thanh-chuong',
          name: 'Hợp tác xã Chè Thanh Chương',
          tax_code: '2901234599',
          registration_number: '2707G000999',
          commune_code: '16681',
          address: 'Xóm 1',
          contact_name: 'Phan Văn An',
          phone: '0911222333',
        }),
      }),
      201,
    );
    expect(cooperative).toMatchObject({
      province_code: '40',
      trace_origin: 'nguongoc.vn/htx-che-thanh-chuong',
    });
  });
});
