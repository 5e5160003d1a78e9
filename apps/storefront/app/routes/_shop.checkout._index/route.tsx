import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useFetcher, useLoaderData, useNavigation } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { CartTotals } from '../../components/cart-totals';
import { Field } from '../../components/field';
import { Price } from '../../components/price';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';
import { useLanguage, useT } from '../../i18n/use-translation';
import { inLanguage, productTitle } from '../../lib/localized';
import { pageMeta } from '../../lib/meta';
import { checkoutAction, checkoutPage } from './checkout-page.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => t('checkout.heading'));

export async function loader({ request }: LoaderFunctionArgs) {
  return checkoutPage(request);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const outcome = await checkoutAction(request, await request.formData(), context.clientIp);
  if ('redirect' in outcome) {
    throw redirect(
      outcome.redirect,
      outcome.setCookie ? { headers: { 'Set-Cookie': outcome.setCookie } } : undefined,
    );
  }
  return data(outcome.result, { status: outcome.status });
}

/** True once React runs in the browser (the "load communes" button is then not needed). */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export default function Checkout() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const provinceFetcher = useFetcher<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const hydrated = useHydrated();
  const t = useT();
  const language = useLanguage();

  const posted = result?.values ? result : undefined;
  const values = posted?.values ?? page.values;
  const province = provinceFetcher.data?.values?.province ?? values.province;
  const communes = provinceFetcher.data?.communes ?? posted?.communes ?? page.communes;
  const errors = result?.errors ?? {};
  const errorEntries = Object.entries(errors).filter(([, message]) => message);
  const canPay = page.addressDone && page.shippingOptionId !== null;

  return (
    <>
      <h1>{t('checkout.heading')}</h1>
      {errorEntries.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <p>{t('checkout.errorSummary')}</p>
          <ul>
            {errorEntries.map(([field, message]) => (
              <li key={field}>
                <a href={`#${field}`}>{message ? t(message) : null}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result?.error ? (
        <p className="notice notice--error" role="alert">
          {t(result.error)}
        </p>
      ) : null}
      {page.saved === 'address' ? (
        <p className="notice notice--success">{t('checkout.addressSaved')}</p>
      ) : null}
      {page.saved === 'shipping' ? (
        <p className="notice notice--success">{t('checkout.shippingSaved')}</p>
      ) : null}

      <div className="checkout">
        <div className="checkout__steps">
          <section aria-labelledby="contact-heading" className="step">
            <h2 id="contact-heading">{t('checkout.contact')}</h2>
            <Form method="post" noValidate>
              <Field id="email" label={t('checkout.email')} error={errors.email}>
                <input
                  type="email"
                  name="email"
                  autoComplete="email"
                  defaultValue={values.email}
                  required
                />
              </Field>
              <Field id="phone" label={t('checkout.phone')} error={errors.phone}>
                <input
                  type="tel"
                  name="phone"
                  autoComplete="tel"
                  inputMode="tel"
                  defaultValue={values.phone}
                  required
                />
              </Field>
              <Field id="name" label={t('checkout.name')} error={errors.name}>
                <input
                  type="text"
                  name="name"
                  autoComplete="name"
                  defaultValue={values.name}
                  required
                />
              </Field>
              <Field id="province" label={t('checkout.province')} error={errors.province}>
                <select
                  name="province"
                  defaultValue={province}
                  required
                  onChange={(event) => {
                    // With JavaScript the commune list follows the province in place.
                    const form = new FormData(event.currentTarget.form ?? undefined);
                    form.set('intent', 'province');
                    provinceFetcher.submit(form, { method: 'post' });
                  }}
                >
                  <option value="">{t('checkout.chooseProvince')}</option>
                  {page.provinces.map((option) => (
                    <option key={option.code} value={option.code}>
                      {inLanguage(option.name, language)}
                    </option>
                  ))}
                </select>
              </Field>
              {hydrated ? null : (
                <p>
                  <button type="submit" name="intent" value="province" className="button">
                    {t('checkout.loadCommunes')}
                  </button>
                </p>
              )}
              <Field
                id="commune"
                label={t('checkout.commune')}
                error={errors.commune}
                hint={communes.length === 0 ? t('checkout.provinceFirst') : undefined}
              >
                <select
                  name="commune"
                  key={province}
                  defaultValue={province === values.province ? values.commune : ''}
                  disabled={communes.length === 0}
                  required
                >
                  <option value="">{t('checkout.chooseCommune')}</option>
                  {communes.map((option) => (
                    <option key={option.code} value={option.code}>
                      {inLanguage(option.name, language)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="address" label={t('checkout.address')} error={errors.address}>
                <input
                  type="text"
                  name="address"
                  autoComplete="address-line1"
                  defaultValue={values.address}
                  required
                />
              </Field>
              <button
                type="submit"
                name="intent"
                value="address"
                className="button button--primary"
                disabled={submitting}
              >
                {t('checkout.saveAddress')}
              </button>
            </Form>
          </section>

          <section aria-labelledby="shipping-heading" className="step" id="shipping">
            <h2 id="shipping-heading">{t('checkout.shipping')}</h2>
            {!page.addressDone ? (
              <p className="muted">{t('checkout.shippingAfterAddress')}</p>
            ) : page.shipping.length === 0 ? (
              <p>{t('checkout.noShipping')}</p>
            ) : (
              <Form method="post">
                <input type="hidden" name="intent" value="shipping" />
                <fieldset
                  className="choices"
                  aria-describedby={errors.shipping ? 'shipping-error' : undefined}
                >
                  <legend className="visually-hidden">{t('checkout.shipping')}</legend>
                  {page.shipping.map((option) => (
                    <label key={option.id} className="choice">
                      <input
                        type="radio"
                        name="shipping_option"
                        value={option.id}
                        defaultChecked={option.id === page.shippingOptionId}
                        required
                      />
                      <strong>{option.name}</strong>
                      {option.description ? (
                        <span className="muted">{inLanguage(option.description, language)}</span>
                      ) : null}
                      <Price amount={option.amount} />
                    </label>
                  ))}
                  {errors.shipping ? (
                    <p id="shipping-error" className="field__error">
                      {t(errors.shipping)}
                    </p>
                  ) : null}
                </fieldset>
                <button type="submit" className="button" disabled={submitting}>
                  {t('checkout.saveShipping')}
                </button>
              </Form>
            )}
          </section>

          <section aria-labelledby="payment-heading" className="step" id="payment">
            <h2 id="payment-heading">{t('checkout.payment')}</h2>
            {!canPay ? (
              <p className="muted">{t('checkout.paymentAfterShipping')}</p>
            ) : (
              <Form method="post">
                <input type="hidden" name="intent" value="pay" />
                <fieldset
                  className="choices"
                  aria-describedby={errors.payment ? 'payment-error' : undefined}
                >
                  <legend className="visually-hidden">{t('checkout.payment')}</legend>
                  {page.payments.map((choice, index) => (
                    <label key={choice} className="choice">
                      <input
                        type="radio"
                        name="payment"
                        value={choice}
                        defaultChecked={index === 0}
                        required
                      />
                      <strong>{t(choice === 'cod' ? 'checkout.cod' : 'checkout.vnpay')}</strong>
                      <span className="muted">
                        {t(choice === 'cod' ? 'checkout.codHint' : 'checkout.vnpayHint')}
                      </span>
                    </label>
                  ))}
                  {errors.payment ? (
                    <p id="payment-error" className="field__error">
                      {t(errors.payment)}
                    </p>
                  ) : null}
                </fieldset>
                <button type="submit" className="button button--primary" disabled={submitting}>
                  {t('checkout.placeOrder')}
                </button>
              </Form>
            )}
          </section>
        </div>

        <aside className="checkout__summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('checkout.summary')}</h2>
          <ul className="summary-lines">
            {page.summary.lines.map((line) => (
              <li key={line.id}>
                <span>
                  {productTitle(line, language)} × {line.quantity}
                </span>
                <Price amount={line.total} />
              </li>
            ))}
          </ul>
          <CartTotals cart={page.summary} />
        </aside>
      </div>
    </>
  );
}

export const ErrorBoundary = ShopErrorBoundary;
