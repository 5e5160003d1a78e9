import { unverified, type ExchangeRules } from '../rules/rule-types.js';

// PostMart.vn (Vietnam Post). Values are NguonGoc's belief of the seller centre's rules; none has
// been checked live (no network when written): `checked: null` on every one.
const SELLER_GUIDE = 'https://postmart.vn (Kênh người bán: hướng dẫn đăng sản phẩm)';
const TEMPLATE = 'https://postmart.vn (Kênh người bán: mẫu tải sản phẩm hàng loạt, .xlsx)';
const CARRIER = 'https://vnpost.vn (bảng giá và quy định bưu kiện trong nước)';

export const POSTMART_RULES: ExchangeRules = {
  exchange: 'postmart',
  version: 'postmart-2026-12-02',
  titleLength: unverified({ min: 10, max: 120 }, SELLER_GUIDE),
  descriptionLength: unverified({ min: 50, max: 5000 }, SELLER_GUIDE),
  imageCount: unverified({ min: 1, max: 9 }, SELLER_GUIDE, 'the QR image counts as one'),
  imageSize: unverified({ minSidePx: 500, maxBytes: 2 * 1024 * 1024 }, SELLER_GUIDE),
  imageRatio: unverified({ min: 0.8, max: 1.25 }, SELLER_GUIDE, 'square images shown best'),
  imageFormats: unverified(['jpg', 'png'], SELLER_GUIDE),
  shipping: unverified({ maxWeightGrams: 30_000, maxSideCm: 150, weightUnit: 'g' }, CARRIER),
  price: unverified({ minVnd: 1_000, maxVnd: 100_000_000 }, SELLER_GUIDE),
  requiredAttributes: unverified(['brand', 'shelfLife'], TEMPLATE),
  attributeColumns: unverified(
    {
      brand: 'Thương hiệu',
      shelfLife: 'Hạn sử dụng',
      storage: 'Hướng dẫn bảo quản',
      ingredients: 'Thành phần',
    },
    TEMPLATE,
  ),
  unitNames: unverified({ GRM: 'g', KGM: 'kg', MLT: 'ml', LTR: 'lít', H87: 'cái' }, TEMPLATE),
  categoryTree: unverified(
    [
      {
        id: 'pm-nong-san',
        name: 'Nông sản',
        children: [
          { id: 'pm-trai-cay', name: 'Trái cây' },
          { id: 'pm-rau-cu', name: 'Rau củ quả' },
          { id: 'pm-gao', name: 'Gạo và ngũ cốc' },
        ],
      },
      {
        id: 'pm-dac-san',
        name: 'Đặc sản vùng miền',
        children: [
          { id: 'pm-che-ca-phe', name: 'Chè, cà phê' },
          { id: 'pm-mat-ong', name: 'Mật ong' },
          { id: 'pm-kho', name: 'Đồ khô' },
          { id: 'pm-hai-san', name: 'Hải sản' },
        ],
      },
      { id: 'pm-thuc-pham', name: 'Thực phẩm chế biến' },
      { id: 'pm-do-uong', name: 'Đồ uống' },
      { id: 'pm-khac', name: 'Khác' },
    ],
    TEMPLATE,
    'ids are NguonGoc slugs for the seller centre categories; the export writes the path',
  ),
  categoryMapping: unverified(
    {
      'trai-cay': 'pm-trai-cay',
      'rau-cu': 'pm-rau-cu',
      'gao-ngu-coc': 'pm-gao',
      'che-ca-phe': 'pm-che-ca-phe',
      'mat-ong': 'pm-mat-ong',
      'dac-san-kho': 'pm-kho',
      'thuy-hai-san': 'pm-hai-san',
      'thuc-pham-che-bien': 'pm-thuc-pham',
      'do-uong': 'pm-do-uong',
    },
    TEMPLATE,
  ),
  fallbackCategory: unverified('pm-khac', TEMPLATE),
};
