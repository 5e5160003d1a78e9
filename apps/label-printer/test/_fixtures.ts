// Lots and labels the tests print: Vietnamese names with stacked diacritics, a product with a
// GTIN and one without (most cooperatives have none).
import type { LabelData, LotInfo } from '../src/index.js';

export const BASE = 'https://nguongoc.vn';

export const honey: LotInfo = {
  id: '3KX9T2M7QAH',
  code: 'MO-2611-A',
  product: 'Mật ong hoa nhãn Khoái Châu',
  gtin: '8934602000019',
  stars: 4,
  producedOn: '2026-11-24',
  expiresOn: '2028-11-24',
  cooperative: 'HTX Ong mật Ẩn Thi, Hưng Yên',
};

export const tea: LotInfo = {
  id: '8QW2MZ7K4NP',
  code: 'CHE-2611',
  product: 'Chè Shan tuyết cổ thụ Suối Giàng',
  stars: 5,
  producedOn: '2026-11-02',
  expiresOn: '2027-11-02',
  cooperative: 'Hợp tác xã Chè Suối Giàng',
};

/** Letters every Vietnamese label must render: stacked tone marks, horned vowels, đ. */
export const VIETNAMESE_LETTERS = 'ắ ầ ẩ ẫ ậ ơ ư đ';

/** A label with every hard letter, its product name given decomposed (NFD), as some keyboards type. */
export function vietnameseLabel(uri: string): LabelData {
  return {
    uri,
    code: 'ĐẶC-SẢN',
    product: `Bánh đậu xanh ${VIETNAMESE_LETTERS}`.normalize('NFD'),
    lot: 'BDX-01',
    stars: 3,
    producedOn: '2026-12-01',
    cooperative: 'Cơ sở Rồng Vàng, Hải Dương',
  };
}
