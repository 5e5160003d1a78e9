import { createConnector } from '../create-connector.js';
import { POSTMART_LAYOUT } from './postmart-export.js';
import { POSTMART_ORDERS } from './postmart-orders.js';
import { POSTMART_STYLE } from './postmart-render.js';
import { POSTMART_RULES } from './postmart-rules.js';

/** PostMart.vn, Vietnam Post's exchange. */
export const postmart = createConnector({
  id: 'postmart',
  rules: POSTMART_RULES,
  style: POSTMART_STYLE,
  layout: POSTMART_LAYOUT,
  orders: POSTMART_ORDERS,
});
