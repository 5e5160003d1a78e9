// The public store API of the storefront's cooperative and origin pages and of GS1 Digital Link
// labels: /store/cooperatives, /store/products/:id/origin, /store/trace/gs1/:gtin/:lot.
import { type LotBundle, vietnamTime } from '@nguongoc/trace-core';
import { fieldWork } from '@nguongoc/trace-core/sample-lot';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, backend, ok, storeApi } from './_http.js';

interface StoreCooperative {
  id: string;
  handle: string;
  name: string;
  description: string | null;
  commune_code: string;
  province_code: string;
  commune: { vi: string; en: string };
  province: { vi: string; en: string };
  product_ids: string[];
}

interface StoreLot {
  id: string;
  code: string;
  trace_path: string;
  event_count: number;
  first_event_at: string | null;
  last_event_at: string | null;
  kinds: string[];
}

interface Origin {
  cooperative: StoreCooperative | null;
  lots: StoreLot[];
  facts: {
    ocop: { stars: number; decision_number: string; expires_on: string; status: string } | null;
    planting_area: { id: string; code: string; name: string } | null;
  };
}

const SAMPLE_LOT = '3KX9T2M7QAH';
const CAM = 'htx-cam-nghia-dan';
const CAM_PRODUCTS = [
  'cam-vinh-hop-5kg',
  'cam-vinh-hop-10kg',
  'mat-ong-hoa-cam-500ml',
  'mut-cam-300g',
];
const PUBLIC_FIELDS = [
  'commune',
  'commune_code',
  'description',
  'handle',
  'id',
  'name',
  'product_facts',
  'product_ids',
  'province',
  'province_code',
];
// What the seed gives Cam Nghĩa Đàn that only the admin may read, as names and as values.
const PRIVATE_FIELDS = [
  'tax_code',
  'registration_number',
  'address',
  'contact_name',
  'phone',
  'email',
  'bank_name',
  'bank_account_number',
  'bank_account_holder',
  'trace_origin',
];
const PRIVATE_VALUES = [
  '2901234567',
  'Xóm 3',
  'Nguyễn Văn Hùng',
  '0912345678',
  'htx.camnghiadan@example.vn',
  'Agribank',
  '3600205123456',
  'HTX CAM NGHIA DAN',
  'nguongoc.vn/',
];

/** The body, after checking that it holds none of the cooperatives' private data. */
async function publicBody<T>(response: Response): Promise<T> {
  const text = await response.clone().text();
  for (const name of PRIVATE_FIELDS) expect(text).not.toContain(`"${name}"`);
  for (const value of PRIVATE_VALUES) expect(text).not.toContain(value);
  return ok<T>(response);
}

const productIds = new Map<string, string>();
const productId = (handle: string) => productIds.get(handle)!;

beforeAll(async () => {
  const { products } = await ok<{ products: { id: string; handle: string }[] }>(
    await storeApi('/store/products?limit=100&fields=id,handle'),
  );
  for (const product of products) productIds.set(product.handle, product.id);
});

