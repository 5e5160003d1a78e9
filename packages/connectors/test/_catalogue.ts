// A small catalogue of real-looking products from Nghệ An, Hà Tĩnh and Thanh Hóa, with images
// made here (plain PNGs of a given size), shared by the contract suite, the adapters' own tests,
// the fixture generator and the bench.
import { PNG } from 'pngjs';
import type { CatalogueProduct, ListingImage } from '../src/index.js';

/** A PNG of `width` × `height` filled with one colour: deterministic bytes. */
export function pngImage(
  fileName: string,
  width: number,
  height: number,
  shade = 120,
): ListingImage {
  const png = new PNG({ width, height });
  for (let index = 0; index < png.data.length; index += 4) {
    png.data[index] = shade;
    png.data[index + 1] = 160;
    png.data[index + 2] = 60;
    png.data[index + 3] = 255;
  }
  return { fileName, data: new Uint8Array(PNG.sync.write(png)) };
}

const squares = (prefix: string, count: number, side = 800) =>
  Array.from({ length: count }, (_, index) =>
    pngImage(`${prefix}-${index + 1}.png`, side, side, 40 * index),
  );

export const CAM_XA_DOAI: CatalogueProduct = {
  sku: 'CAM-XD-1KG',
  name: 'Cam Xã Đoài',
  nameEn: 'Xa Doai orange',
  description:
    'Cam Xã Đoài trồng trên đất đỏ bazan Nghĩa Đàn, vỏ mỏng, múi vàng, vị ngọt thanh.\n\nThu hái khi chín cây, đóng hộp ngay tại hợp tác xã.',
  category: 'trai-cay/cam',
  priceVnd: 65_000,
  stock: 240,
  net: { quantity: 1, unit: 'KGM' },
  package: { weightGrams: 1_150, lengthCm: 25, widthCm: 20, heightCm: 12 },
  images: squares('cam', 3),
  attributes: {
    brand: 'HTX Cam Nghĩa Đàn',
    shelfLife: '20 ngày ở nhiệt độ phòng',
    storage: 'Nơi khô ráo, thoáng mát',
  },
  ocop: { stars: 4, decisionNumber: '1234/QĐ-UBND', expiresOn: '2028-06-30' },
  origin: {
    cooperativeName: 'HTX Nông nghiệp Cam Nghĩa Đàn',
    communeCode: '16941',
    plantingAreaCode: 'VN-NA-ND-0123',
  },
  trace: { base: 'https://nguongoc.vn', shortCode: '3KX9T2M7QAH' },
};

export const MAT_ONG_VU_QUANG: CatalogueProduct = {
  sku: 'MATONG-VQ-500',
  name: 'Mật ong rừng Vũ Quang',
  description:
    'Mật ong hoa rừng nguyên chất, khai thác theo mùa ở vùng đệm Vườn quốc gia Vũ Quang, không pha đường.',
  category: 'mat-ong',
  priceVnd: 250_000,
  stock: 35,
  net: { quantity: 500, unit: 'MLT' },
  package: { weightGrams: 820, lengthCm: 9, widthCm: 9, heightCm: 19 },
  images: squares('mat-ong', 3, 1000),
  attributes: {
    brand: 'Mật ong Vũ Quang',
    shelfLife: '24 tháng',
    storage: 'Đậy kín nắp, tránh ánh nắng',
    certification: 'VietGAP',
  },
  ocop: { stars: 3, decisionNumber: '567/QĐ-UBND', expiresOn: '2027-12-31' },
  origin: { cooperativeName: 'HTX Ong mật Vũ Quang', communeCode: '18313' },
  trace: { base: 'https://nguongoc.vn', gtin: '8934602000019', lot: 'VQ-2611' },
};

export const GAO_THO_XUAN: CatalogueProduct = {
  sku: 'GAO-TX-5KG',
  name: 'Gạo nếp cái hoa vàng Thọ Xuân',
  description: 'Gạo nếp cái hoa vàng vụ mùa, hạt tròn, dẻo thơm, xay mới mỗi tuần. Túi 5 kg.',
  category: 'gao-ngu-coc',
  priceVnd: 175_000,
  stock: 0,
  net: { quantity: 5, unit: 'KGM' },
  package: { weightGrams: 5_100, lengthCm: 40, widthCm: 28, heightCm: 8 },
  images: squares('gao', 2, 900),
  attributes: { brand: 'Nếp Thọ Xuân', shelfLife: '6 tháng', storage: 'Nơi khô ráo' },
  origin: { cooperativeName: 'HTX Dịch vụ nông nghiệp Thọ Xuân', communeCode: '15499' },
  trace: { base: 'https://nguongoc.vn', shortCode: '7QWERTY0MN1' },
};

/** A handicraft with no mapping on some exchanges: their catch-all category, with a warning. */
export const MAY_TRE_CON_CUONG: CatalogueProduct = {
  sku: 'GIO-MAY-01',
  name: 'Giỏ mây tre đan Con Cuông',
  description:
    'Giỏ đan tay từ mây rừng, người Thái ở Con Cuông làm, dùng đựng hoa quả hoặc đồ khô.',
  category: 'thu-cong-my-nghe',
  priceVnd: 120_000,
  stock: 12,
  net: { quantity: 1, unit: 'H87' },
  package: { weightGrams: 400, lengthCm: 30, widthCm: 30, heightCm: 18 },
  images: squares('gio', 3),
  attributes: { brand: 'Mây tre Con Cuông', shelfLife: 'Không hạn', storage: 'Nơi khô ráo' },
  origin: { cooperativeName: 'HTX Mây tre đan Con Cuông', communeCode: '17254' },
  trace: { base: 'https://nguongoc.vn', shortCode: '5HTMNPQRS20' },
};

export const CATALOGUE: readonly CatalogueProduct[] = [
  CAM_XA_DOAI,
  MAT_ONG_VU_QUANG,
  GAO_THO_XUAN,
  MAY_TRE_CON_CUONG,
];
