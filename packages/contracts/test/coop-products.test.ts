import { describe, expect, it } from 'vitest';
import { coopProductBody, coopProductUpdateBody } from '../src/index.js';

const product = {
  title: 'Cam Vinh hộp 5 kg',
  title_en: 'Vinh oranges, 5 kg box',
  variants: [{ title: 'Hộp 5 kg', sku: 'CAM-5KG', price_vnd: 250000, stock: 10 }],
  net_quantity: 5,
  net_unit: 'KGM',
};

/** Every message of a refused body (Medusa's validator checks the schema made strict). */
function messages(schema: typeof coopProductBody | typeof coopProductUpdateBody, body: unknown) {
  const result = schema.strict().safeParse(body);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.message);
}

describe('coopProductBody', () => {
  it('takes a product with variants, OCOP and a GTIN whose check digit is right', () => {
    const body = {
      ...product,
      variants: [{ ...product.variants[0], gtin: '8938600000019' }],
      ocop: { stars: 4, decision_number: '2189/QĐ-UBND', expires_on: '2028-06-30' },
    };
    expect(coopProductBody.strict().parse(body)).toEqual(body);
  });

  it('names every missing field in Vietnamese and English (custom issues, kept by Medusa)', () => {
    const said = messages(coopProductBody, {});
    expect(said).toEqual(
      expect.arrayContaining([
        'title: 1 đến 200 ký tự / 1 to 200 characters',
        'variants: từ 1 đến 20 phân loại / 1 to 20 variants',
        'net_unit: một trong GRM, KGM, MLT, LTR, H87 / one of GRM, KGM, MLT, LTR, H87',
      ]),
    );
    for (const message of said) expect(message).toContain(' / ');
  });

  it("refuses a wrong check digit with trace-core's explanation in both languages", () => {
    const said = messages(coopProductBody, {
      ...product,
      variants: [{ ...product.variants[0], gtin: '8938600000018' }],
    });
    expect(said).toEqual([
      'gtin: số kiểm tra của 8938600000018 phải là 9 / gtin: check digit of 8938600000018 should be 9',
    ]);
  });

  it('refuses bad SKUs, prices, stock, days, repeated SKUs and a handle it does not take', () => {
    const variant = product.variants[0]!;
    expect(
      messages(coopProductBody, { ...product, variants: [{ ...variant, sku: 'CAM 5KG' }] })[0],
    ).toMatch(/^variants\[\]\.sku: /);
    expect(
      messages(coopProductBody, { ...product, variants: [{ ...variant, price_vnd: 0 }] })[0],
    ).toMatch(/^variants\[\]\.price_vnd: số nguyên từ 1/);
    expect(
      messages(coopProductBody, { ...product, variants: [{ ...variant, stock: 1.5 }] })[0],
    ).toMatch(/^variants\[\]\.stock: /);
    expect(messages(coopProductBody, { ...product, variants: [variant, variant] })).toEqual([
      'variants: mỗi phân loại một SKU riêng / each variant needs its own SKU',
    ]);
    expect(
      messages(coopProductBody, {
        ...product,
        ocop: { stars: 4, decision_number: '1/QĐ', expires_on: '2027-02-30' },
      }),
    ).toEqual(['ocop.expires_on: ngày dạng YYYY-MM-DD / a day as YYYY-MM-DD']);
    expect(
      messages(coopProductBody, { ...product, images: Array(9).fill('https://a.vn/x.png') }),
    ).toHaveLength(1);
    expect(messages(coopProductBody, { ...product, handle: 'tu-dat' })).toHaveLength(1);
    expect(messages(coopProductBody, { ...product, trace_product_id: 'x' })).toHaveLength(1);
  });
});

describe('coopProductUpdateBody', () => {
  it('takes a partial change, null clearing an optional field', () => {
    const change = { household_id: null, ocop: null, variants: [{ id: 'variant_1', stock: 3 }] };
    expect(coopProductUpdateBody.strict().parse(change)).toEqual(change);
  });

  it('refuses a change of SKU and an empty title', () => {
    expect(messages(coopProductUpdateBody, { title: '' })).toEqual([
      'title: 1 đến 200 ký tự / 1 to 200 characters',
    ]);
    expect(messages(coopProductUpdateBody, { variants: [{ id: 'v', sku: 'NEW' }] })).toEqual([
      'variants[]: không sửa được sku của phân loại đã có (SKU và GTIN giữ nguyên sau khi tạo) / sku of an existing variant cannot be changed (SKU and GTIN stay once created)',
    ]);
  });

  it('adds a variant (an entry without id, as a new product takes it) and removes others', () => {
    const change = {
      variants: [
        { id: 'variant_1', price_vnd: 260000 },
        { ...product.variants[0], sku: 'CAM-1KG', title: 'Hộp 1 kg', gtin: '8938600000019' },
      ],
      remove_variant_ids: ['variant_2'],
    };
    expect(coopProductUpdateBody.strict().parse(change)).toEqual(change);
  });

  it('checks a new variant as creation does, in both languages', () => {
    const variant = product.variants[0]!;
    expect(
      messages(coopProductUpdateBody, { variants: [{ ...variant, gtin: '8938600000018' }] }),
    ).toEqual([
      'gtin: số kiểm tra của 8938600000018 phải là 9 / gtin: check digit of 8938600000018 should be 9',
    ]);
    expect(
      messages(coopProductUpdateBody, { variants: [{ title: 'Hộp 1 kg', sku: 'CAM-1KG' }] }),
    ).toEqual([
      expect.stringMatching(/^variants\[\]\.price_vnd: .* \/ /),
      expect.stringMatching(/^variants\[\]\.stock: .* \/ /),
    ]);
    expect(messages(coopProductUpdateBody, { variants: [variant, variant] })).toEqual([
      'variants: mỗi phân loại một SKU riêng / each variant needs its own SKU',
    ]);
    expect(messages(coopProductUpdateBody, { variants: [{ ...variant, remove: true }] })).toEqual([
      'variants[]: phân loại mới không có trường remove / a new variant has no field remove',
    ]);
    expect(messages(coopProductUpdateBody, { variants: ['CAM-1KG'] })).toEqual([
      'variants[]: một phân loại (có id: sửa; không id: thêm mới) / a variant (with id: a change; without: a new one)',
    ]);
    expect(messages(coopProductUpdateBody, { remove_variant_ids: 'variant_2' })).toEqual([
      'remove_variant_ids: tối đa 20 mã phân loại / at most 20 variant IDs',
    ]);
  });
});
