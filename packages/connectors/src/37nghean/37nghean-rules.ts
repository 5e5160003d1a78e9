import { unverified, type ExchangeRules } from '../rules/rule-types.js';

// 37nghean.com (Nghệ An's provincial exchange, Sở Công Thương Nghệ An). Values are NguonGoc's
// belief of the exchange's rules; none has been checked live (no network when written).
const SELLER_GUIDE = 'https://37nghean.com (Hướng dẫn gian hàng: đăng sản phẩm)';
const TEMPLATE = 'https://37nghean.com (Gian hàng: mẫu nhập sản phẩm từ Excel)';
const CARRIER = 'https://37nghean.com (Chính sách vận chuyển)';

export const NGHEAN37_RULES: ExchangeRules = {
  exchange: '37nghean',
  version: '37nghean-2026-12-02',
  titleLength: unverified({ min: 5, max: 200 }, SELLER_GUIDE),
  descriptionLength: unverified({ min: 20, max: 10_000 }, SELLER_GUIDE),
  imageCount: unverified({ min: 1, max: 6 }, SELLER_GUIDE, 'the QR image counts as one'),
  imageSize: unverified({ minSidePx: 400, maxBytes: 5 * 1024 * 1024 }, SELLER_GUIDE),
  imageRatio: unverified({ min: 0.5, max: 2 }, SELLER_GUIDE),
  imageFormats: unverified(['jpg', 'png'], SELLER_GUIDE),
  shipping: unverified({ maxWeightGrams: 20_000, maxSideCm: 100, weightUnit: 'g' }, CARRIER),
  price: unverified({ minVnd: 1_000, maxVnd: 50_000_000 }, SELLER_GUIDE),
  requiredAttributes: unverified(['shelfLife'], TEMPLATE),
  attributeColumns: unverified(
    {
      brand: 'Nhãn hiệu',
      shelfLife: 'Hạn sử dụng',
      storage: 'Cách bảo quản',
      certification: 'Chứng nhận (VietGAP, hữu cơ…)',
    },
    TEMPLATE,
  ),
  unitNames: unverified({ GRM: 'gr', KGM: 'kg', MLT: 'ml', LTR: 'lít', H87: 'sản phẩm' }, TEMPLATE),
  categoryTree: unverified(
    [
      {
        id: 'na-nong-san',
        name: 'Nông sản Nghệ An',
        children: [
          { id: 'na-cam', name: 'Cam Vinh, trái cây' },
          { id: 'na-rau', name: 'Rau, củ, quả' },
          { id: 'na-gao', name: 'Gạo, ngũ cốc' },
          { id: 'na-che', name: 'Chè, cà phê' },
        ],
      },
      {
        id: 'na-ocop',
        name: 'Sản phẩm OCOP',
        children: [
          { id: 'na-mat-ong', name: 'Mật ong' },
          { id: 'na-dac-san', name: 'Đặc sản chế biến' },
          { id: 'na-hai-san', name: 'Hải sản, nước mắm' },
        ],
      },
      { id: 'na-khac', name: 'Sản phẩm khác' },
    ],
    TEMPLATE,
    'ids are NguonGoc slugs for the exchange categories; the export writes the path',
  ),
  categoryMapping: unverified(
    {
      'trai-cay': 'na-cam',
      'rau-cu': 'na-rau',
      'gao-ngu-coc': 'na-gao',
      'che-ca-phe': 'na-che',
      'mat-ong': 'na-mat-ong',
      'dac-san-kho': 'na-dac-san',
      'thuc-pham-che-bien': 'na-dac-san',
      'thuy-hai-san': 'na-hai-san',
    },
    TEMPLATE,
  ),
  fallbackCategory: unverified('na-khac', TEMPLATE),
};
