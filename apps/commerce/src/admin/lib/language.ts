import type { Language } from '@nguongoc/vn-locale';
import { useTranslation } from 'react-i18next';

/** The dashboard's language as NguonGoc's data has it: Vietnamese, or else English. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('vi') ? 'vi' : 'en';
}
