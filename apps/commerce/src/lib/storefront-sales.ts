import { createHash } from 'node:crypto';
import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { findCommune } from '@nguongoc/vn-admin-units';
import { SALES_MODULE } from '../modules/sales';
import type SalesModuleService from '../modules/sales/service';
import type { SalesLineInput, SalesWrite } from '../modules/sales/service';

interface OrderForSales {
  id: string;
  display_id: number | null;
  status: string;
  created_at: string | Date;
  shipping_address: { metadata: Record<string, unknown> | null } | null;
  items: {
    id: string;
    product_id: string | null;
    variant_sku: string | null;
    quantity: number;
    total: number;
  }[];
}

/**
 * Writes one storefront order's lines into the sales ledger: one line per order item, keyed
 * `storefront:<order>:<item>`, its amount what the buyer pays for the item (discounts and VAT
 * included), its cooperative the product's. Called when an order is placed or cancelled; the
 * same order twice changes nothing, a cancellation changes the status of its lines.
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
    ],
    filters: { id: orderId },
  });
  const order = data[0] as unknown as OrderForSales | undefined;
  if (!order) throw new Error(`[sales] không tìm thấy đơn ${orderId} / order ${orderId} not found`);

  const productIds = [...new Set(order.items.map((item) => item.product_id).filter(Boolean))];
  const { data: products } = await query.graph({
    entity: 'product',
    fields: ['id', 'cooperative.id'],
    filters: { id: productIds as string[] },
  });
  const cooperativeOf = new Map(
    (products as unknown as { id: string; cooperative?: { id: string } | null }[]).map((p) => [
      p.id,
      p.cooperative?.id,
    ]),
  );
  const communeCode = order.shipping_address?.metadata?.commune_code;
  const commune = typeof communeCode === 'string' ? findCommune(communeCode) : undefined;
  const status = order.status === 'canceled' ? 'cancelled' : 'placed';

  const lines: SalesLineInput[] = [];
  for (const item of order.items) {
    const cooperativeId = item.product_id ? cooperativeOf.get(item.product_id) : undefined;
    if (!cooperativeId) continue;
    const line = {
      key: `storefront:${order.id}:${item.id}`,
      channel: 'storefront',
      order_ref: order.display_id === null ? order.id : String(order.display_id),
      cooperative_id: cooperativeId,
      product_id: item.product_id,
      sku: item.variant_sku ?? '',
      quantity: Number(item.quantity),
      amount_vnd: Math.round(Number(item.total)),
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
