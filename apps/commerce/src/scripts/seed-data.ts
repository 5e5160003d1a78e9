// Fictional cooperatives and OCOP-style products for development and tests: three cooperatives
// in Nghệ An, Hà Tĩnh and Thanh Hoá (commune codes of the 2025 units), four products each. Prices
// are VND, tax included, as Vietnamese shops show them. Three products have a (fictional) GTIN,
// so that GS1 Digital Link labels can be tried; the others, like most small producers, have none.
import type { NetUnit } from '@nguongoc/vn-locale';
import type { CooperativeInput } from '../modules/cooperative/service';

export interface SeedProduct {
  handle: string;
  title: string;
  titleEn: string;
  description: string;
  category: string;
  sku: string;
  price: number;
  weightGrams: number;
  stock: number;
  ocopStars: 3 | 4 | 5;
  ocopDecision: string;
  /** An OCOP certificate is valid for 36 months. */
  ocopExpiresOn: string;
  origin: string;
  plantingArea?: string;
  /** GTIN-13 as printed under the barcode: fictional, Vietnam's prefix 893, a valid check digit. */
  gtin?: string;
  unit: NetUnit;
  /**
   * What a seller centre asks beyond the shop: the net content (in `unit`), the shipping box and
   * the label's facts. Only Hoằng Hoá's products carry them, so that its exchanges page has
   * listings ready on a fresh start; the other two cooperatives show what each rule asks for.
   */
  sellerFacts?: {
    net: number;
    boxCm: { length: number; width: number; height: number };
    attributes: { brand: string; shelfLife: string; storage: string };
  };
}

export interface SeedCooperative extends CooperativeInput {
  products: SeedProduct[];
}

export const CATEGORIES = [
  { handle: 'trai-cay', name: 'Trái cây / Fruit' },
  { handle: 'dac-san-che-bien', name: 'Đặc sản chế biến / Processed specialities' },
  { handle: 'do-uong', name: 'Đồ uống và mật ong / Drinks and honey' },
  { handle: 'gao-ngu-coc', name: 'Gạo và ngũ cốc / Rice and grains' },
] as const;

