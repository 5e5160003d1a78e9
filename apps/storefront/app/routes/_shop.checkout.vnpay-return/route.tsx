import { type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node';
import { Link, useLoaderData, useLocation } from '@remix-run/react';
import { ShopErrorBoundary } from '../../components/shop-error-boundary';
import { usePolling } from '../../components/use-polling';
import type { PlainMessageKey } from '../../i18n';
import { useT } from '../../i18n/use-translation';
import { pageMeta } from '../../lib/meta';
import { vnpayReturn } from './vnpay-return.server';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => t('vnpay.heading'));

export async function loader({ request }: LoaderFunctionArgs) {
  const { result, setCookie } = await vnpayReturn(request);
  return data(result, setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined);
}

const REASONS: Record<string, PlainMessageKey> = {
  '11': 'vnpay.code.11',
  '24': 'vnpay.code.24',
  '51': 'vnpay.code.51',
};

export default function VnpayReturn() {
  const result = useLoaderData<typeof loader>();
  const location = useLocation();
  const t = useT();
  usePolling(result.state === 'pending');
  return (
    <>
      <h1>{t('vnpay.heading')}</h1>
      <div role="status" className={`payment-status payment-status--${result.state}`}>
        {result.state === 'paid' ? (
          <>
            <p className="payment-status__title">{t('vnpay.paid')}</p>
            <p>{t('vnpay.paidHint')}</p>
            <p>
              <Link to={`/orders/${result.orderId}`} className="button button--primary">
                {t('vnpay.viewOrder')}
              </Link>
            </p>
          </>
        ) : result.state === 'pending' ? (
          <>
            <p className="payment-status__title">{t('vnpay.pending')}</p>
            <p>{t('vnpay.pendingHint')}</p>
            <p>
              {result.orderId ? (
                <Link to={`/orders/${result.orderId}`} className="button">
                  {t('vnpay.viewOrder')}
                </Link>
              ) : (
                <Link to={`${location.pathname}${location.search}`} className="button">
                  {t('vnpay.check')}
                </Link>
              )}
            </p>
          </>
        ) : result.state === 'failed' ? (
          <>
            <p className="payment-status__title">{t('vnpay.failed')}</p>
            {result.code ? (
              <p>
                {t('vnpay.failedCode', {
                  reason: t(REASONS[result.code] ?? 'vnpay.code.other'),
                  code: result.code,
                })}
              </p>
            ) : null}
            <p>{t('vnpay.failedHint')}</p>
            <p>
              <Link to="/checkout#payment" className="button">
                {t('vnpay.retry')}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p className="payment-status__title">{t('vnpay.unknown')}</p>
            <p>{t('vnpay.unknownHint')}</p>
          </>
        )}
      </div>
      {result.txnRef ? (
        <p className="muted">{t('vnpay.reference', { txnRef: result.txnRef })}</p>
      ) : null}
    </>
  );
}

export const ErrorBoundary = ShopErrorBoundary;
