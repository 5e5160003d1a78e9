import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { OcopStars } from '../../components/ocop-stars';
import { Price } from '../../components/price';
import { ProductImage } from '../../components/product-image';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';
import { TraceSummary } from '../../components/trace-summary';
import { useLanguage, useT } from '../../i18n/use-translation';
import { placeLabel, productTitle } from '../../lib/localized';
import { languageOfMatches, pageMeta } from '../../lib/meta';
import { ocopDay } from '../../lib/ocop';
import { addFromForm, productPage } from './product.server';

export const meta: MetaFunction<typeof loader> = ({ data: page, matches }) =>
  pageMeta(matches, () => (page ? productTitle(page.product, languageOfMatches(matches)) : null));

export async function loader({ params }: LoaderFunctionArgs) {
  return productPage(params.handle ?? '');
}

export async function action({ request }: ActionFunctionArgs) {
  const result = await addFromForm(request, await request.formData());
  if (!result.ok) return data({ added: null, error: result.error }, { status: 400 });
  return data(
    { added: result.quantity, error: null },
    result.setCookie ? { headers: { 'Set-Cookie': result.setCookie } } : undefined,
  );
}

export default function ProductPage() {
  const { product, newestLot } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const adding = useNavigation().state === 'submitting';
  const t = useT();
  const language = useLanguage();
  const title = productTitle(product, language);
  const [first, ...more] = product.images.length > 0 ? product.images : [product.thumbnail];
  const variant = product.variants[0];

  return (
    <article className="product">
      <div className="product__gallery">
        <ProductImage
          src={first ?? null}
          alt={title}
          size={600}
          placeholder={t('product.noImage')}
          eager
        />
        {more.length > 0 ? (
          <ul className="product__thumbnails">
            {more.map((src, index) =>
              src ? (
                <li key={src}>
                  <a href={src}>
                    <ProductImage
                      src={src}
                      alt={`${title} (${index + 2})`}
                      size={96}
                      placeholder=""
                    />
                  </a>
                </li>
              ) : null,
            )}
          </ul>
        ) : null}
      </div>

      <div className="product__info">
        <h1>{title}</h1>
        <OcopStars stars={product.ocopStars} />
        {product.ocop?.status === 'expired' ? (
          <p className="muted ocop-expired">
            {t('ocop.expired', { date: ocopDay(product.ocop.expires_on) })}
          </p>
        ) : product.ocop ? (
          <p className="muted">{t('ocop.decision', { decision: product.ocop.decision_number })}</p>
        ) : null}
        <p>
          <Price amount={variant?.price ?? product.price} className="price price--large" />
        </p>

        {variant ? (
          <Form method="post" className="add-to-cart">
            {product.variants.length > 1 ? (
              <div className="field">
                <label htmlFor="variant">{t('product.variant')}</label>
                <select id="variant" name="variant_id" defaultValue={variant.id}>
                  {product.variants.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.title}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <input type="hidden" name="variant_id" value={variant.id} />
            )}
            <div className="field field--inline">
              <label htmlFor="quantity">{t('product.quantity')}</label>
              <input
                id="quantity"
                name="quantity"
                type="number"
                inputMode="numeric"
                min={1}
                max={99}
                defaultValue={1}
                required
              />
            </div>
            <button type="submit" className="button button--primary" disabled={adding}>
              {adding ? t('product.adding') : t('product.addToCart')}
            </button>
          </Form>
        ) : null}
        <div aria-live="polite">
          {result?.added ? (
            <p className="notice notice--success">
              {t('product.added', { quantity: result.added })}{' '}
              <Link to="/cart">{t('product.viewCart')}</Link>
            </p>
          ) : null}
          {result?.error ? <p className="notice notice--error">{t(result.error)}</p> : null}
        </div>

        <h2>{t('product.details')}</h2>
        <dl className="facts">
          {product.cooperative ? (
            <>
              <dt>{t('product.cooperative')}</dt>
              <dd>
                <Link to={`/cooperatives/${product.cooperative.handle}`}>
                  {product.cooperative.name}
                </Link>
                <br />
                <span className="muted">{placeLabel(product.cooperative, language)}</span>
              </dd>
            </>
          ) : null}
          {product.origin ? (
            <>
              <dt>{t('product.origin')}</dt>
              <dd>{product.origin}</dd>
            </>
          ) : null}
          {product.plantingArea ? (
            <>
              <dt>{t('product.plantingArea')}</dt>
              <dd>
                {product.plantingArea.name} <code>{product.plantingArea.code}</code>
              </dd>
            </>
          ) : null}
        </dl>
        {product.description ? <p lang="vi">{product.description}</p> : null}

        <TraceSummary lot={newestLot} />
      </div>
    </article>
  );
}

export const ErrorBoundary = ShopErrorBoundary;
