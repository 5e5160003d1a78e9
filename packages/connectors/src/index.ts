// Public surface of @nguongoc/connectors: the interface, the three adapters, the shared pieces a
// channel module needs (delta hashes, order diff, the product feed), and the rules as data. The
// exchanges' names and colours alone are also at `@nguongoc/connectors/exchanges`, for pages.
import { nghean37 } from './37nghean/index.js';
import { postmart } from './postmart/index.js';
import type { ExchangeConnector, ExchangeId } from './types.js';
import { voso } from './voso/index.js';

export type * from './types.js';
export { ConnectorError, type FileLocation } from './errors.js';
export {
  ATTRIBUTE_NAMES,
  RULE_NAMES,
  type AttributeName,
  type CategoryNode,
  type ExchangeRules,
  type Rule,
} from './rules/rule-types.js';
export { CATEGORY_KEYS, type CategoryKey } from './rules/category-keys.js';
export {
  ATTRIBUTE_WORDS,
  FINDING_WORDS,
  PRODUCT_FIELDS,
  type FindingWords,
  type ProductField,
} from './rules/finding-words.js';
export { titleHasNet } from './render/title-net.js';
export { categoryPaths } from './render/category.js';
export { listingPayloadHash, changedSince } from './export/payload-hash.js';
export { diffOrders, type OrderDiff } from './orders/order-diff.js';
export {
  ProductFeedTransport,
  PRODUCT_FEED_FORMAT,
  feedItems,
  type FeedItem,
  type ProductFeedOptions,
} from './push/product-feed.js';
export { traceQrPng } from './render/trace-qr.js';
export { parseVnd } from './money.js';
export {
  CHANNEL_COLOURS,
  EXCHANGE_IDS,
  EXCHANGE_NAMES,
  SALES_CHANNELS,
  channelName,
  exchangeFullName,
  exchangePublicName,
  type ExchangeNames,
  type SalesChannel,
} from './exchanges.js';
export { nghean37, postmart, voso };

/** Every adapter, by exchange id. */
export const connectors: Readonly<Record<ExchangeId, ExchangeConnector>> = {
  postmart,
  voso,
  '37nghean': nghean37,
};
