import { describe, expect, it } from 'vitest';
import { productMetadata, readProductMetadata } from '../src/index.js';

describe('readProductMetadata', () => {
  it('keeps each well-formed field and drops what it does not know', () => {
    expect(
      readProductMetadata({
        title_en: 'Vinh oranges, 5 kg box',
        ocop_stars: 4,
        planting_area: 'VN-NA-0123',
        trace_product_id: 'cam-vinh-hop-5kg',
        net_quantity: 5,
        net_unit: 'KGM',
        channel_attributes: { brand: 'HTX Nghĩa Đàn', weight: 5 },
        buyer_phone: '0912345678',
      }),
    ).toEqual({
      title_en: 'Vinh oranges, 5 kg box',
      ocop_stars: 4,
      planting_area: 'VN-NA-0123',
      trace_product_id: 'cam-vinh-hop-5kg',
      net_quantity: 5,
      net_unit: 'KGM',
      channel_attributes: { brand: 'HTX Nghĩa Đàn' },
    });
  });

  it('reads stars written as text and treats malformed fields as absent', () => {
    expect(readProductMetadata({ ocop_stars: '5' })).toEqual({ ocop_stars: 5 });
    expect(
      readProductMetadata({
        ocop_stars: 6,
        title_en: '',
        net_quantity: 'five',
        trace_product_id: 7,
      }),
    ).toEqual({});
    expect(readProductMetadata(null)).toEqual({});
    expect(readProductMetadata(['title_en'])).toEqual({});
  });
  it("reads the exchanges' category key, and a net content written as text", () => {
    // The admin's metadata editor writes text; the exchanges' catalogue read both forms before.
    expect(readProductMetadata({ channel_category: 'trai-cay/cam', net_quantity: '500' })).toEqual({
      channel_category: 'trai-cay/cam',
      net_quantity: 500,
    });
    expect(readProductMetadata({ net_quantity: '-5', channel_category: '' })).toEqual({});
  });
});

describe('productMetadata (as written)', () => {
  it('refuses a malformed field, naming it', () => {
    const result = productMetadata.safeParse({ ocop_stars: 2, ocop_expires_on: '30/06/2028' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'ocop_expires_on',
      'ocop_stars',
    ]);
  });

  it('accepts what the seed writes', () => {
    const written = {
      title_en: 'Vinh oranges',
      ocop_stars: 4,
      ocop_decision: '1234/QĐ-UBND',
      ocop_expires_on: '2028-06-30',
      origin: 'Xã Nghĩa Đàn, Nghệ An',
      trace_product_id: 'cam-vinh-hop-5kg',
    };
    expect(productMetadata.parse(written)).toEqual(written);
  });
});
