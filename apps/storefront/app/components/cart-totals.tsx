import type { CartTotals as Totals } from '../commerce/types';
import { useT } from '../i18n/use-translation';
import { Price } from './price';

export function CartTotals({ cart }: { cart: { totals: Totals; hasShipping: boolean } }) {
  const t = useT();
  return (
    <dl className="totals">
      <dt>{t('cart.subtotal')}</dt>
      <dd>
        <Price amount={cart.totals.items} />
      </dd>
      <dt>{t('cart.shipping')}</dt>
      <dd>
        {cart.hasShipping ? <Price amount={cart.totals.shipping} /> : t('cart.shippingLater')}
      </dd>
      <dt className="totals__total">{t('cart.total')}</dt>
      <dd className="totals__total">
        <Price amount={cart.totals.total} />
      </dd>
      <dt className="muted">{t('cart.tax')}</dt>
      <dd className="muted">
        <Price amount={cart.totals.tax} />
      </dd>
    </dl>
  );
}
