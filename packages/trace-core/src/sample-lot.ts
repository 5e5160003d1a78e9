// A sample lot for demos, tests, benchmarks and development seeds, exported as
// `@nguongoc/trace-core/sample-lot`: Vinh oranges (Cam Vinh, OCOP 4 stars) of a cooperative in
// Nghĩa Đàn commune, Nghệ An (commune code 16941 in the 2025 units).
import {
  type FieldWorkInput,
  type Location,
  type Lot,
  type Organisation,
  type Product,
  buildFieldEvent,
} from './index.js';
import { MemoryLedger } from './ledger/memory-ledger.js';

export const cooperative: Organisation = {
  type: 'organisation',
  id: 'htx-cam-nghia-dan',
  kind: 'cooperative',
  name: 'Hợp tác xã Cam Nghĩa Đàn',
  taxCode: '2901234567',
  cooperativeRegistrationNumber: '2707G000123',
  communeCode: '16941',
  address: 'Xóm 3, xã Nghĩa Đàn, tỉnh Nghệ An',
};

export const orchard: Location = {
  type: 'location',
  id: 'vuon-cam-xom-3',
  organisationId: cooperative.id,
  kind: 'planting-area',
  name: 'Vùng trồng cam xóm 3',
  communeCode: '16941',
  plantingAreaCode: 'VN-NA-ND-0012',
  coordinates: { latitude: 19.3561, longitude: 105.4178 },
};

export const packingHouse: Location = {
  type: 'location',
  id: 'nha-so-che-nghia-dan',
  organisationId: cooperative.id,
  kind: 'packing-house',
  name: 'Nhà sơ chế HTX Cam Nghĩa Đàn',
  communeCode: '16941',
};

export const product: Product = {
  type: 'product',
  id: 'cam-vinh-hop-5kg',
  organisationId: cooperative.id,
  name: 'Cam Vinh hộp 5 kg',
  nameEn: 'Vinh oranges, 5 kg box',
  sku: 'CAM-5KG',
  unit: 'KGM',
  ocop: { stars: 4, decisionNumber: '2189/QĐ-UBND', expiresOn: '2028-06-30' },
};

export const lot: Lot = {
  type: 'lot',
  id: '3KX9T2M7QAH',
  code: 'CAM-2611-A',
  productId: product.id,
  organisationId: cooperative.id,
  locationId: orchard.id,
};

/** The season of the lot, in the words staff use. */
export const fieldWork: FieldWorkInput[] = [
  {
    kind: 'fertilising',
    product,
    lot,
    location: orchard,
    time: '2026-08-15T07:00',
    fertiliser: 'Phân hữu cơ vi sinh Sông Gianh',
    amount: '2 kg/gốc',
  },
  {
    kind: 'spraying',
    product,
    lot,
    location: orchard,
    time: '2026-10-20T06:30',
    pesticide: 'Dầu khoáng SK Enspray 99EC',
    dose: '0,5%',
    preHarvestIntervalDays: 14,
  },
  {
    kind: 'certification',
    product,
    lot,
    location: orchard,
    time: '2026-10-30T09:00',
    certificate: {
      scheme: 'VietGAP',
      number: 'VietGAP-TT-19-05-40-0087',
      issuer: 'Trung tâm Kiểm định Nghệ An',
      validUntil: '2028-10-29',
    },
  },
  {
    kind: 'harvest',
    product,
    lot,
    location: orchard,
    time: '2026-11-18T06:00',
    quantity: 1250,
    expiresOn: '2026-12-18',
  },
  {
    kind: 'packing',
    product,
    lot,
    location: packingHouse,
    time: '2026-11-19T14:00',
    quantity: 1250,
    packageCount: 250,
    packageSize: '5 kg',
  },
  {
    kind: 'shipping',
    product,
    lot,
    location: packingHouse,
    time: '2026-11-20T05:30',
    quantity: 500,
    destination: 'Kho Bưu điện Hà Nội',
    carrier: 'Vietnam Post',
    orderId: 'PM-88123',
  },
];

export const LEDGER_ORIGIN = 'nguongoc.vn/htx-cam-nghia-dan';

/** A ledger holding the sample master data and the lot's season. */
export function sampleLedger(): MemoryLedger {
  const ledger = new MemoryLedger(LEDGER_ORIGIN);
  for (const record of [cooperative, orchard, packingHouse, product, lot]) ledger.addRecord(record);
  for (const input of fieldWork) ledger.appendEvent(buildFieldEvent(input), lot.id);
  return ledger;
}
