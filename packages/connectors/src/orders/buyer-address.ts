import { provinces, type Province } from '@nguongoc/vn-admin-units';
import { type Message, foldForSearch } from '@nguongoc/vn-locale';
import { cleanText } from '../_text.js';

// Buyers' provinces and communes as exchanges write them ("Nghệ An", "Tỉnh Nghệ An", "nghe an",
// "TP. Hồ Chí Minh"; "Xã Nghĩa Đàn", "Nghĩa Đàn") matched to the 2025 units. An exact match
// (ignoring case) wins; otherwise a match without diacritics counts only if it is the only one,
// so that "Nghia Hung" is never quietly read as one of two communes.

const PROVINCE_PREFIX = /^(tinh|thanh pho|tp)\s+/;
const COMMUNE_PREFIX = /^(xa|phuong|dac khu|thi tran)\s+/;

interface NameIndex<T> {
  exact: Map<string, T>;
  folded: Map<string, T[]>;
}

function addName<T>(index: NameIndex<T>, name: string, value: T): void {
  index.exact.set(cleanText(name).toLocaleLowerCase('vi'), value);
  const folded = foldForSearch(name);
  const list = index.folded.get(folded) ?? [];
  if (!list.includes(value)) list.push(value);
  index.folded.set(folded, list);
}

function lookup<T>(
  index: NameIndex<T>,
  text: string,
  prefix: RegExp,
): { value: T } | { ambiguous: T[] } | undefined {
  const exact = index.exact.get(cleanText(text).toLocaleLowerCase('vi'));
  if (exact !== undefined) return { value: exact };
  const folded = foldForSearch(text);
  const candidates = index.folded.get(folded) ?? index.folded.get(folded.replace(prefix, ''));
  if (candidates === undefined) return undefined;
  return candidates.length === 1 ? { value: candidates[0]! } : { ambiguous: candidates };
}

let provinceIndex: NameIndex<Province> | undefined;
const communeIndexes = new Map<string, NameIndex<string>>();

function provincesByName(): NameIndex<Province> {
  if (provinceIndex) return provinceIndex;
  provinceIndex = { exact: new Map(), folded: new Map() };
  for (const province of provinces()) {
    addName(provinceIndex, province.name, province);
    addName(provinceIndex, province.fullName, province);
    addName(provinceIndex, province.nameEn, province);
    addName(provinceIndex, province.code, province);
  }
  return provinceIndex;
}

function communesOf(province: Province): NameIndex<string> {
  let index = communeIndexes.get(province.code);
  if (index) return index;
  index = { exact: new Map(), folded: new Map() };
  for (const commune of province.communes) {
    addName(index, commune.name, commune.code);
    addName(index, commune.fullName, commune.code);
    addName(index, commune.code, commune.code);
  }
  communeIndexes.set(province.code, index);
  return index;
}

export type AddressMatch =
  | { provinceCode: string; communeCode: string }
  | {
      provinceCode: string | null;
      communeCode: null;
      doubt: Message & { column: 'province' | 'commune' };
    };

/** The 2025 codes for a buyer's province and commune, or the reason they could not be found. */
export function matchBuyerAddress(provinceText: string, communeText: string): AddressMatch {
  const province = lookup(provincesByName(), provinceText, PROVINCE_PREFIX);
  if (province === undefined || 'ambiguous' in province) {
    return {
      provinceCode: null,
      communeCode: null,
      doubt: {
        vi: `không tìm thấy tỉnh/thành "${provinceText}" trong 34 đơn vị cấp tỉnh từ 1/7/2025`,
        en: `province "${provinceText}" is not one of the 34 provinces since 1 July 2025`,
        column: 'province',
      },
    };
  }
  const commune = lookup(communesOf(province.value), communeText, COMMUNE_PREFIX);
  if (commune === undefined || 'ambiguous' in commune) {
    return {
      provinceCode: province.value.code,
      communeCode: null,
      doubt: {
        vi:
          commune === undefined
            ? `không tìm thấy xã/phường "${communeText}" thuộc ${province.value.fullName} (tên trước sáp nhập 2025?)`
            : `"${communeText}" khớp nhiều xã/phường của ${province.value.fullName} khi bỏ dấu; cần ghi có dấu`,
        en:
          commune === undefined
            ? `commune "${communeText}" is not in ${province.value.fullNameEn} (a name from before the 2025 merger?)`
            : `"${communeText}" matches several communes of ${province.value.fullNameEn} without diacritics; write it with them`,
        column: 'commune',
      },
    };
  }
  return { provinceCode: province.value.code, communeCode: commune.value };
}
