// NguonGoc's own product categories: the keys a cooperative picks once, mapped to each exchange's
// tree by that exchange's rules. A sub-key (`trai-cay/cam`) falls back to its parent's mapping.
export const CATEGORY_KEYS = {
  'trai-cay': 'Trái cây / Fruit',
  'rau-cu': 'Rau củ / Vegetables',
  'gao-ngu-coc': 'Gạo, ngũ cốc / Rice and grains',
  'che-ca-phe': 'Chè, cà phê / Tea and coffee',
  'mat-ong': 'Mật ong / Honey',
  'dac-san-kho': 'Đặc sản khô / Dried specialities',
  'thuy-hai-san': 'Thủy hải sản / Fish and seafood',
  'thuc-pham-che-bien': 'Thực phẩm chế biến / Processed food',
  'do-uong': 'Đồ uống / Drinks',
  'duoc-lieu': 'Dược liệu / Medicinal herbs',
  'thu-cong-my-nghe': 'Thủ công mỹ nghệ / Handicrafts',
} as const;
export type CategoryKey = keyof typeof CATEGORY_KEYS;
