import { findCommune, findProvince } from '@nguongoc/vn-admin-units';

export interface OriginNames {
  communeFullName: string;
  communeName: string;
  provinceFullName: string;
  provinceName: string;
}

/** Commune and province names of a 2025 commune code; undefined when the code is unknown. */
export function originNames(communeCode: string): OriginNames | undefined {
  const commune = findCommune(communeCode);
  const province = commune && findProvince(commune.provinceCode);
  if (!commune || !province) return undefined;
  return {
    communeFullName: commune.fullName,
    communeName: commune.name,
    provinceFullName: province.fullName,
    provinceName: province.name,
  };
}
