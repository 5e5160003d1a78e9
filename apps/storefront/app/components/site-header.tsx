import { Link, NavLink } from '@remix-run/react';
import { useT } from '../i18n/use-translation';
import { LanguageSwitch } from './language-switch';

export function SiteHeader({ cartCount }: { cartCount: number | null }) {
  const t = useT();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('site.skip')}
      </a>
      <div className="container site-header__inner">
        <Link to="/" className="site-header__logo">
          {t('site.name')}
        </Link>
        <nav aria-label={t('nav.label')} className="site-header__nav">
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
          <NavLink to="/products">{t('nav.products')}</NavLink>
          <NavLink to="/cart">
            {cartCount ? t('nav.cartCount', { count: cartCount }) : t('nav.cart')}
          </NavLink>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
