import { MedusaError } from '@medusajs/framework/utils';
import { type ExchangeId, connectors } from '@nguongoc/connectors';

/** The exchange a route's `:exchange` names, or 404 naming the ones there are. */
export function exchangeOf(parameter: string | undefined): ExchangeId {
  if (parameter && Object.hasOwn(connectors, parameter)) return parameter as ExchangeId;
  const known = Object.keys(connectors).join(', ');
  throw new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không có sàn "${parameter}" (có: ${known}) / no exchange "${parameter}" (there are: ${known})`,
  );
}
