// Addresses as province → commune, from Vietnam's 2025 administrative units (34 provinces,
// 3,321 communes, no districts). The checkout's lists and the stored address both come from here.
import { findCommune, findProvince, provinces } from '@nguongoc/vn-admin-units';
import type { BilingualText } from '@nguongoc/contracts';

export interface UnitOption {
  code: string;
  name: BilingualText;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

/** The 34 provinces and cities, by name. */
export function provinceOptions(): UnitOption[] {
  return [...provinces()]
    .sort(byName)
    .map((province) => ({ code: province.code, name: { vi: province.name, en: province.nameEn } }));
}

/** The communes, wards and special zones of a province, by name; none for an unknown code. */
export function communeOptions(provinceCode: string): UnitOption[] {
  const province = findProvince(provinceCode);
  if (!province) return [];
  return [...province.communes].sort(byName).map((commune) => ({
    code: commune.code,
    name: { vi: commune.fullName, en: commune.fullNameEn },
  }));
}

export function isProvince(code: string): boolean {
  return findProvince(code) !== undefined;
}

/** Whether the commune lies in the province (its code alone is not enough: both are chosen). */
export function isCommuneOf(communeCode: string, provinceCode: string): boolean {
  return findCommune(communeCode)?.provinceCode === provinceCode;
}

/** The names of a commune and its province, for an address. */
export function placeNames(
  communeCode: string,
): { province: BilingualText; commune: BilingualText } | null {
  const commune = findCommune(communeCode);
  const province = commune && findProvince(commune.provinceCode);
  if (!commune || !province) return null;
  return {
    // The province by its name, as the backend's cooperatives give it ("Nghệ An").
    province: { vi: province.name, en: province.nameEn },
    commune: { vi: commune.fullName, en: commune.fullNameEn },
  };
}
