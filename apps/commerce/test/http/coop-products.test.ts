// A cooperative's own products from the workspace (issue #23, ADR 037), against the real backend:
// a photo uploaded through the File Module, a product created and made traceable in one step,
// read back, changed (a new ledger version, the old one kept), variants added and removed, the
// GTIN's check digit, the upload limits, who may do what, and the compensation when the ledger
// cannot be written (for a new product and for a change of its variants).
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '@nguongoc/test-support/database';
import { type Account, api, newHousehold, newMember } from './_accounts.js';
import { adminApi, backend, ok, storeApi } from './_http.js';

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

describe('adding and removing a product’s variants', () => {
  let product: CoopProduct;
  let main: Variant;
  let second: Variant;
  const title = `Cam Phân Loại ${suffix}`;
  const sku = `CAMPL-${suffix}`;
  const change = (body: unknown, token = staff.token) =>
    api(`/coop/products/${product.id}`, { method: 'POST', body: JSON.stringify(body) }, token);
  const message = async (response: Response) =>
    ((await response.json()) as { message: string }).message;
  const skusOf = (variants: Variant[]) => variants.map((variant) => variant.sku).sort();
  /** The product as the shop shows it: its variants' SKUs, prices in đồng and stock. */
  async function inTheShop() {
    const { regions } = await ok<{ regions: { id: string }[] }>(await storeApi('/store/regions'));
    const { product: shown } = await ok<{
      product: {
        variants: {
          sku: string;
          calculated_price: { calculated_amount: number } | null;
          inventory_quantity: number;
        }[];
      };
    }>(
      await storeApi(
        `/store/products/${product.id}?region_id=${regions[0]!.id}&fields=*variants.calculated_price,+variants.inventory_quantity`,
      ),
    );
    return shown.variants;
  }
  const stored = (variantId: string) =>
    sql<{ deleted: boolean }>(
      'SELECT deleted_at IS NOT NULL AS deleted FROM product_variant WHERE id = $1',
      [variantId],
    );

  beforeAll(async () => {
    const created = await create(staff.token, productBody(title, sku));
    expect(created.status, await created.clone().text()).toBe(201);
    ({ product } = (await created.json()) as { product: CoopProduct });
    made.push(product.id);
    main = product.variants.find((variant) => variant.sku === sku)!;
    second = product.variants.find((variant) => variant.sku === `${sku}-5`)!;
  });

  it('adds a variant with its price in đồng, stock and GTIN, seen in the shop', async () => {
    const gtin = freshGtin();
    const added = await change({
      variants: [{ title: 'Hộp 1 kg', sku: `${sku}-1`, price_vnd: 60000, stock: 7, gtin }],
    });
    expect(added.status, await added.clone().text()).toBe(200);
    const { product: after } = (await added.json()) as { product: CoopProduct };
    expect(skusOf(after.variants)).toEqual([sku, `${sku}-1`, `${sku}-5`]);
    expect(after.variants.find((variant) => variant.sku === `${sku}-1`)).toMatchObject({
      title: 'Hộp 1 kg',
      gtin,
      price_vnd: 60000,
      stock: 7,
    });
    // The ledger record names the main trade item, which did not change: no new version.
    expect(after.trace_record).toMatchObject({ sku, gtin: `0${main.gtin}` });
    expect(await ledgerVersions(product.handle)).toHaveLength(1);
    const shop = await inTheShop();
    expect(shop.find((variant) => variant.sku === `${sku}-1`)).toMatchObject({
      calculated_price: { calculated_amount: 60000 },
      inventory_quantity: 7,
    });
    expect(shop).toHaveLength(3);
    product = after;
  });

  it('removes a variant (kept in the database for the orders that name it), gone from the shop', async () => {
    const gone = product.variants.find((variant) => variant.sku === `${sku}-1`)!;
    const removed = await change({ remove_variant_ids: [gone.id] });
    expect(removed.status, await removed.clone().text()).toBe(200);
    const { product: after } = (await removed.json()) as { product: CoopProduct };
    expect(skusOf(after.variants)).toEqual([sku, `${sku}-5`]);
    expect(await stored(gone.id)).toEqual([{ deleted: true }]);
    expect((await inTheShop()).map((variant) => variant.sku).sort()).toEqual([sku, `${sku}-5`]);
    // Its SKU and GTIN are free again, for a variant of any product.
    const again = await change({
      variants: [
        { title: 'Hộp 1 kg', sku: `${sku}-1`, price_vnd: 61000, stock: 2, gtin: gone.gtin },
      ],
    });
    expect(again.status, await again.clone().text()).toBe(200);
    ({ product } = (await again.json()) as { product: CoopProduct });
    expect(product.variants.find((variant) => variant.sku === `${sku}-1`)).toMatchObject({
      price_vnd: 61000,
      stock: 2,
    });
  });

  it('keeps the last variant, the ledger’s main one and one reserved for an order, in both languages', async () => {
    const all = product.variants.map((variant) => variant.id);
    const last = await change({ remove_variant_ids: all });
    expect(last.status).toBe(400);
    expect(await message(last)).toBe(
      'remove_variant_ids: sản phẩm phải còn ít nhất một phân loại / remove_variant_ids: a product keeps at least one variant',
    );
    const mainOne = await change({ remove_variant_ids: [main.id] });
    expect(mainOne.status).toBe(400);
    expect(await message(mainOne)).toMatch(
      new RegExp(
        `^remove_variant_ids: ${sku} là mặt hàng chính .* / remove_variant_ids: ${sku} is the product's main trade item`,
      ),
    );

    // Goods of the second variant reserved for an order not yet shipped.
    const [item] = await sql<{ inventory_item_id: string }>(
      'SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id = $1 AND deleted_at IS NULL',
      [second.id],
    );
    const [store] = await sql<{ default_location_id: string }>(
      'SELECT default_location_id FROM store',
    );
    const { reservation } = await ok<{ reservation: { id: string } }>(
      await adminApi('/admin/reservations', {
        method: 'POST',
        body: JSON.stringify({
          inventory_item_id: item!.inventory_item_id,
          location_id: store!.default_location_id,
          quantity: 1,
        }),
      }),
    );
    try {
      const reserved = await change({ remove_variant_ids: [second.id] });
      expect(reserved.status).toBe(400);
      expect(await message(reserved)).toBe(
        `remove_variant_ids: phân loại ${sku}-5 còn hàng giữ cho đơn chưa giao, chưa xoá được / remove_variant_ids: variant ${sku}-5 has goods reserved for an order not yet shipped and cannot be removed yet`,
      );
    } finally {
      await adminApi(`/admin/reservations/${reservation.id}`, { method: 'DELETE' });
    }
    const read = await ok<{ product: CoopProduct }>(
      await api(`/coop/products/${product.id}`, {}, staff.token),
    );
    expect(skusOf(read.product.variants)).toEqual(skusOf(product.variants));
  });

  it('refuses a new variant whose SKU, GTIN or name is taken, in both languages', async () => {
    const fresh = { title: 'Hộp 2 kg', sku: `${sku}-2`, price_vnd: 90000, stock: 3 };
    const takenSku = await change({ variants: [{ ...fresh, sku: `${sku}-5` }] });
    expect(takenSku.status).toBe(400);
    expect(await message(takenSku)).toBe(
      `sku: SKU đã có sản phẩm dùng: ${sku}-5 / sku: SKU already in use: ${sku}-5`,
    );
    const takenGtin = await change({ variants: [{ ...fresh, gtin: '8938600000019' }] });
    expect(takenGtin.status).toBe(400);
    expect(await message(takenGtin)).toBe(
      'gtin: mã 8938600000019 đã được dùng cho một sản phẩm khác / gtin: 8938600000019 is already used by another product',
    );
    const takenTitle = await change({ variants: [{ ...fresh, title: 'Hộp 5 kg' }] });
    expect(takenTitle.status).toBe(400);
    expect(await message(takenTitle)).toBe(
      'variants[].title: đã có phân loại "Hộp 5 kg"; mỗi phân loại một tên riêng / variants[].title: there is already a variant "Hộp 5 kg"; each variant needs a name of its own',
    );
    const wrongDigit = await change({ variants: [{ ...fresh, gtin: '8938600000018' }] });
    expect(wrongDigit.status).toBe(400);
    expect(await message(wrongDigit)).toContain('số kiểm tra của 8938600000018 phải là 9');
    const read = await ok<{ product: CoopProduct }>(
      await api(`/coop/products/${product.id}`, {}, staff.token),
    );
    expect(skusOf(read.product.variants)).toEqual(skusOf(product.variants));
  });

  it('lets no other cooperative’s staff add or remove its variants (404)', async () => {
    const add = await change(
      { variants: [{ title: 'Hộp lạ', sku: `${sku}-X`, price_vnd: 1000, stock: 1 }] },
      otherStaff.token,
    );
    expect(add.status).toBe(404);
    const remove = await change({ remove_variant_ids: [second.id] }, otherStaff.token);
    expect(remove.status).toBe(404);
    expect(await stored(second.id)).toEqual([{ deleted: false }]);
    const read = await ok<{ product: CoopProduct }>(
      await api(`/coop/products/${product.id}`, {}, staff.token),
    );
    expect(skusOf(read.product.variants)).toEqual(skusOf(product.variants));
  });
});