export const COOPERATIVES: SeedCooperative[] = [
  {
    handle: 'htx-cam-nghia-dan',
    name: 'Hợp tác xã Cam Nghĩa Đàn',
    tax_code: '2901234567',
    registration_number: '2707G000123',
    commune_code: '16941',
    address: 'Xóm 3, xã Nghĩa Đàn',
    contact_name: 'Nguyễn Văn Hùng',
    phone: '0912345678',
    email: 'htx.camnghiadan@example.vn',
    bank_name: 'Agribank chi nhánh Nghệ An',
    bank_account_number: '3600205123456',
    bank_account_holder: 'HTX CAM NGHIA DAN',
    description: 'Cam Vinh trồng theo VietGAP trên đất đỏ bazan Nghĩa Đàn.',
    products: [
      {
        handle: 'cam-vinh-hop-5kg',
        title: 'Cam Vinh hộp 5 kg',
        titleEn: 'Vinh oranges, 5 kg box',
        description: 'Cam Vinh chín cây, vỏ mỏng, ngọt thanh. Thu hoạch tháng 11.',
        category: 'trai-cay',
        sku: 'CAM-5KG',
        price: 250000,
        weightGrams: 5200,
        stock: 200,
        ocopStars: 4,
        ocopDecision: '2189/QĐ-UBND',
        ocopExpiresOn: '2028-06-30',
        origin: 'Xã Nghĩa Đàn, Nghệ An',
        plantingArea: 'VN-NA-ND-0012',
        gtin: '8938600000019',
        unit: 'KGM',
      },
      {
        handle: 'cam-vinh-hop-10kg',
        title: 'Cam Vinh hộp 10 kg',
        titleEn: 'Vinh oranges, 10 kg box',
        description: 'Hộp lớn cho gia đình và quà biếu.',
        category: 'trai-cay',
        sku: 'CAM-10KG',
        price: 460000,
        weightGrams: 10400,
        stock: 120,
        ocopStars: 4,
        ocopDecision: '2189/QĐ-UBND',
        ocopExpiresOn: '2028-06-30',
        origin: 'Xã Nghĩa Đàn, Nghệ An',
        plantingArea: 'VN-NA-ND-0012',
        gtin: '8938600000026',
        unit: 'KGM',
      },
      {
        handle: 'mat-ong-hoa-cam-500ml',
        title: 'Mật ong hoa cam 500 ml',
        titleEn: 'Orange blossom honey, 500 ml',
        description: 'Mật ong nuôi trong vườn cam, lấy vào mùa hoa tháng 2.',
        category: 'do-uong',
        sku: 'MATONG-500',
        price: 180000,
        weightGrams: 750,
        stock: 80,
        ocopStars: 3,
        ocopDecision: '1530/QĐ-UBND',
        ocopExpiresOn: '2027-09-30',
        origin: 'Xã Nghĩa Đàn, Nghệ An',
        unit: 'MLT',
      },
      {
        handle: 'mut-cam-300g',
        title: 'Mứt cam 300 g',
        titleEn: 'Orange marmalade, 300 g',
        description: 'Mứt cam làm từ cam loại 2, không chất bảo quản.',
        category: 'dac-san-che-bien',
        sku: 'MUTCAM-300',
        price: 65000,
        weightGrams: 400,
        stock: 150,
        ocopStars: 3,
        ocopDecision: '1530/QĐ-UBND',
        ocopExpiresOn: '2027-09-30',
        origin: 'Xã Nghĩa Đàn, Nghệ An',
        unit: 'GRM',
      },
    ],
  },
  {
    handle: 'htx-buoi-phuc-trach',
    name: 'Hợp tác xã Bưởi Phúc Trạch',
    tax_code: '3001234568',
    registration_number: '2807G000456',
    commune_code: '18547',
    address: 'Thôn 4, xã Phúc Trạch',
    contact_name: 'Trần Thị Lan',
    phone: '0987654321',
    email: 'htx.buoiphuctrach@example.vn',
    bank_name: 'Vietcombank Hà Tĩnh',
    bank_account_number: '0201000654321',
    bank_account_holder: 'HTX BUOI PHUC TRACH',
    description: 'Bưởi Phúc Trạch, chỉ dẫn địa lý, trồng trên đất bãi ven sông Ngàn Sâu.',
    products: [
      {
        handle: 'buoi-phuc-trach-qua',
        title: 'Bưởi Phúc Trạch (quả 1,2–1,5 kg)',
        titleEn: 'Phuc Trach pomelo (1.2–1.5 kg fruit)',
        description: 'Múi mọng, tôm ráo, vị ngọt mát. Mùa bưởi tháng 8 đến tháng 10.',
        category: 'trai-cay',
        sku: 'BUOI-1Q',
        price: 90000,
        weightGrams: 1500,
        stock: 300,
        ocopStars: 4,
        ocopDecision: '3105/QĐ-UBND',
        ocopExpiresOn: '2028-10-31',
        origin: 'Xã Phúc Trạch, Hà Tĩnh',
        plantingArea: 'VN-HT-PT-0031',
        gtin: '8938600000033',
        unit: 'H87',
      },
      {
        handle: 'keo-cu-do-250g',
        title: 'Kẹo cu đơ 250 g',
        titleEn: 'Cu do peanut candy, 250 g',
        description: 'Kẹo lạc mật mía kẹp bánh đa, đặc sản Hà Tĩnh.',
        category: 'dac-san-che-bien',
        sku: 'CUDO-250',
        price: 45000,
        weightGrams: 300,
        stock: 400,
        ocopStars: 4,
        ocopDecision: '3105/QĐ-UBND',
        ocopExpiresOn: '2028-10-31',
        origin: 'Xã Phúc Trạch, Hà Tĩnh',
        unit: 'GRM',
      },
      {
        handle: 'che-xanh-huong-son-200g',
        title: 'Chè xanh Hương Sơn 200 g',
        titleEn: 'Huong Son green tea, 200 g',
        description: 'Chè búp sao khô, nước xanh, vị chát dịu.',
        category: 'do-uong',
        sku: 'CHE-200',
        price: 120000,
        weightGrams: 250,
        stock: 90,
        ocopStars: 3,
        ocopDecision: '2244/QĐ-UBND',
        ocopExpiresOn: '2027-12-31',
        origin: 'Xã Hương Sơn, Hà Tĩnh',
        unit: 'GRM',
      },
      {
        handle: 'tinh-dau-buoi-50ml',
        title: 'Tinh dầu vỏ bưởi 50 ml',
        titleEn: 'Pomelo peel essential oil, 50 ml',
        description: 'Chưng cất từ vỏ bưởi Phúc Trạch.',
        category: 'dac-san-che-bien',
        sku: 'TDBUOI-50',
        price: 85000,
        weightGrams: 120,
        stock: 60,
        ocopStars: 3,
        ocopDecision: '2244/QĐ-UBND',
        ocopExpiresOn: '2027-12-31',
        origin: 'Xã Phúc Trạch, Hà Tĩnh',
        unit: 'MLT',
      },
    ],
  },
  {
    handle: 'htx-nong-san-hoang-hoa',
    name: 'Hợp tác xã Nông sản Hoằng Hoá',
    tax_code: '2801234569',
    registration_number: '2607G000789',
    commune_code: '15865',
    address: 'Thôn Phú Thọ, xã Hoằng Hoá',
    contact_name: 'Lê Văn Minh',
    phone: '0934567890',
    email: null,
    bank_name: 'BIDV Thanh Hoá',
    bank_account_number: '5010000789012',
    bank_account_holder: 'HTX NONG SAN HOANG HOA',
    description: 'Gạo nếp, nem chua và mắm tép của vùng ven biển Thanh Hoá.',
    products: [
      {
        handle: 'nem-chua-500g',
        title: 'Nem chua Thanh Hoá 500 g',
        titleEn: 'Thanh Hoa fermented pork rolls, 500 g',
        description: 'Nem gói lá chuối, ăn sau 3 ngày. Giữ lạnh 2–8 °C.',
        category: 'dac-san-che-bien',
        sku: 'NEM-500',
        price: 70000,
        weightGrams: 550,
        stock: 100,
        ocopStars: 4,
        ocopDecision: '4310/QĐ-UBND',
        ocopExpiresOn: '2029-03-31',
        origin: 'Xã Hoằng Hoá, Thanh Hoá',
        unit: 'GRM',
        sellerFacts: {
          net: 500,
          boxCm: { length: 20, width: 15, height: 8 },
          attributes: {
            brand: 'HTX Nông sản Hoằng Hoá',
            shelfLife: '7 ngày ở 2–8 °C',
            storage: 'Giữ lạnh 2–8 °C',
          },
        },
      },
      {
        handle: 'mam-tep-200g',
        title: 'Mắm tép 200 g',
        titleEn: 'Shrimp paste, 200 g',
        description: 'Tép biển ủ chượp 6 tháng.',
        category: 'dac-san-che-bien',
        sku: 'MAMTEP-200',
        price: 40000,
        weightGrams: 280,
        stock: 120,
        ocopStars: 3,
        ocopDecision: '4310/QĐ-UBND',
        ocopExpiresOn: '2029-03-31',
        origin: 'Xã Hoằng Hoá, Thanh Hoá',
        unit: 'GRM',
        sellerFacts: {
          net: 200,
          boxCm: { length: 8, width: 8, height: 10 },
          attributes: {
            brand: 'HTX Nông sản Hoằng Hoá',
            shelfLife: '12 tháng',
            storage: 'Nơi khô ráo, thoáng mát, tránh nắng',
          },
        },
      },
      {
        handle: 'gao-nep-cai-hoa-vang-2kg',
        title: 'Gạo nếp cái hoa vàng 2 kg',
        titleEn: 'Golden-flower glutinous rice, 2 kg',
        description: 'Nếp dẻo thơm cho xôi, bánh chưng và rượu.',
        category: 'gao-ngu-coc',
        sku: 'NEP-2KG',
        price: 95000,
        weightGrams: 2050,
        stock: 250,
        ocopStars: 3,
        ocopDecision: '1877/QĐ-UBND',
        ocopExpiresOn: '2027-08-31',
        origin: 'Xã Hoằng Hoá, Thanh Hoá',
        plantingArea: 'VN-TH-HH-0007',
        unit: 'KGM',
        sellerFacts: {
          net: 2,
          boxCm: { length: 30, width: 20, height: 8 },
          attributes: {
            brand: 'HTX Nông sản Hoằng Hoá',
            shelfLife: '12 tháng',
            storage: 'Nơi khô ráo, thoáng mát',
          },
        },
      },
      {
        handle: 'gao-thom-hoang-hoa-5kg',
        title: 'Gạo thơm Hoằng Hoá 5 kg',
        titleEn: 'Hoang Hoa fragrant rice, 5 kg',
        description: 'Gạo vụ chiêm, xay mới mỗi tuần.',
        category: 'gao-ngu-coc',
        sku: 'GAO-5KG',
        price: 135000,
        weightGrams: 5050,
        stock: 300,
        ocopStars: 3,
        ocopDecision: '1877/QĐ-UBND',
        ocopExpiresOn: '2027-08-31',
        origin: 'Xã Hoằng Hoá, Thanh Hoá',
        plantingArea: 'VN-TH-HH-0007',
        unit: 'KGM',
        sellerFacts: {
          net: 5,
          boxCm: { length: 40, width: 28, height: 10 },
          attributes: {
            brand: 'HTX Nông sản Hoằng Hoá',
            shelfLife: '6 tháng',
            storage: 'Nơi khô ráo, thoáng mát',
          },
        },
      },
    ],
  },
];
