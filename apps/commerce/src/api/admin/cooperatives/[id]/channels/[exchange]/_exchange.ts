import { MedusaError } from '@medusajs/framework/utils';
import { EXCHANGE_IDS } from '@nguongoc/connectors';
import { type ExchangeId, exchangeId } from '@nguongoc/contracts';

/** The exchange a route's `:exchange` names, or 404 naming the ones there are. */
export function exchangeOf(parameter: string | undefined): ExchangeId {
  const known = exchangeId.safeParse(parameter);
  if (known.success) return known.data;
  const names = EXCHANGE_IDS.join(', ');
  throw new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không có sàn "${parameter}" (có: ${names}) / no exchange "${parameter}" (there are: ${names})`,
  );
}
