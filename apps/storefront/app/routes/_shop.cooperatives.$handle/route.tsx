import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { ProductGrid } from '../../components/product-card';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';
import { useLanguage, useT } from '../../i18n/use-translation';
import { placeLabel } from '../../lib/localized';
import { pageMeta } from '../../lib/meta';
import { cooperativePage } from './cooperative-page.server';

export const meta: MetaFunction<typeof loader> = ({ data: page, matches }) =>
  pageMeta(matches, () => page?.cooperative.name ?? null);

export async function loader({ params }: LoaderFunctionArgs) {
  return cooperativePage(params.handle ?? '');
}

export default function CooperativePage() {
  const { cooperative, products } = useLoaderData<typeof loader>();
  const t = useT();
  const language = useLanguage();
  return (
    <>
      <h1>{cooperative.name}</h1>
      <dl className="facts">
        <dt>{t('cooperative.location')}</dt>
        <dd>{placeLabel(cooperative, language)}</dd>
      </dl>
      {cooperative.description ? (
        <p className="lead" lang="vi">
          {cooperative.description}
        </p>
      ) : null}
      <section aria-labelledby="cooperative-products">
        <h2 id="cooperative-products">{t('cooperative.products')}</h2>
        {products.length > 0 ? (
          <ProductGrid products={products} />
        ) : (
          <p>{t('cooperative.noProducts')}</p>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = ShopErrorBoundary;