describe('GET /store/cooperatives', () => {
  it('lists the cooperatives by name with their public fields only', async () => {
    const { cooperatives } = await publicBody<{ cooperatives: StoreCooperative[] }>(
      await storeApi('/store/cooperatives'),
    );
    const seeded = ['htx-buoi-phuc-trach', CAM, 'htx-nong-san-hoang-hoa'];
    const positions = seeded.map((handle) => cooperatives.findIndex((c) => c.handle === handle));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const cooperative of cooperatives) {
      expect(Object.keys(cooperative).sort()).toEqual(PUBLIC_FIELDS);
    }
    const cam = cooperatives.find((c) => c.handle === CAM)!;
    expect(cam).toMatchObject({
      id: expect.stringMatching(/^coop_/),
      name: 'Hợp tác xã Cam Nghĩa Đàn',
      description: 'Cam Vinh trồng theo VietGAP trên đất đỏ bazan Nghĩa Đàn.',
      commune_code: '16941',
      province_code: '40',
      commune: { vi: 'Xã Nghĩa Đàn', en: 'Nghia Dan Commune' },
      province: { vi: 'Nghệ An', en: 'Nghe An' },
    });
    expect([...cam.product_ids].sort()).toEqual(CAM_PRODUCTS.map(productId).sort());
  });

  it('filters by province, and refuses a code that is not a province', async () => {
    const list = async (province: string) =>
      (
        await ok<{ cooperatives: StoreCooperative[] }>(
          await storeApi(`/store/cooperatives?province=${province}`),
        )
      ).cooperatives;
    const haTinh = await list('42');
    expect(haTinh.map((c) => c.handle)).toContain('htx-buoi-phuc-trach');
    expect(haTinh.every((c) => c.province_code === '42')).toBe(true);
    const ngheAn = await list('40');
    expect(ngheAn.map((c) => c.handle)).toContain(CAM);
    expect(ngheAn.map((c) => c.handle)).not.toContain('htx-buoi-phuc-trach');
    expect(await list('01')).toEqual([]);
    for (const bad of ['99', 'Nghệ An']) {
      const response = await storeApi(`/store/cooperatives?province=${encodeURIComponent(bad)}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(
        /province: không có tỉnh mã .* \/ no province .*2-digit code/,
      );
    }
  });
});

describe('GET /store/cooperatives/:handle', () => {
  it('answers one cooperative as the list shows it', async () => {
    const { cooperatives } = await ok<{ cooperatives: StoreCooperative[] }>(
      await storeApi('/store/cooperatives'),
    );
    const { cooperative } = await publicBody<{ cooperative: StoreCooperative }>(
      await storeApi(`/store/cooperatives/${CAM}`),
    );
    expect(cooperative).toEqual(cooperatives.find((c) => c.handle === CAM));
  });

  it('answers 404 for an unknown handle, in both languages', async () => {
    const response = await storeApi('/store/cooperatives/htx-khong-co');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toBe(
      'Không tìm thấy hợp tác xã htx-khong-co / cooperative htx-khong-co not found',
    );
  });
});

describe('GET /store/products/:id/origin', () => {
  it("gives the 5 kg oranges' cooperative and the sample lot with its whole season", async () => {
    const origin = await publicBody<Origin>(
      await storeApi(`/store/products/${productId('cam-vinh-hop-5kg')}/origin`),
    );
    const { cooperative } = await ok<{
      cooperative: StoreCooperative & { product_facts: Record<string, Origin['facts']> };
    }>(await storeApi(`/store/cooperatives/${CAM}`));
    const { product_facts: facts, ...listed } = cooperative;
    expect(origin.cooperative).toEqual(listed);
    // Its OCOP rating from the ledger (ADR 039), as the cooperative's answer gives it.
    expect(origin.facts).toEqual(facts[productId('cam-vinh-hop-5kg')]);
    expect(origin.facts.ocop).toEqual({
      stars: 4,
      decision_number: '2189/QĐ-UBND',
      expires_on: '2028-06-30',
      status: 'valid',
    });
    const { bundle } = await ok<{ bundle: LotBundle }>(
      await storeApi(`/store/trace/${SAMPLE_LOT}`),
    );
    const lot = origin.lots.find((l) => l.id === SAMPLE_LOT);
    expect(lot).toEqual({
      id: SAMPLE_LOT,
      code: 'CAM-2611-A',
      trace_path: `/t/${SAMPLE_LOT}`,
      event_count: fieldWork.length,
      first_event_at: vietnamTime(fieldWork[0]!.time),
      last_event_at: vietnamTime(fieldWork.at(-1)!.time),
      kinds: fieldWork.map((work) => work.kind),
    });
    expect(bundle.events).toHaveLength(fieldWork.length);
  });

  it('is cached, and shows a new lot and new field work at once, newest lot first', async () => {
    const id = productId('cam-vinh-hop-10kg');
    const path = `/store/products/${id}/origin`;
    const before = await ok<Origin>(await storeApi(path));
    const again = await storeApi(path);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(await again.json()).toEqual(before);
    expect(before.lots).toHaveLength(1);
    expect(before.lots[0]).toMatchObject({ code: 'CAM-10KG-2611', event_count: 6 });

    const { lot } = await ok<{ lot: { id: string } }>(
      await adminApi(`/admin/products/${id}/lots`, {
        method: 'POST',
        body: JSON.stringify({ code: 'CAM10-2612-Z' }),
      }),
      201,
    );
    const opened = await ok<Origin>(await storeApi(path));
    expect(opened.lots.map((l) => l.id)).toEqual([lot.id, before.lots[0]!.id]);
    expect(opened.lots[0]).toEqual({
      id: lot.id,
      code: 'CAM10-2612-Z',
      trace_path: `/t/${lot.id}`,
      event_count: 0,
      first_event_at: null,
      last_event_at: null,
      kinds: [],
    });

    await ok(
      await adminApi(`/admin/trace/lots/${lot.id}/events`, {
        method: 'POST',
        body: JSON.stringify({
          kind: 'harvest',
          time: '2026-12-05T06:30',
          location_id: `${CAM}-vung-san-xuat`,
          quantity: 400,
        }),
      }),
      201,
    );
    const harvested = await ok<Origin>(await storeApi(path));
    expect(harvested.lots[0]).toMatchObject({
      id: lot.id,
      event_count: 1,
      first_event_at: '2026-12-05T06:30:00.000+07:00',
      last_event_at: '2026-12-05T06:30:00.000+07:00',
      kinds: ['harvest'],
    });
  });

  it("follows a cooperative's change and a product leaving the shop", async () => {
    const cam = productId('cam-vinh-hop-5kg');
    const marmalade = productId('mut-cam-300g');
    const path = `/store/products/${cam}/origin`;
    const { cooperative } = await ok<Origin>(await storeApi(path));
    expect((await storeApi(path)).headers.get('x-cache')).toBe('HIT');
    const description = cooperative!.description;
    const update = (body: object) =>
      adminApi(`/admin/cooperatives/${cooperative!.id}`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
    const status = (id: string, value: string) =>
      adminApi(`/admin/products/${id}`, {
        method: 'POST',
        body: JSON.stringify({ status: value }),
      });
    try {
      await ok(await update({ description: 'Cam Vinh VietGAP, vụ 2026.' }));
      await expect
        .poll(async () => (await ok<Origin>(await storeApi(path))).cooperative?.description, {
          timeout: 5_000,
        })
        .toBe('Cam Vinh VietGAP, vụ 2026.');

      await ok(await status(marmalade, 'draft'));
      await expect
        .poll(async () => (await ok<Origin>(await storeApi(path))).cooperative?.product_ids, {
          timeout: 5_000,
        })
        .not.toContain(marmalade);
      const gone = await storeApi(`/store/products/${marmalade}/origin`);
      expect(gone.status).toBe(404);
      const { cooperative: listed } = await ok<{ cooperative: StoreCooperative }>(
        await storeApi(`/store/cooperatives/${CAM}`),
      );
      expect(listed.product_ids).not.toContain(marmalade);
    } finally {
      await ok(await update({ description }));
      await ok(await status(marmalade, 'published'));
    }
  });

  it('answers 404 for an unknown product, in both languages', async () => {
    const response = await storeApi('/store/products/prod_01KHONGCO000000000000000/origin');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /^Không tìm thấy sản phẩm .* \/ product .* not found$/,
    );
  });
});

describe('GET /store/trace/gs1/:gtin/:lot', () => {
  const resolve = (gtin: string, lot: string) =>
    storeApi(`/store/trace/gs1/${gtin}/${encodeURIComponent(lot)}`);

  it("finds a lot's short code from the GTIN-13 or GTIN-14 and the lot number", async () => {
    expect(await ok(await resolve('8938600000019', 'CAM-2611-A'))).toEqual({ code: SAMPLE_LOT });
    expect(await ok(await resolve('08938600000019', 'CAM-2611-A'))).toEqual({ code: SAMPLE_LOT });
    const { lots } = await ok<Origin>(
      await storeApi(`/store/products/${productId('buoi-phuc-trach-qua')}/origin`),
    );
    expect(await ok(await resolve('8938600000033', 'BUOI-1Q-2611'))).toEqual({
      code: lots.find((l) => l.code === 'BUOI-1Q-2611')!.id,
    });
  });

  it('keeps resolving a label whose variant the shop deleted (a label outlives its listing)', async () => {
    const id = productId('cam-vinh-hop-10kg');
    const { lots } = await ok<Origin>(await storeApi(`/store/products/${id}/origin`));
    const code = lots.find((l) => l.code === 'CAM-10KG-2611')!.id;
    expect(await ok(await resolve('8938600000026', 'CAM-10KG-2611'))).toEqual({ code });
    const { product } = await ok<{ product: { variants: { id: string }[] } }>(
      await adminApi(`/admin/products/${id}?fields=variants.id`),
    );
    await ok(
      await adminApi(`/admin/products/${id}/variants/${product.variants[0]!.id}`, {
        method: 'DELETE',
      }),
    );
    expect(await ok(await resolve('8938600000026', 'CAM-10KG-2611'))).toEqual({ code });
    // Sold again under a new variant with the same barcode: still one lot.
    await ok(
      await adminApi(`/admin/products/${id}/variants`, {
        method: 'POST',
        body: JSON.stringify({
          title: 'Tiêu chuẩn',
          sku: 'CAM-10KG-B',
          barcode: '8938600000026',
          options: { 'Quy cách': 'Tiêu chuẩn' },
          manage_inventory: false,
          prices: [{ currency_code: 'vnd', amount: 460000 }],
        }),
      }),
    );
    expect(await ok(await resolve('8938600000026', 'CAM-10KG-2611'))).toEqual({ code });
  });

  it('answers 404 for a lot number the GTIN does not have, or a GTIN the shop does not know', async () => {
    for (const [gtin, lot] of [
      ['8938600000019', 'CAM-2611-Z'],
      ['8938600000019', 'BUOI-1Q-2611'], // another product's lot
      ['8934602000019', 'CAM-2611-A'], // a valid GTIN of nobody here
    ] as const) {
      const response = await resolve(gtin, lot);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toBe(
        `Không tìm thấy lô ${lot} của GTIN ${gtin} / lot ${lot} of GTIN ${gtin} not found`,
      );
    }
  });

  it('answers 400 naming what is wrong with a malformed GTIN', async () => {
    const message = async (gtin: string) => {
      const response = await resolve(gtin, 'CAM-2611-A');
      expect(response.status).toBe(400);
      return ((await response.json()) as { message: string }).message;
    };
    expect(await message('8938600000018')).toBe(
      'gtin: số kiểm tra của 8938600000018 phải là 9 / gtin: check digit of 8938600000018 should be 9',
    );
    expect(await message('89386000000')).toMatch(
      /^gtin: GTIN phải có 8, 12, 13 hoặc 14 chữ số.* \/ gtin: expected 8, 12, 13 or 14 digits/,
    );
    expect(await message('893860000001X')).toContain('expected 8, 12, 13 or 14 digits');
  });
});

describe('the publishable key', () => {
  it('is needed by every route, as Medusa asks it for /store', async () => {
    for (const path of [
      '/store/cooperatives',
      `/store/cooperatives/${CAM}`,
      `/store/products/${productId('cam-vinh-hop-5kg')}/origin`,
      '/store/trace/gs1/8938600000019/CAM-2611-A',
    ]) {
      const missing = await fetch(`${backend().url}${path}`);
      expect(missing.status).toBe(400);
      expect(((await missing.json()) as { message: string }).message).toContain(
        'x-publishable-api-key',
      );
      const wrong = await fetch(`${backend().url}${path}`, {
        headers: { 'x-publishable-api-key': 'pk_khong_hop_le' },
      });
      expect(wrong.status).toBe(400);
    }
  });
});
