import { useT } from '../i18n/use-translation';

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__name">{t('site.name')}</p>
        <p>{t('footer.about')}</p>
        <p>{t('footer.trace')}</p>
        <p>{t('footer.payments')}</p>
      </div>
    </footer>
  );
}
