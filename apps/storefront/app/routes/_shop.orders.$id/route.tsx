import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { formatDateTime } from '@nguongoc/vn-locale';
import { paymentStatusMessage } from '../../commerce/payment-status';
import { CartTotals } from '../../components/cart-totals';
import { Price } from '../../components/price';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';
import { usePolling } from '../../components/use-polling';
import { useLanguage, useT } from '../../i18n/use-translation';
import { placeLabel, productTitle } from '../../lib/localized';
import { pageMeta } from '../../lib/meta';
import { orderPage } from './order-page.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => t('order.heading'));

export async function loader({ params }: LoaderFunctionArgs) {
  return orderPage(params.id ?? '');
}

export default function OrderPage() {
  const { order } = useLoaderData<typeof loader>();
  const t = useT();
  const language = useLanguage();
  const status = paymentStatusMessage(order.payment);
  usePolling(status === 'order.status.vnpayPending');
  return (
    <>
      <h1>{t('order.heading')}</h1>
      <p className="lead">
        {t('order.number', { number: order.displayId ?? order.id })}
        {order.createdAt ? (
          <>
            {' · '}
            {t('order.placedOn', { date: formatDateTime(order.createdAt, language) })}
          </>
        ) : null}
      </p>

      <section aria-labelledby="payment-heading" className="step">
        <h2 id="payment-heading">{t('order.payment')}</h2>
        <p className={`payment-status payment-status--${status.split('.').pop()}`} role="status">
          {t(status)}
        </p>
        {status === 'order.status.vnpayPending' ? (
          <p className="muted">{t('order.pendingHint')}</p>
        ) : null}
      </section>

      <section aria-labelledby="items-heading" className="step">
        <h2 id="items-heading">{t('order.items')}</h2>
        <ul className="summary-lines">
          {order.lines.map((line) => (
            <li key={line.id}>
              <span>
                {productTitle(line, language)} × {line.quantity}
              </span>
              <Price amount={line.total} />
            </li>
          ))}
        </ul>
        <CartTotals cart={{ totals: order.totals, hasShipping: true }} />
      </section>

      {order.address ? (
        <section aria-labelledby="address-heading" className="step">
          <h2 id="address-heading">{t('order.shipTo')}</h2>
          <address>
            {order.address.name}
            <br />
            {order.address.phone}
            {order.email ? (
              <>
                <br />
                {order.email}
              </>
            ) : null}
            <br />
            {order.address.line}
            <br />
            {placeLabel(order.address, language)}
          </address>
        </section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ShopErrorBoundary;
