// The field work of each seeded lot, 5 to 8 events in the words staff use, by kind of product.
import type { FieldWorkInput, Location, Lot, Product } from '@nguongoc/trace-core';
import type { SeedProduct } from './seed-data';

type Step = Omit<FieldWorkInput, 'product' | 'lot' | 'location'>;

const vietgap = (number: string) => ({
  scheme: 'VietGAP',
  number,
  issuer: 'Trung tâm Kiểm định và Chứng nhận hợp chuẩn hợp quy',
  validUntil: '2028-10-31',
});
const foodSafety = (number: string) => ({
  scheme: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
  number,
  issuer: 'Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản',
  validUntil: '2029-06-30',
});

const SEASONS: Record<string, (item: SeedProduct) => Step[]> = {
  'trai-cay': (item) => [
    {
      kind: 'fertilising',
      time: '2026-07-10T06:30',
      fertiliser: 'Phân hữu cơ vi sinh',
      amount: '3 kg/gốc',
    },
    {
      kind: 'spraying',
      time: '2026-09-02T06:00',
      pesticide: 'Dầu khoáng SK Enspray 99EC',
      dose: '0,5%',
      preHarvestIntervalDays: 14,
    },
    {
      kind: 'certification',
      time: '2026-09-20T09:00',
      certificate: vietgap(`VietGAP-TT-${item.sku}`),
    },
    { kind: 'harvest', time: '2026-11-08T06:00', quantity: 900, expiresOn: '2026-12-15' },
    {
      kind: 'packing',
      time: '2026-11-09T14:00',
      quantity: 900,
      packageCount: 180,
      packageSize: 'hộp',
    },
    {
      kind: 'shipping',
      time: '2026-11-10T07:00',
      destination: 'Kho hàng xã Nghĩa Đàn',
      carrier: 'Vietnam Post',
    },
  ],
  'do-uong': (item) => [
    { kind: 'harvest', time: '2026-10-05T06:00', quantity: 300 },
    {
      kind: 'processing',
      time: '2026-10-05T15:00',
      method: item.unit === 'MLT' ? 'Lọc, hạ thủy phần' : 'Sao, vò, sấy khô',
    },
    {
      kind: 'certification',
      time: '2026-10-12T10:00',
      certificate: foodSafety(`ATTP-${item.sku}-2026`),
    },
    {
      kind: 'packing',
      time: '2026-10-15T08:00',
      quantity: 300,
      packageCount: 250,
      packageSize: 'hộp/chai',
    },
    {
      kind: 'shipping',
      time: '2026-10-20T07:00',
      destination: 'Kho hàng xã Nghĩa Đàn',
      carrier: 'Viettel Post',
    },
  ],
  'dac-san-che-bien': (item) => [
    {
      kind: 'harvest',
      time: '2026-10-25T06:30',
      quantity: 200,
      note: 'Nguyên liệu từ vùng sản xuất của HTX',
    },
    {
      kind: 'processing',
      time: '2026-10-26T07:00',
      method: 'Sơ chế, chế biến theo quy trình của HTX',
    },
    {
      kind: 'certification',
      time: '2026-10-28T10:00',
      certificate: foodSafety(`ATTP-${item.sku}-2026`),
    },
    {
      kind: 'packing',
      time: '2026-10-29T14:00',
      quantity: 200,
      packageCount: 400,
      packageSize: 'gói',
    },
    {
      kind: 'shipping',
      time: '2026-11-02T07:00',
      destination: 'Kho hàng xã Nghĩa Đàn',
      carrier: 'Vietnam Post',
    },
  ],
  'gao-ngu-coc': () => [
    {
      kind: 'sowing',
      time: '2026-01-20T06:00',
      variety: 'Nếp cái hoa vàng',
      seedSource: 'Giống xác nhận của tỉnh',
    },
    {
      kind: 'fertilising',
      time: '2026-02-15T06:30',
      fertiliser: 'NPK 16-16-8',
      amount: '20 kg/sào',
    },
    {
      kind: 'spraying',
      time: '2026-04-02T06:00',
      pesticide: 'Chế phẩm sinh học Trichoderma',
      dose: '1 kg/sào',
      preHarvestIntervalDays: 7,
    },
    { kind: 'harvest', time: '2026-05-28T06:00', quantity: 2500 },
    { kind: 'processing', time: '2026-06-05T08:00', method: 'Phơi, xay xát, đánh bóng' },
    {
      kind: 'packing',
      time: '2026-06-06T14:00',
      quantity: 2400,
      packageCount: 600,
      packageSize: 'túi',
    },
    {
      kind: 'shipping',
      time: '2026-06-10T07:00',
      destination: 'Kho hàng xã Nghĩa Đàn',
      carrier: 'Viettel Post',
    },
  ],
};

/** The seeded season of a lot, as field work ready for `buildFieldEvent`. */
export function seasonOf(
  item: SeedProduct,
  product: Product,
  lot: Lot,
  location: Location,
): FieldWorkInput[] {
  return SEASONS[item.category]!(item).map(
    (step) => ({ ...step, product, lot, location }) as FieldWorkInput,
  );
}