describe('updateTracedProductWorkflow’s compensation for variants', () => {
  it('leaves the variants as they were when the ledger cannot be written, and a retry works', async () => {
    const title = `Cam Hoàn Tác ${suffix}`;
    const sku = `CAMHT-${suffix}`;
    const created = await create(staff.token, productBody(title, sku));
    expect(created.status).toBe(201);
    const { product } = (await created.json()) as { product: CoopProduct };
    made.push(product.id);
    const second = product.variants.find((variant) => variant.sku === `${sku}-5`)!;
    // A change the ledger holds (the English name), so that the ledger is written, and fails.
    const body = {
      title_en: 'Undone oranges',
      variants: [
        { title: 'Hộp 1 kg', sku: `${sku}-1`, price_vnd: 60000, stock: 7, gtin: freshGtin() },
      ],
      remove_variant_ids: [second.id],
    };
    const name = `ng_test_update_failure_${suffix}`;
    await sql(
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'failure injected by coop-products.test.ts'; END $$`,
    );
    await sql(
      `CREATE TRIGGER ${name} BEFORE INSERT ON trace.records FOR EACH ROW WHEN (NEW.record_type = 'product' AND NEW.record_id = '${product.handle}') EXECUTE FUNCTION ${name}()`,
    );
    let failed: Response;
    try {
      failed = await api(
        `/coop/products/${product.id}`,
        { method: 'POST', body: JSON.stringify(body) },
        staff.token,
      );
    } finally {
      await sql(`DROP TRIGGER ${name} ON trace.records`);
      await sql(`DROP FUNCTION ${name}()`);
    }
    expect(failed.status).toBe(500);
    const read = await ok<{ product: CoopProduct }>(
      await api(`/coop/products/${product.id}`, {}, staff.token),
    );
    expect(read.product.title_en).toBe(product.title_en);
    const sorted = (variants: Variant[]) =>
      [...variants].sort((a, b) => (a.sku ?? '').localeCompare(b.sku ?? ''));
    expect(sorted(read.product.variants)).toEqual(sorted(product.variants));
    expect(await sql('SELECT id FROM product_variant WHERE sku = $1', [`${sku}-1`])).toEqual([]);
    expect(await ledgerVersions(product.handle)).toHaveLength(1);

    // Nothing is left in the way: the same change again succeeds.
    const retried = await api(
      `/coop/products/${product.id}`,
      { method: 'POST', body: JSON.stringify(body) },
      staff.token,
    );
    expect(retried.status, await retried.clone().text()).toBe(200);
    const { product: after } = (await retried.json()) as { product: CoopProduct };
    expect(after.variants.map((variant) => variant.sku).sort()).toEqual([sku, `${sku}-1`]);
    expect(after.title_en).toBe('Undone oranges');
    expect(await ledgerVersions(product.handle)).toHaveLength(2);
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
