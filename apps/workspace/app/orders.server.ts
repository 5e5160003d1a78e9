// The cooperative's orders from every channel, read from its sales ledger (`GET /coop/sales`,
// one line per order item, newest first) and put back together as orders; and the cash of a
// cash-on-delivery order recorded as received.
import { backendJson } from './backend.server';
import type { SignedIn } from './session.server';

/** A line of `GET /coop/sales` (the sales ledger's `sales_line`), the fields shown here. */
interface SalesLine {
  id: string;
  /** `storefront:<Medusa order ID>:<line item>` for the shop's orders. */
  key: string;
  channel: string;
  order_ref: string;
  sku: string;
  quantity: number;
  amount_vnd: number | string;
  status: string;
  ordered_at: string;
}

export interface CooperativeOrder {
  /** The order's number as its channel shows it (the storefront's display number). */
  ref: string;
  /** The Medusa order ID of a storefront order (what recording its cash names), else null. */
  id: string | null;
  channel: string;
  ordered_at: string;
  total_vnd: number;
  /** The lines' statuses, each once (one in practice). */
  statuses: string[];
  items: { sku: string; quantity: number }[];
  /** A storefront order paid cash on delivery whose cash is not yet recorded. */
  awaiting_cash: boolean;
}

/** The newest orders (from the newest 500 lines), newest first. */
export async function cooperativeOrders(
  request: Request,
  account: SignedIn,
): Promise<CooperativeOrder[]> {
  const { lines } = await backendJson<{ lines: SalesLine[] }>(
    request,
    account,
    '/coop/sales?limit=500',
  );
  const orders = new Map<string, CooperativeOrder>();
  for (const line of lines) {
    const key = `${line.channel}:${line.order_ref}`;
    const order = orders.get(key) ?? {
      ref: line.order_ref,
      id: line.channel === 'storefront' ? (line.key.split(':')[1] ?? null) : null,
      channel: line.channel,
      ordered_at: line.ordered_at,
      total_vnd: 0,
      statuses: [],
      items: [],
      awaiting_cash: false,
    };
    order.total_vnd += Number(line.amount_vnd);
    if (!order.statuses.includes(line.status)) order.statuses.push(line.status);
    order.items.push({ sku: line.sku, quantity: line.quantity });
    order.awaiting_cash ||= line.channel === 'storefront' && line.status === 'awaiting_payment';
    orders.set(key, order);
  }
  return [...orders.values()].sort((a, b) => b.ordered_at.localeCompare(a.ordered_at));
}

/** Records that the courier handed over the cash of order `orderId`. */
export function recordCashReceived(request: Request, account: SignedIn, orderId: string) {
  return backendJson<{ already_recorded: boolean }>(
    request,
    account,
    `/coop/orders/${encodeURIComponent(orderId)}/cod-received`,
    { method: 'POST' },
  );
}
