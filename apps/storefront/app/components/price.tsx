import { formatVnd } from '@nguongoc/vn-locale';
import { useT } from '../i18n/use-translation';

export function Price({ amount, className }: { amount: number | null; className?: string }) {
  const t = useT();
  return (
    <span className={className ?? 'price'}>
      {amount === null ? t('product.priceUnavailable') : formatVnd(amount)}
    </span>
  );
}
