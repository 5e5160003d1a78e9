import { unverified, type ExchangeRules } from '../rules/rule-types.js';

// VoSo.vn (Viettel Post). Values are NguonGoc's belief of the seller centre's rules; none has been
// checked live (no network when written): `checked: null` on every one.
const SELLER_GUIDE = 'https://voso.vn (Trung tâm người bán: quy định đăng bán sản phẩm)';
const TEMPLATE = 'https://voso.vn (Trung tâm người bán: file mẫu đăng sản phẩm hàng loạt)';
const CARRIER = 'https://viettelpost.com.vn (quy định khối lượng, kích thước bưu phẩm)';

export const VOSO_RULES: ExchangeRules = {
  exchange: 'voso',
  version: 'voso-2026-12-02',
  titleLength: unverified({ min: 10, max: 150 }, SELLER_GUIDE),
  descriptionLength: unverified({ min: 30, max: 3000 }, SELLER_GUIDE),
  imageCount: unverified({ min: 3, max: 8 }, SELLER_GUIDE, 'the QR image counts as one'),
  imageSize: unverified({ minSidePx: 600, maxBytes: 3 * 1024 * 1024 }, SELLER_GUIDE),
  imageRatio: unverified({ min: 0.95, max: 1.05 }, SELLER_GUIDE, 'square images only'),
  imageFormats: unverified(['jpg', 'png'], SELLER_GUIDE),
  shipping: unverified({ maxWeightGrams: 50_000, maxSideCm: 200, weightUnit: 'kg' }, CARRIER),
  price: unverified({ minVnd: 1_000, maxVnd: 200_000_000 }, SELLER_GUIDE),
  requiredAttributes: unverified(['brand', 'shelfLife', 'storage'], TEMPLATE),
  attributeColumns: unverified(
    {
      brand: 'Thương hiệu',
      shelfLife: 'Hạn sử dụng',
      storage: 'Bảo quản',
      ingredients: 'Thành phần',
      certification: 'Chứng nhận',
    },
    TEMPLATE,
  ),
  unitNames: unverified({ GRM: 'gram', KGM: 'kg', MLT: 'ml', LTR: 'lít', H87: 'chiếc' }, TEMPLATE),
  categoryTree: unverified(
    [
      {
        id: 'vs-thuc-pham',
        name: 'Thực phẩm',
        children: [
          { id: 'vs-trai-cay', name: 'Hoa quả tươi' },
          { id: 'vs-rau', name: 'Rau, củ' },
          { id: 'vs-gao', name: 'Gạo, ngũ cốc' },
          { id: 'vs-hai-san', name: 'Thủy hải sản' },
          { id: 'vs-kho', name: 'Thực phẩm khô' },
          { id: 'vs-che-bien', name: 'Thực phẩm chế biến' },
        ],
      },
      {
        id: 'vs-dac-san',
        name: 'Đặc sản OCOP',
        children: [
          { id: 'vs-che', name: 'Trà, cà phê' },
          { id: 'vs-mat-ong', name: 'Mật ong' },
          { id: 'vs-duoc-lieu', name: 'Dược liệu' },
        ],
      },
      { id: 'vs-do-uong', name: 'Đồ uống' },
      { id: 'vs-thu-cong', name: 'Thủ công mỹ nghệ' },
      { id: 'vs-khac', name: 'Sản phẩm khác' },
    ],
    TEMPLATE,
    'ids are NguonGoc slugs for the seller centre categories; the export writes the path',
  ),
  categoryMapping: unverified(
    {
      'trai-cay': 'vs-trai-cay',
      'rau-cu': 'vs-rau',
      'gao-ngu-coc': 'vs-gao',
      'che-ca-phe': 'vs-che',
      'mat-ong': 'vs-mat-ong',
      'dac-san-kho': 'vs-kho',
      'thuy-hai-san': 'vs-hai-san',
      'thuc-pham-che-bien': 'vs-che-bien',
      'do-uong': 'vs-do-uong',
      'duoc-lieu': 'vs-duoc-lieu',
      'thu-cong-my-nghe': 'vs-thu-cong',
    },
    TEMPLATE,
  ),
  fallbackCategory: unverified('vs-khac', TEMPLATE),
};
