import { createHash } from 'node:crypto';
import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { findCommune } from '@nguongoc/vn-admin-units';
import { SALES_MODULE } from '../modules/sales';
import type SalesModuleService from '../modules/sales/service';
import type { SalesLineInput, SalesWrite } from '../modules/sales/service';
import { productFacts } from './pilot/product-facts';
import { storefrontNet } from './pilot/storefront-net';

interface OrderForSales {
  id: string;
  display_id: number | null;
  status: string;
  created_at: string | Date;
  shipping_address: { metadata: Record<string, unknown> | null } | null;
  summary: { refunded_total: number | null } | null;
  items: {
    id: string;
    product_id: string | null;
    variant_sku: string | null;
    quantity: number;
    /** Medusa's total of what is kept: returned units (received or dismissed) are out of it. */
    total: number;
    return_received_total: number | null;
    return_dismissed_total: number | null;
    detail: {
      return_received_quantity: number | null;
      return_dismissed_quantity: number | null;
    } | null;
  }[];
}

/**
 * Writes one storefront order's lines into the sales ledger: one line per order item, keyed
 * `storefront:<order>:<item>`, its amount what the buyer pays for the item (discounts and VAT
 * included), its cooperative the product's. Called when an order is placed, cancelled, has a
 * return received or a payment refunded: the same order twice changes nothing; a cancellation
 * changes the status of its lines and takes them out of the figures, a return or refund lowers
 * what counts of them (`storefrontNet`).
 * Items of products no cooperative sells are left out: they belong to nobody's figures.
 */
export async function recordStorefrontOrder(
  container: MedusaContainer,
  orderId: string,
): Promise<SalesWrite> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: [
      'id',
      'display_id',
      'status',
      'created_at',
      'shipping_address.metadata',
      // Asking for the order's total makes the order module compute the items' totals too.
      'total',
      'items.id',
      'items.product_id',
      'items.variant_sku',
      'items.quantity',
      'items.total',
      'items.detail.return_received_quantity',
      'items.detail.return_dismissed_quantity',
      'items.return_received_total',
      'items.return_dismissed_total',
      'summary.refunded_total',
    ],
    filters: { id: orderId },
  });
  const order = data[0] as unknown as OrderForSales | undefined;
  if (!order) throw new Error(`[sales] không tìm thấy đơn ${orderId} / order ${orderId} not found`);

  const facts = await productFacts(
    container,
    order.items.map((item) => item.product_id).filter((id): id is string => Boolean(id)),
  );
  const communeCode = order.shipping_address?.metadata?.commune_code;
  const commune = typeof communeCode === 'string' ? findCommune(communeCode) : undefined;
  const sold = order.items.filter((item) => item.product_id && facts.has(item.product_id));
  // A return received (or received damaged, "dismissed") takes its units back.
  const returned = (item: OrderForSales['items'][number]) =>
    Number(item.detail?.return_received_quantity ?? 0) +
    Number(item.detail?.return_dismissed_quantity ?? 0);
  // What the item was ordered for: Medusa's total is of the units kept, so the returned ones'
  // share is added back.
  const ordered = (item: OrderForSales['items'][number]) =>
    Math.round(
      Number(item.total) +
        Number(item.return_received_total ?? 0) +
        Number(item.return_dismissed_total ?? 0),
    );
  const status =
    order.status === 'canceled'
      ? 'cancelled'
      : sold.length > 0 && sold.every((item) => returned(item) >= Number(item.quantity))
        ? 'returned'
        : 'placed';
  const net = storefrontNet(
    sold.map((item) => ({
      quantity: Number(item.quantity),
      amount_vnd: ordered(item),
      returned_quantity: returned(item),
    })),
    Number(order.summary?.refunded_total ?? 0),
    status !== 'placed',
  );

  const lines: SalesLineInput[] = [];
  for (const [i, item] of sold.entries()) {
    const fact = facts.get(item.product_id!)!;
    const line = {
      key: `storefront:${order.id}:${item.id}`,
      channel: 'storefront',
      order_ref: order.display_id === null ? order.id : String(order.display_id),
      cooperative_id: fact.cooperative_id,
      household_id: fact.household_id,
      commune_code: fact.commune_code,
      province_code: fact.province_code,
      product_id: item.product_id,
      sku: item.variant_sku ?? '',
      quantity: Number(item.quantity),
      amount_vnd: ordered(item),
      net_quantity: net[i]!.quantity,
      net_amount_vnd: net[i]!.amount_vnd,
      ocop_stars: fact.ocop_stars,
      traceable: fact.traceable,
      buyer_province_code: commune?.provinceCode ?? null,
      buyer_commune_code: commune?.code ?? null,
      ordered_at: new Date(order.created_at),
      status,
    };
    const hash = createHash('sha256').update(JSON.stringify(line)).digest('hex');
    lines.push({ ...line, content_hash: hash });
  }
  return container.resolve<SalesModuleService>(SALES_MODULE).recordLines(lines);
}
