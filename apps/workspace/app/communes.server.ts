// The province -> commune picker's choices, from Vietnam's 2025 units (@nguongoc/vn-admin-units),
// read on this server: the backend's list of units is the operator's.
import { findCommune, findProvince, provinces } from '@nguongoc/vn-admin-units';
import type { Language } from '@nguongoc/vn-locale';

export interface CommuneChoices {
  provinceCode: string;
  communeCode: string;
  provinces: { code: string; name: string }[];
  /** The communes of the chosen province only (the whole country is 3,321: too much for 3G). */
  communes: { code: string; name: string }[];
}

/**
 * The choices for a picker showing `communeCode`, or the communes of `provinceCode` when the
 * person has just picked another province (`communeCode` is then dropped unless it lies there).
 */
export function communeChoices(
  language: Language,
  communeCode: string | undefined,
  provinceCode?: string | null,
): CommuneChoices {
  const commune = communeCode ? findCommune(communeCode) : undefined;
  const province =
    (provinceCode ? findProvince(provinceCode) : undefined) ??
    (commune ? findProvince(commune.provinceCode) : undefined);
  const name = (unit: { fullName: string; fullNameEn: string }) =>
    language === 'en' ? unit.fullNameEn : unit.fullName;
  return {
    provinceCode: province?.code ?? '',
    communeCode: commune && commune.provinceCode === province?.code ? commune.code : '',
    provinces: provinces().map((each) => ({ code: each.code, name: name(each) })),
    communes: (province?.communes ?? [])
      .map((each) => ({ code: each.code, name: name(each) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}

/** "Xã Quế Phong, Tỉnh Nghệ An" in the page's language, or the code when unknown. */
export function communeName(code: string, language: Language): string {
  const commune = findCommune(code);
  const province = commune && findProvince(commune.provinceCode);
  if (!commune || !province) return code;
  return language === 'en'
    ? `${commune.fullNameEn}, ${province.fullNameEn}`
    : `${commune.fullName}, ${province.fullName}`;
}
