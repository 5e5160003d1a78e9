// A cooperative's own products from the workspace (issue #23, ADR 037), against the real backend:
// a photo uploaded through the File Module, a product created and made traceable in one step,
// read back, changed (a new ledger version, the old one kept), the GTIN's check digit, the upload
// limits, who may do what, and the compensation when the ledger cannot be written.
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '@nguongoc/test-support/database';
import { type Account, api, newHousehold, newMember } from './_accounts.js';
import { adminApi, backend, ok } from './_http.js';

const sql = <T>(statement: string, values: unknown[] = []) =>
  query<T>(backend().databaseUrl, statement, values);

/** Where the backend's File Module (local provider) keeps files: `static/` of the build. */
const STATIC = join(
  dirname(createRequire(import.meta.url).resolve('@nguongoc/commerce/package.json')),
  '.medusa/server/static',
);
const files = () => {
  try {
    return readdirSync(STATIC).sort();
  } catch {
    return [];
  }
};

/** A 1 × 1 PNG (RFC 2083): the signature, IHDR, IDAT and IEND. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const suffix = randomUUID().replace(/-/g, '').slice(0, 8);
const HANDLE = `htx-san-pham-${suffix}`;
const digits = () => String(Math.floor(Math.random() * 1e8)).padStart(8, '0');

interface Variant {
  id: string;
  title: string;
  sku: string | null;
  gtin: string | null;
  price_vnd: number | null;
  stock: number;
}
interface CoopProduct {
  id: string;
  handle: string;
  title: string;
  title_en: string | null;
  thumbnail: string | null;
  images: { id: string; url: string }[];
  variants: Variant[];
  net_quantity: number | null;
  net_unit: string | null;
  brand: string | null;
  shelf_life_days: number | null;
  storage: string | null;
  household_id: string | null;
  category: { handle: string } | null;
  trace_product_id: string | null;
  trace_record: Record<string, unknown> | null;
}

function upload(token: string, parts: { name: string; data: Buffer; type: string }[]) {
  const form = new FormData();
  for (const part of parts) {
    form.append('files', new Blob([new Uint8Array(part.data)], { type: part.type }), part.name);
  }
  return fetch(`${backend().url}/coop/uploads`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
}

const create = (token: string, body: unknown) =>
  api('/coop/products', { method: 'POST', body: JSON.stringify(body) }, token);

const ledgerVersions = async (id: string) =>
  (
    await sql<{ record: string }>(
      `SELECT record FROM trace.records WHERE record_type = 'product' AND record_id = $1 ORDER BY leaf_index`,
      [id],
    )
  ).map((row) => JSON.parse(row.record) as Record<string, unknown>);

let cooperative: { id: string; handle: string; commune_code: string };
let manager: Account;
let staff: Account;
let household: Account;
let householdId: string;
let otherStaff: Account;
const made: string[] = [];

/** A valid body: a title with this run's suffix, so that the handle is predictable. */
/** A GTIN-13 no other product has: prefix 893 (Vietnam), nine random digits, its check digit. */
function freshGtin(): string {
  const body = `893${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (i % 2 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

function productBody(title: string, sku: string, gtin = freshGtin()) {
  return {
    title,
    title_en: 'Special Vinh oranges, 3 kg box',
    description: 'Cam chín cây, hái sáng sớm.',
    category_handle: 'trai-cay',
    variants: [
      { title: 'Hộp 3 kg', sku, price_vnd: 150000, stock: 40, gtin },
      { title: 'Hộp 5 kg', sku: `${sku}-5`, price_vnd: 240000, stock: 12 },
    ],
    net_quantity: 3,
    net_unit: 'KGM',
    weight_grams: 3200,
    box_cm: { length: 30, width: 20, height: 15 },
    ocop: { stars: 4, decision_number: '2189/QĐ-UBND', expires_on: '2028-06-30' },
    household_id: householdId,
    brand: 'HTX Sản Phẩm Thử',
    shelf_life_days: 20,
    storage: 'Nơi thoáng mát',
    origin: 'Xã Quế Phong, Nghệ An',
  };
}

beforeAll(async () => {
  ({ cooperative } = await ok<{ cooperative: typeof cooperative }>(
    await adminApi('/admin/cooperatives', {
      method: 'POST',
      body: JSON.stringify({
        handle: HANDLE,
        name: `Hợp tác xã Sản Phẩm ${suffix}`,
        tax_code: `29${digits()}`,
        registration_number: `2707G${digits().slice(0, 6)}`,
        // Xã Quế Phong (Nghệ An): a commune no test counts cooperatives in.
        commune_code: '16738',
        address: 'Xóm 2',
        contact_name: 'Lê Thị Thử',
        phone: '0912000111',
      }),
    }),
    201,
  ));
  manager = await newMember(cooperative.id, 'manager');
  staff = await newMember(cooperative.id, 'staff');
  householdId = await newHousehold(manager.token, 'Hộ Sản Phẩm', cooperative.commune_code);
  household = await newMember(cooperative.id, 'household', { household_id: householdId });
  const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
    await adminApi('/admin/cooperatives'),
  );
  const other = cooperatives.find((c) => c.handle === 'htx-buoi-phuc-trach')!;
  otherStaff = await newMember(other.id, 'staff');
});

afterAll(async () => {
  // The shop's catalogue is shared with other test files: these products leave it again.
  for (const id of made) await adminApi(`/admin/products/${id}`, { method: 'DELETE' });
});

describe('a cooperative’s products from the workspace', () => {
  let product: CoopProduct;

  it('uploads a photo and creates a product traced in the same step', async () => {
    const uploaded = await upload(staff.token, [{ name: 'cam.png', data: PNG, type: 'image/png' }]);
    expect(uploaded.status).toBe(200);
    const { files: stored } = (await uploaded.json()) as { files: { id: string; url: string }[] };
    expect(stored).toHaveLength(1);
    expect(stored[0]!.url).toMatch(/\/static\/.*san-pham-[0-9a-f-]+\.png$/);
    expect(stored[0]!.url).not.toContain('cam.png');

    const title = `Cam Vinh Đặc Biệt ${suffix}`;
    const gtin = freshGtin();
    const created = await create(staff.token, {
      ...productBody(title, `CAMDB-${suffix}`, gtin),
      images: [stored[0]!.url],
    });
    expect(created.status, await created.clone().text()).toBe(201);
    ({ product } = (await created.json()) as { product: CoopProduct });
    made.push(product.id);
    expect(product.handle).toBe(`cam-vinh-dac-biet-${suffix}`);
    expect(product.trace_product_id).toBe(product.handle);
    expect(product.thumbnail).toBe(stored[0]!.url);
    expect(product.images.map((image) => image.url)).toEqual([stored[0]!.url]);
    expect(product.category?.handle).toBe('trai-cay');
    expect(
      product.variants.map(({ sku, gtin, price_vnd, stock }) => ({ sku, gtin, price_vnd, stock })),
    ).toEqual(
      expect.arrayContaining([
        { sku: `CAMDB-${suffix}`, gtin, price_vnd: 150000, stock: 40 },
        { sku: `CAMDB-${suffix}-5`, gtin: null, price_vnd: 240000, stock: 12 },
      ]),
    );
    expect(product).toMatchObject({
      title_en: 'Special Vinh oranges, 3 kg box',
      net_quantity: 3,
      net_unit: 'KGM',
      brand: 'HTX Sản Phẩm Thử',
      shelf_life_days: 20,
      storage: 'Nơi thoáng mát',
      household_id: householdId,
    });
    expect(product.trace_record).toEqual({
      type: 'product',
      id: product.handle,
      organisationId: HANDLE,
      name: title,
      nameEn: 'Special Vinh oranges, 3 kg box',
      sku: `CAMDB-${suffix}`,
      gtin: `0${gtin}`,
      unit: 'KGM',
      ocop: { stars: 4, decisionNumber: '2189/QĐ-UBND', expiresOn: '2028-06-30' },
    });
    // OCOP lives in the ledger only; the exchanges' attributes where the contract keeps them.
    const { product: stored2 } = await ok<{ product: { metadata: Record<string, unknown> } }>(
      await adminApi(`/admin/products/${product.id}?fields=metadata`),
    );
    expect(Object.keys(stored2.metadata).filter((key) => key.startsWith('ocop'))).toEqual([]);
    expect(stored2.metadata.channel_attributes).toEqual({
      brand: 'HTX Sản Phẩm Thử',
      shelfLife: '20 ngày',
      storage: 'Nơi thoáng mát',
    });

    // Read back, as every member of the cooperative reads it (the household member: theirs).
    for (const member of [manager, staff, household]) {
      const read = await ok<{ product: CoopProduct }>(
        await api(`/coop/products/${product.id}`, {}, member.token),
      );
      expect(read.product).toEqual(product);
    }
    const { products } = await ok<{
      products: { id: string; thumbnail: string | null; traced: boolean }[];
    }>(await api('/coop/products', {}, staff.token));
    expect(products.find((p) => p.id === product.id)).toMatchObject({
      thumbnail: stored[0]!.url,
      traced: true,
    });

    // A lot can be opened for it at once: it is traceable.
    const lot = await api(
      `/coop/products/${product.id}/lots`,
      { method: 'POST', body: JSON.stringify({ code: `CDB-${suffix}`.slice(0, 20) }) },
      staff.token,
    );
    expect(lot.status).toBe(201);
  });

  it('gives a second product of the same title a handle of its own', async () => {
    const again = await create(
      manager.token,
      productBody(`Cam Vinh Đặc Biệt ${suffix}`, `CAMDB2-${suffix}`),
    );
    expect(again.status).toBe(201);
    const { product: second } = (await again.json()) as { product: CoopProduct };
    made.push(second.id);
    expect(second.handle).toBe(`cam-vinh-dac-biet-${suffix}-2`);
    // The same SKU twice is refused, in both languages.
    const taken = await create(
      manager.token,
      productBody(`Cam khác ${suffix}`, `CAMDB2-${suffix}`),
    );
    expect(taken.status).toBe(400);
    expect(await taken.text()).toMatch(/SKU đã có sản phẩm dùng.*SKU already in use/);
  });

  it('changes a product: a new ledger version only when the record changed, history kept', async () => {
    expect(await ledgerVersions(product.handle)).toHaveLength(1);
    const [first] = product.variants.filter((v) => v.sku === `CAMDB-${suffix}`);
    const changed = await api(
      `/coop/products/${product.id}`,
      {
        method: 'POST',
        body: JSON.stringify({
          title_en: 'Special Vinh oranges',
          ocop: { stars: 5, decision_number: '15/QĐ-HĐTW', expires_on: '2029-12-31' },
          household_id: null,
          variants: [{ id: first!.id, price_vnd: 155000, stock: 35 }],
        }),
      },
      manager.token,
    );
    expect(changed.status).toBe(200);
    const { product: after } = (await changed.json()) as { product: CoopProduct };
    expect(after.title_en).toBe('Special Vinh oranges');
    expect(after.household_id).toBeNull();
    expect(after.variants.find((v) => v.id === first!.id)).toMatchObject({
      price_vnd: 155000,
      stock: 35,
    });
    expect(after.trace_record).toMatchObject({
      nameEn: 'Special Vinh oranges',
      ocop: { stars: 5, decisionNumber: '15/QĐ-HĐTW', expiresOn: '2029-12-31' },
    });
    const versions = await ledgerVersions(product.handle);
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({
      nameEn: 'Special Vinh oranges, 3 kg box',
      ocop: { stars: 4 },
    });
    expect(versions[1]).toMatchObject({ nameEn: 'Special Vinh oranges', ocop: { stars: 5 } });

    // What the ledger does not hold (storage): Medusa changes, the ledger does not.
    const storage = await api(
      `/coop/products/${product.id}`,
      { method: 'POST', body: JSON.stringify({ storage: 'Giữ lạnh' }) },
      staff.token,
    );
    expect(storage.status).toBe(200);
    expect(((await storage.json()) as { product: CoopProduct }).product.storage).toBe('Giữ lạnh');
    expect(await ledgerVersions(product.handle)).toHaveLength(2);
  });

  it('refuses a GTIN whose check digit is wrong, in both languages, and writes nothing', async () => {
    const body = productBody(`Cam sai mã ${suffix}`, `CAMSAI-${suffix}`);
    body.variants[0]!.gtin = '8938600000018';
    const refused = await create(staff.token, body);
    expect(refused.status).toBe(400);
    const { message } = (await refused.json()) as { message: string };
    expect(message).toContain('số kiểm tra của 8938600000018 phải là 9');
    expect(message).toContain('check digit of 8938600000018 should be 9');
    const taken = await create(
      staff.token,
      productBody(`Cam mã trùng ${suffix}`, `CAMTRUNG-${suffix}`, '8938600000019'),
    );
    expect(taken.status).toBe(400);
    expect(((await taken.json()) as { message: string }).message).toBe(
      'gtin: mã 8938600000019 đã được dùng cho một sản phẩm khác / gtin: 8938600000019 is already used by another product',
    );
    const missing = await create(staff.token, { title_en: 'x' });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { message: string }).message).toMatch(
      /title: 1 đến 200 ký tự \/ 1 to 200 characters/,
    );
    const unknownPlace = await create(staff.token, {
      ...productBody(`Cam vùng lạ ${suffix}`, `CAMVL-${suffix}`),
      planting_area_id: 'khong-co-vung-nay',
    });
    expect(unknownPlace.status).toBe(400);
    expect(await unknownPlace.text()).toMatch(/không phải vùng trồng.*is not a planting area/);
    expect(await ledgerVersions(`cam-sai-ma-${suffix}`)).toEqual([]);
  });

  it('limits uploads: too large is 413 before it is stored, not an image is 400', async () => {
    const before = files();
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 2 ** 20)]);
    const tooBig = await upload(staff.token, [{ name: 'lon.png', data: big, type: 'image/png' }]);
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { message: string }).message).toMatch(
      /Ảnh quá lớn.*too large/,
    );
    const nine = Array.from({ length: 9 }, (_, i) => ({
      name: `${i}.png`,
      data: PNG,
      type: 'image/png',
    }));
    expect((await upload(staff.token, nine)).status).toBe(413);
    const text = await upload(staff.token, [
      { name: 'anh.png', data: Buffer.from('không phải ảnh'), type: 'image/png' },
    ]);
    expect(text.status).toBe(400);
    expect(((await text.json()) as { message: string }).message).toMatch(
      /không phải ảnh JPEG, PNG hoặc WebP \/ is not a JPEG, PNG or WebP image/,
    );
    expect(files()).toEqual(before);
  });

  it('keeps products to their cooperative and writes to its manager and staff', async () => {
    expect((await api(`/coop/products/${product.id}`, {}, otherStaff.token)).status).toBe(404);
    const foreign = await api(
      `/coop/products/${product.id}`,
      { method: 'POST', body: JSON.stringify({ storage: 'Khác' }) },
      otherStaff.token,
    );
    expect(foreign.status).toBe(404);
    const byHousehold = await create(
      household.token,
      productBody(`Cam hộ ${suffix}`, `CAMHO-${suffix}`),
    );
    expect(byHousehold.status).toBe(403);
    const uploadByHousehold = await upload(household.token, [
      { name: 'cam.png', data: PNG, type: 'image/png' },
    ]);
    expect(uploadByHousehold.status).toBe(403);
  });
});

describe('createTracedProductWorkflow’s compensation', () => {
  it('leaves no Medusa product when the ledger cannot be written, and a retry works', async () => {
    const title = `Bưởi bù ${suffix}`;
    const handle = `buoi-bu-${suffix}`;
    const sku = `BUOIBU-${suffix}`;
    // The ledger's own write fails, as a database failure would (a trigger on this record only).
    const name = `ng_test_product_failure_${suffix}`;
    await sql(
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'failure injected by coop-products.test.ts'; END $$`,
    );
    await sql(
      `CREATE TRIGGER ${name} BEFORE INSERT ON trace.records FOR EACH ROW WHEN (NEW.record_type = 'product' AND NEW.record_id = '${handle}') EXECUTE FUNCTION ${name}()`,
    );
    let failed: Response;
    try {
      failed = await create(staff.token, productBody(title, sku));
    } finally {
      await sql(`DROP TRIGGER ${name} ON trace.records`);
      await sql(`DROP FUNCTION ${name}()`);
    }
    expect(failed.status).toBe(500);
    const gone = await sql<{ id: string }>(
      'SELECT id FROM product WHERE handle = $1 AND deleted_at IS NULL',
      [handle],
    );
    expect(gone).toEqual([]);
    const variants = await sql<{ id: string }>(
      'SELECT id FROM product_variant WHERE sku = $1 AND deleted_at IS NULL',
      [sku],
    );
    expect(variants).toEqual([]);
    const { products } = await ok<{ products: { handle: string }[] }>(
      await api('/coop/products', {}, staff.token),
    );
    expect(products.map((p) => p.handle)).not.toContain(handle);
    expect(await ledgerVersions(handle)).toEqual([]);

    // Nothing is left in the way: the same product again, with the same handle and SKU.
    const retried = await create(staff.token, productBody(title, sku));
    expect(retried.status).toBe(201);
    const { product } = (await retried.json()) as { product: CoopProduct };
    made.push(product.id);
    expect(product.handle).toBe(handle);
    expect(await ledgerVersions(handle)).toHaveLength(1);
  });
});
