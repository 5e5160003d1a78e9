import { EXCHANGE_IDS, SALES_CHANNELS } from '@nguongoc/connectors/exchanges';
import { z } from 'zod';

// The lists are the connectors' (one copy, ADR 028); here only their schemas. The subpath is
// pure data, so this loads none of the connectors' writers.
export { EXCHANGE_IDS, SALES_CHANNELS };

/** An exchange (sàn thương mại điện tử) that NguonGoc exports to and imports orders from. */
export const exchangeId = z.enum(EXCHANGE_IDS);
export type ExchangeId = z.infer<typeof exchangeId>;

/** Where a pilot's sale comes from: the shop itself or one of the exchanges. */
export const salesChannel = z.enum(SALES_CHANNELS);
export type SalesChannel = z.infer<typeof salesChannel>;
