import { readFileSync } from 'node:fs';

// Vietnam's administrative units after the 2025 reform: 34 provinces and their 3,321 communes
// and wards, two levels (province -> commune), from data/units.json (see scripts/generate.mjs).

/** A commune, ward or special zone (cấp xã). */
export interface Commune {
  code: string;
  name: string;
  nameEn: string;
  fullName: string;
  fullNameEn: string;
  provinceCode: string;
}

/** A province or centrally governed city (cấp tỉnh). */
export interface Province {
  code: string;
  name: string;
  nameEn: string;
  fullName: string;
  fullNameEn: string;
  communes: Commune[];
}

type Row = [string, string, string, string, string];
let cache: { provinces: Province[]; communes: Map<string, Commune> } | undefined;

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const rows = JSON.parse(readFileSync(new URL('../data/units.json', import.meta.url), 'utf8')) as [
    ...Row,
    Row[],
  ][];
  const provinces = rows.map(([code, name, nameEn, fullName, fullNameEn, wards]) => ({
    code,
    name,
    nameEn,
    fullName,
    fullNameEn,
    communes: wards.map(([c, n, ne, fn, fne]) => ({
      code: c,
      name: n,
      nameEn: ne,
      fullName: fn,
      fullNameEn: fne,
      provinceCode: code,
    })),
  }));
  cache = {
    provinces,
    communes: new Map(provinces.flatMap((p) => p.communes.map((c) => [c.code, c]))),
  };
  return cache;
}

/** Every province, in the published order. */
export function provinces(): readonly Province[] {
  return load().provinces;
}

/** A province by its two-digit code (e.g. `40`, Nghệ An). */
export function findProvince(code: string): Province | undefined {
  return load().provinces.find((p) => p.code === code);
}

/** A commune or ward by its five-digit code (e.g. `16681`, Phường Thành Vinh). */
export function findCommune(code: string): Commune | undefined {
  return load().communes.get(code);
}

/** "Phường Thành Vinh, Tỉnh Nghệ An" (or English): commune, then province, as on a letter. */
export function communeLabel(code: string, language: 'vi' | 'en' = 'vi'): string | undefined {
  const commune = findCommune(code);
  const province = commune && findProvince(commune.provinceCode);
  if (!commune || !province) return undefined;
  return language === 'vi'
    ? `${commune.fullName}, ${province.fullName}`
    : `${commune.fullNameEn}, ${province.fullNameEn}`;
}
