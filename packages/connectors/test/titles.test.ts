// One title rule for PostMart, VoSo and 37nghean: a title adds to the product's name only what the
// name does not already say (the net content in any unit, the commune, the province), compared
// without diacritics or case, within each exchange's length rule. The names are the seed's
// (apps/commerce/src/scripts/seed-data.ts), with their cooperatives' communes.
import { foldForSearch, type NetUnit } from '@nguongoc/vn-locale';
import { describe, expect, it } from 'vitest';
import {
  type CatalogueProduct,
  type ExchangeConnector,
  connectors,
  titleHasNet,
} from '../src/index.js';
import { CAM_XA_DOAI } from './_catalogue.js';

const NGHIA_DAN = '16941'; // Xã Nghĩa Đàn, Tỉnh Nghệ An
const PHUC_TRACH = '18547'; // Xã Phúc Trạch, Tỉnh Hà Tĩnh
const HOANG_HOA = '15865'; // Xã Hoằng Hoá, Tỉnh Thanh Hoá

/** The seed's twelve products: name, commune, net content, OCOP stars. */
const SEEDED: [string, string, number, NetUnit, 3 | 4 | 5][] = [
  ['Cam Vinh hộp 5 kg', NGHIA_DAN, 5, 'KGM', 4],
  ['Cam Vinh hộp 10 kg', NGHIA_DAN, 10, 'KGM', 4],
  ['Mật ong hoa cam 500 ml', NGHIA_DAN, 500, 'MLT', 3],
  ['Mứt cam 300 g', NGHIA_DAN, 300, 'GRM', 3],
  ['Bưởi Phúc Trạch (quả 1,2–1,5 kg)', PHUC_TRACH, 1, 'H87', 4],
  ['Kẹo cu đơ 250 g', PHUC_TRACH, 250, 'GRM', 4],
  ['Chè xanh Hương Sơn 200 g', PHUC_TRACH, 200, 'GRM', 3],
  ['Tinh dầu vỏ bưởi 50 ml', PHUC_TRACH, 50, 'MLT', 3],
  ['Nem chua Thanh Hoá 500 g', HOANG_HOA, 500, 'GRM', 4],
  ['Mắm tép 200 g', HOANG_HOA, 200, 'GRM', 3],
  ['Gạo nếp cái hoa vàng 2 kg', HOANG_HOA, 2, 'KGM', 3],
  ['Gạo thơm Hoằng Hoá 5 kg', HOANG_HOA, 5, 'KGM', 3],
];

const PLACES: Record<string, [string, string]> = {
  [NGHIA_DAN]: ['Nghĩa Đàn', 'Nghệ An'],
  [PHUC_TRACH]: ['Phúc Trạch', 'Hà Tĩnh'],
  [HOANG_HOA]: ['Hoằng Hoá', 'Thanh Hoá'],
};

function product(
  name: string,
  communeCode: string,
  quantity: number,
  unit: NetUnit,
  stars?: 3 | 4 | 5,
): CatalogueProduct {
  const item: CatalogueProduct = {
    ...CAM_XA_DOAI,
    name,
    net: { quantity, unit },
    origin: { ...CAM_XA_DOAI.origin, communeCode },
  };
  if (stars) item.ocop = { ...CAM_XA_DOAI.ocop!, stars };
  else delete item.ocop;
  return item;
}

const title = (connector: ExchangeConnector, item: CatalogueProduct) =>
  connector.render(item).title;

/** How many times `part` stands in `text` as whole words, without diacritics or case. */
function times(text: string, part: string): number {
  return ` ${foldForSearch(text)} `.split(` ${foldForSearch(part)} `).length - 1;
}

