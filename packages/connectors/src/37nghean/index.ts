import { createConnector } from '../create-connector.js';
import { NGHEAN37_LAYOUT } from './37nghean-export.js';
import { NGHEAN37_ORDERS } from './37nghean-orders.js';
import { NGHEAN37_STYLE } from './37nghean-render.js';
import { NGHEAN37_RULES } from './37nghean-rules.js';

/** 37nghean.com, Nghệ An's provincial exchange. */
export const nghean37 = createConnector({
  id: '37nghean',
  rules: NGHEAN37_RULES,
  style: NGHEAN37_STYLE,
  layout: NGHEAN37_LAYOUT,
  orders: NGHEAN37_ORDERS,
});
