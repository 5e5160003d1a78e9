import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { ProductGrid } from '../../components/product-card';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';
import { useLanguage, useT } from '../../i18n/use-translation';
import { inLanguage } from '../../lib/localized';
import { pageMeta } from '../../lib/meta';
import { STAR_CHOICES } from '../../lib/ocop';
import { cataloguePage } from './catalogue.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => t('catalogue.heading'));

export async function loader({ request }: LoaderFunctionArgs) {
  return cataloguePage(new URL(request.url));
}

export default function Catalogue() {
  const { filters, products, categories, provinces } = useLoaderData<typeof loader>();
  const t = useT();
  const language = useLanguage();
  return (
    <>
      <h1>{t('catalogue.heading')}</h1>
      {/* A plain GET form: the filters are the URL, with or without JavaScript. */}
      <Form
        method="get"
        key={JSON.stringify(filters)}
        className="filters"
        aria-label={t('catalogue.filters')}
      >
        <div className="field">
          <label htmlFor="filter-category">{t('catalogue.category')}</label>
          <select id="filter-category" name="category" defaultValue={filters.category ?? ''}>
            <option value="">{t('catalogue.any')}</option>
            {categories.map((category) => (
              <option key={category.value} value={category.value}>
                {inLanguage(category.name, language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-stars">{t('catalogue.stars')}</label>
          <select id="filter-stars" name="stars" defaultValue={filters.stars ?? ''}>
            <option value="">{t('catalogue.any')}</option>
            {STAR_CHOICES.map((stars) => (
              <option key={stars} value={stars}>
                {t('catalogue.starsOption', { stars })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-province">{t('catalogue.province')}</label>
          <select id="filter-province" name="province" defaultValue={filters.province ?? ''}>
            <option value="">{t('catalogue.any')}</option>
            {provinces.map((province) => (
              <option key={province.value} value={province.value}>
                {inLanguage(province.name, language)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('catalogue.apply')}
          </button>
          <Link to="/products">{t('catalogue.clear')}</Link>
        </div>
      </Form>
      <p role="status">{t('catalogue.count', { count: products.length })}</p>
      {products.length > 0 ? (
        <ProductGrid products={products} headingLevel={2} />
      ) : (
        <p>{t('catalogue.empty')}</p>
      )}
    </>
  );
}

export const ErrorBoundary = ShopErrorBoundary;
