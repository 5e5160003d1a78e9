import { createConnector } from '../create-connector.js';
import { VOSO_LAYOUT } from './voso-export.js';
import { VOSO_ORDERS } from './voso-orders.js';
import { VOSO_STYLE } from './voso-render.js';
import { VOSO_RULES } from './voso-rules.js';

/** VoSo.vn, Viettel Post's exchange. */
export const voso = createConnector({
  id: 'voso',
  rules: VOSO_RULES,
  style: VOSO_STYLE,
  layout: VOSO_LAYOUT,
  orders: VOSO_ORDERS,
});
