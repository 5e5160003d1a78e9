import { describe, expect, it } from 'vitest';
import {
  ORDER_FILE_MAX_BYTES,
  channelAccountBody,
  channelExportBody,
  channelListingBody,
  channelsAnswer,
  orderFileName,
  orderImportsAnswer,
  readAnswer,
} from '../src/index.js';

const listing = {
  product_id: 'prod_1',
  sku: 'CAM-5KG',
  title: 'Cam Vinh hộp 5 kg',
  exchange: 'voso',
  ready: false,
  findings: [
    {
      severity: 'error',
      code: 'images.too_few',
      field: 'images',
      message: {
        vi: 'Thiếu ảnh sản phẩm: thêm 2 ảnh nữa',
        en: 'Not enough photos: add 2 more',
      },
      rule: 'voso.images',
    },
  ],
  status: 'draft',
  listing_id: null,
  external_url: null,
  last_exported_at: null,
  stale: false,
};

const channels = {
  exchanges: [
    {
      id: 'voso',
      name: 'VoSo.vn (Viettel Post)',
      rules_version: 'voso-2026-12-02',
      capabilities: {
        validate: true,
        render: true,
        export: ['xlsx'],
        importOrders: ['xlsx', 'csv'],
        push: ['product-feed'],
      },
    },
  ],
  accounts: [
    {
      id: 'chacc_1',
      cooperative_id: 'coop_1',
      household_id: null,
      exchange: 'voso',
      shop_name: 'HTX Cam Nghĩa Đàn',
      shop_url: null,
      created_at: '2026-12-01T02:00:00.000Z',
    },
  ],
  listings: [listing],
};

describe('admin channels: answers', () => {
  it('reads the channels page, keeping an account row as stored', () => {
    const read = readAnswer(channelsAnswer, channels, 'GET /admin/cooperatives/coop_1/channels');
    expect(read.listings).toEqual([listing]);
    expect(read.accounts[0]).toMatchObject({ created_at: '2026-12-01T02:00:00.000Z' });
  });

  it('wants each finding in both languages with a product field a page can link to', () => {
    const [finding] = readAnswer(channelsAnswer, channels, 'channels').listings[0]!.findings;
    expect(finding).toMatchObject({ field: 'images', message: { vi: expect.any(String) } });
    const finding0 = listing.findings[0]!;
    const old = { ...listing, findings: [{ ...finding0, message: 'a / b' }] };
    expect(() => readAnswer(channelsAnswer, { ...channels, listings: [old] }, 'channels')).toThrow(
      expect.objectContaining({ path: 'listings[0].findings[0].message' }),
    );
    const internal = { ...listing, findings: [{ ...finding0, field: 'package.lengthCm' }] };
    expect(() =>
      readAnswer(channelsAnswer, { ...channels, listings: [internal] }, 'channels'),
    ).toThrow(expect.objectContaining({ path: 'listings[0].findings[0].field' }));
  });

  it('names a listing status the admin does not know', () => {
    const broken = { ...channels, listings: [listing, { ...listing, status: 'sold' }] };
    expect(() => readAnswer(channelsAnswer, broken, 'channels')).toThrow(
      expect.objectContaining({ name: 'ContractError', path: 'listings[1].status' }),
    );
  });

  it('wants each earlier import with the instant it was made', () => {
    const summary = {
      id: 'chimp_1',
      exchange: 'voso',
      file_name: 'don-hang.csv',
      rows_read: 5,
      rows_kept: 4,
      lines_created: 4,
      lines_updated: 0,
      lines_unchanged: 0,
      problems: [],
    };
    expect(() =>
      readAnswer(orderImportsAnswer, { imports: [{ ...summary, created_at: 'x' }] }, 'imports'),
    ).toThrow(/^imports\[0\]\.created_at: not an ISO instant/);
  });
});

describe('admin channels: bodies', () => {
  it('takes a live listing address over https only, or null to clear it', () => {
    expect(channelListingBody.parse({ external_url: null })).toEqual({ external_url: null });
    const plain = channelListingBody.safeParse({ external_url: 'http://voso.vn/p/1' });
    expect(plain.success).toBe(false);
    expect(plain.error!.issues[0]!.message).toBe('địa chỉ https:// / an https:// address');
    expect(channelListingBody.safeParse({ status: 'sold' }).success).toBe(false);
  });

  it("trims a shop's name and refuses an empty one", () => {
    expect(channelAccountBody.parse({ shop_name: '  HTX Cam  ' })).toEqual({
      shop_name: 'HTX Cam',
    });
    expect(channelAccountBody.safeParse({ shop_name: '   ' }).success).toBe(false);
  });

  it('exports everything unless asked for the changes only', () => {
    expect(channelExportBody.parse({})).toEqual({ changed_only: false });
    expect(channelExportBody.parse({ changed_only: true })).toEqual({ changed_only: true });
  });

  it('takes an order export as .xlsx or .csv of at most 15 MiB', () => {
    expect(ORDER_FILE_MAX_BYTES).toBe(15 * 1024 * 1024);
    expect(orderFileName.safeParse('đơn-hàng-tháng-11.XLSX').success).toBe(true);
    expect(orderFileName.safeParse('don-hang.csv').success).toBe(true);
    expect(orderFileName.safeParse('don-hang.pdf').success).toBe(false);
    expect(orderFileName.safeParse(`${'a'.repeat(197)}.csv`).success).toBe(false);
  });
});
