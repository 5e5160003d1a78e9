import type { MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ProductGrid } from '../../components/product-card';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';
import { useLanguage, useT } from '../../i18n/use-translation';
import { inLanguage, placeLabel } from '../../lib/localized';
import { pageMeta } from '../../lib/meta';
import { homePage } from './home.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, () => null);

export async function loader() {
  return homePage();
}

export default function Home() {
  const { featured, cooperatives, places } = useLoaderData<typeof loader>();
  const t = useT();
  const language = useLanguage();
  return (
    <>
      <section className="hero">
        <h1>{t('home.heading')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </section>

      <section aria-labelledby="featured">
        <h2 id="featured">{t('home.featured')}</h2>
        {featured.length > 0 ? <ProductGrid products={featured} /> : <p>{t('home.noProducts')}</p>}
        <p>
          <Link to="/products">{t('home.allProducts')}</Link>
        </p>
      </section>

      <section aria-labelledby="cooperatives">
        <h2 id="cooperatives">{t('home.cooperatives')}</h2>
        {cooperatives.length > 0 ? (
          <ul className="card-list">
            {cooperatives.map((cooperative) => (
              <li key={cooperative.handle} className="card">
                <h3>
                  <Link to={`/cooperatives/${cooperative.handle}`}>{cooperative.name}</Link>
                </h3>
                <p className="muted">{placeLabel(cooperative, language)}</p>
                {cooperative.description ? <p>{cooperative.description}</p> : null}
                <p>{t('cooperative.productCount', { count: cooperative.productCount })}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('home.noCooperatives')}</p>
        )}
      </section>

      {places.length > 0 ? (
        <section aria-labelledby="places">
          <h2 id="places">{t('home.places')}</h2>
          <p>{t('home.placesIntro')}</p>
          <ul className="places">
            {places.map((place) => (
              <li key={place.provinceCode}>
                <strong>{inLanguage(place.province, language)}</strong>
                <ul>
                  {place.communes.map((commune) => (
                    <li key={commune.code}>
                      {inLanguage(commune.name, language)}:{' '}
                      {commune.cooperatives.map((cooperative, index) => (
                        <span key={cooperative.handle}>
                          {index > 0 ? ', ' : null}
                          <Link to={`/cooperatives/${cooperative.handle}`}>{cooperative.name}</Link>
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ShopErrorBoundary;
