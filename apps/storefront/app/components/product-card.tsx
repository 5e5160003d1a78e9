import { Link } from '@remix-run/react';
import type { ProductSummary } from '../commerce/types';
import { useLanguage, useT } from '../i18n/use-translation';
import { placeLabel, productTitle } from '../lib/localized';
import { OcopStars } from './ocop-stars';
import { Price } from './price';
import { ProductImage } from './product-image';

export function ProductCard({
  product,
  eager,
  headingLevel = 3,
}: {
  product: ProductSummary;
  eager?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const language = useLanguage();
  const t = useT();
  const title = productTitle(product, language);
  return (
    <article className="product-card">
      <ProductImage
        src={product.thumbnail}
        alt=""
        size={320}
        placeholder={t('product.noImage')}
        eager={eager ?? false}
      />
      <Heading className="product-card__title">
        <Link to={`/products/${product.handle}`}>{title}</Link>
      </Heading>
      <OcopStars stars={product.ocopStars} />
      {product.cooperative ? (
        <p className="product-card__origin">
          {product.cooperative.name}
          <br />
          <span className="muted">{placeLabel(product.cooperative, language)}</span>
        </p>
      ) : null}
      <Price amount={product.price} />
    </article>
  );
}

/** Cards under the page's h1 take h2 (`headingLevel={2}`), under a section's h2 take h3. */
export function ProductGrid({
  products,
  headingLevel = 3,
}: {
  products: readonly ProductSummary[];
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} eager={index < 4} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
