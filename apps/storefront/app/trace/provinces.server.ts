import { provinces } from '@nguongoc/vn-admin-units';
import type { Language } from '../i18n';

/** The 34 provinces a buyer may choose to share with a scan, by code, named in `language`. */
export function provinceChoices(language: Language): { code: string; name: string }[] {
  return provinces().map((province) => ({
    code: province.code,
    name: language === 'en' ? province.nameEn : province.name,
  }));
}