const EXPECTED: Record<string, Record<string, string>> = {
  postmart: {
    'Nem chua Thanh Hoá 500 g': 'Nem chua Thanh Hoá 500 g – OCOP 4 sao – Hoằng Hoá',
    'Gạo thơm Hoằng Hoá 5 kg': 'Gạo thơm Hoằng Hoá 5 kg – OCOP 3 sao – Thanh Hoá',
    'Bưởi Phúc Trạch (quả 1,2–1,5 kg)':
      'Bưởi Phúc Trạch (quả 1,2–1,5 kg) 1 cái – OCOP 4 sao – Hà Tĩnh',
    'Mứt cam 300 g': 'Mứt cam 300 g – OCOP 3 sao – Nghĩa Đàn, Nghệ An',
  },
  voso: {
    'Nem chua Thanh Hoá 500 g': '[OCOP 4★] Nem chua Thanh Hoá 500 g – đặc sản Hoằng Hoá',
    'Gạo thơm Hoằng Hoá 5 kg': '[OCOP 3★] Gạo thơm Hoằng Hoá 5 kg – đặc sản Thanh Hoá',
    'Bưởi Phúc Trạch (quả 1,2–1,5 kg)':
      '[OCOP 4★] Bưởi Phúc Trạch (quả 1,2–1,5 kg) 1 chiếc – đặc sản Hà Tĩnh',
    'Mứt cam 300 g': '[OCOP 3★] Mứt cam 300 g – đặc sản Nghĩa Đàn, Nghệ An',
  },
  '37nghean': {
    'Nem chua Thanh Hoá 500 g': 'Nem chua Thanh Hoá 500 g Hoằng Hoá (OCOP 4 sao)',
    'Gạo thơm Hoằng Hoá 5 kg': 'Gạo thơm Hoằng Hoá 5 kg (OCOP 3 sao) – Thanh Hoá',
    'Bưởi Phúc Trạch (quả 1,2–1,5 kg)':
      'Bưởi Phúc Trạch (quả 1,2–1,5 kg) 1 sản phẩm (OCOP 4 sao) – Hà Tĩnh',
    'Mứt cam 300 g': 'Mứt cam 300 g Nghĩa Đàn (OCOP 3 sao) – Nghệ An',
  },
};

describe.each(Object.values(connectors))('$name titles', (connector) => {
  it('do not repeat the commune, the province or the net content a seeded name holds', () => {
    for (const [name, expected] of Object.entries(EXPECTED[connector.id]!)) {
      const [, commune, quantity, unit, stars] = SEEDED.find(([seeded]) => seeded === name)!;
      expect(title(connector, product(name, commune, quantity, unit, stars)), name).toBe(expected);
    }
  });

  it('say each part of every seeded product once, the name first, within the length rule', () => {
    const { max } = connector.rules.titleLength.value;
    for (const [name, commune, quantity, unit, stars] of SEEDED) {
      const written = title(connector, product(name, commune, quantity, unit, stars));
      const [communeName, provinceName] = PLACES[commune]!;
      const badge = /^\[OCOP \d★\] /.exec(written)?.[0] ?? '';
      expect(written.slice(badge.length, badge.length + name.length), written).toBe(name);
      const added = written.slice(badge.length + name.length);
      if (titleHasNet(name, quantity, unit)) {
        expect(titleHasNet(added, quantity, unit), written).toBe(false);
      }
      expect(times(written, communeName), written).toBe(1);
      expect(times(written, provinceName), written).toBeLessThanOrEqual(1);
      expect([...written].length, written).toBeLessThanOrEqual(max);
    }
  });

  it('compare without diacritics or case, however the name writes the net content', () => {
    const written = title(connector, product('NEM CHUA THANH HÓA 0,5KG', HOANG_HOA, 500, 'GRM', 4));
    expect(written).toContain('NEM CHUA THANH HÓA 0,5KG');
    expect(times(written, 'Thanh Hoá')).toBe(1);
    expect(times(written, 'Hoằng Hoá')).toBe(1);
    expect(titleHasNet(written.replace('0,5KG', ''), 500, 'GRM')).toBe(false);
  });

  it('drop the place before going past the length rule, still without repeating', () => {
    const { max } = connector.rules.titleLength.value;
    // A seeded name lengthened to 8 characters under the limit: no place fits after it.
    const base = 'Nem chua Thanh Hoá 500 g';
    const long = `${base} ${'loại đặc biệt '.repeat(20)}`.slice(0, max - 8).trim();
    const written = title(connector, product(long, HOANG_HOA, 500, 'GRM'));
    expect([...written].length).toBeLessThanOrEqual(max);
    expect(written.startsWith(long)).toBe(true);
    expect(times(written, 'Thanh Hoá')).toBe(1);
    expect(titleHasNet(written.slice(long.length), 500, 'GRM')).toBe(false);
  });
});
