import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { CartTotals } from '../../components/cart-totals';
import { Price } from '../../components/price';
import { ProductImage } from '../../components/product-image';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';
import { useLanguage, useT } from '../../i18n/use-translation';
import { productTitle } from '../../lib/localized';
import { pageMeta } from '../../lib/meta';
import { cartPage, changeCart } from './cart-page.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => t('cart.heading'));

export async function loader({ request }: LoaderFunctionArgs) {
  return cartPage(request);
}

export async function action({ request }: ActionFunctionArgs) {
  const result = await changeCart(request, await request.formData());
  return result.ok ? result : data(result, { status: 400 });
}

export default function CartPage() {
  const { cart } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const language = useLanguage();
  return (
    <>
      <h1>{t('cart.heading')}</h1>
      <div aria-live="polite">
        {result?.ok ? <p className="notice notice--success">{t(result.message)}</p> : null}
        {result && !result.ok ? <p className="notice notice--error">{t(result.error)}</p> : null}
      </div>
      {!cart ? (
        <>
          <p>{t('cart.empty')}</p>
          <p>
            <Link to="/products">{t('cart.continue')}</Link>
          </p>
        </>
      ) : (
        <div className="cart">
          <ul className="cart-lines">
            {cart.lines.map((line) => {
              const title = productTitle(line, language);
              return (
                <li key={line.id} className="cart-line">
                  <ProductImage src={line.thumbnail} alt="" size={72} placeholder="" />
                  <div className="cart-line__main">
                    <p className="cart-line__title">
                      {line.productHandle ? (
                        <Link to={`/products/${line.productHandle}`}>{title}</Link>
                      ) : (
                        title
                      )}
                    </p>
                    <p className="muted">
                      {t('cart.unitPrice')}: <Price amount={line.unitPrice} />
                    </p>
                    <div className="cart-line__forms">
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="line_id" value={line.id} />
                        <label htmlFor={`quantity-${line.id}`}>
                          {t('cart.quantity')}
                          <span className="visually-hidden"> ({title})</span>
                        </label>
                        <input
                          id={`quantity-${line.id}`}
                          name="quantity"
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={99}
                          defaultValue={line.quantity}
                          key={line.quantity}
                          className="input--quantity"
                        />
                        <button type="submit" name="intent" value="update" className="button">
                          {t('cart.update')}
                        </button>
                      </Form>
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="line_id" value={line.id} />
                        <button
                          type="submit"
                          name="intent"
                          value="remove"
                          className="button button--quiet"
                          aria-label={t('cart.removeOf', { title })}
                        >
                          {t('cart.remove')}
                        </button>
                      </Form>
                    </div>
                  </div>
                  <p className="cart-line__total">
                    <span className="visually-hidden">{t('cart.lineTotal')}: </span>
                    <Price amount={line.total} />
                  </p>
                </li>
              );
            })}
          </ul>
          <CartTotals cart={cart} />
          <p className="cart__actions">
            <Link to="/checkout" className="button button--primary">
              {t('cart.checkout')}
            </Link>
          </p>
        </div>
      )}
    </>
  );
}

export const ErrorBoundary = ShopErrorBoundary;
