// A plain link to the same page with `?lang=`: the root loader sets the `lang` cookie from it.
import { Link, useLocation } from '@remix-run/react';
import { otherLanguage } from '../i18n';
import { useLanguage, useT } from '../i18n/use-translation';

export function LanguageSwitch() {
  const location = useLocation();
  const other = otherLanguage(useLanguage());
  const t = useT();
  const search = new URLSearchParams(location.search);
  search.set('lang', other);
  return (
    <Link
      className="language-switch"
      to={{ pathname: location.pathname, search: `?${search}` }}
      hrefLang={other}
      preventScrollReset
    >
      <span className="visually-hidden">{t('language.otherName')}: </span>
      <span lang={other}>{t('language.other')}</span>
    </Link>
  );
}
