import { createHash } from 'node:crypto';
import type { RemoteQueryEntryPoints } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import { readAddressMetadata } from '@nguongoc/contracts';
import { findCommune } from '@nguongoc/vn-admin-units';
import { AWAITING_PAYMENT, type SalesLineInput } from '../../../modules/sales/service';
import { productFacts } from '../../../modules/sales/product-facts';
import { storefrontNet, storefrontOrderPaid } from '@nguongoc/pilot-report';

type GraphOrder = RemoteQueryEntryPoints['order'];

/**
 * An order item as Medusa's generated type has it, with the totals of its returned units, which
 * the order module computes but the generated type does not list.
 */
type GraphItem = NonNullable<NonNullable<GraphOrder['items']>[number]> & {
  return_received_total?: number | null;
  return_dismissed_total?: number | null;
};

/**
 * One storefront order's lines for the sales ledger: one line per order item, keyed
 * `storefront:<order>:<item>`, its amount what the buyer pays for the item (discounts and VAT
 * included), its cooperative the product's. An order not yet paid (cash on delivery whose cash
 * is not recorded) has the status `awaiting_payment` and is in no figure but its own (ADR 033).
 * A cancelled order's lines say so and count nothing;
 * a return or refund lowers what counts of them (`storefrontNet`). Items of products no
 * cooperative sells are left out: they belong to nobody's figures. Reads only.
 */
export const storefrontOrderLinesStep = createStep(
  'storefront-order-sales-lines',
  async (orderId: string, { container }) => {
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
        'payment_collections.payments.captured_at',
        'payment_collections.payments.canceled_at',
      ],
      filters: { id: orderId },
    });
    const order = data[0];
    if (!order)
      throw new Error(`[sales] không tìm thấy đơn ${orderId} / order ${orderId} not found`);
    const items: GraphItem[] = (order.items ?? []).filter((item) => item !== null);

    const facts = await productFacts(
      container,
      items.map((item) => item.product_id).filter((id): id is string => Boolean(id)),
    );
    const communeCode = readAddressMetadata(order.shipping_address?.metadata).commune_code;
    const commune = communeCode === undefined ? undefined : findCommune(communeCode);
    const sold = items.filter((item) => item.product_id && facts.has(item.product_id));
    // A return received (or received damaged, "dismissed") takes its units back.
    const returned = (item: GraphItem) =>
      Number(item.detail?.return_received_quantity ?? 0) +
      Number(item.detail?.return_dismissed_quantity ?? 0);
    // What the item was ordered for: Medusa's total is of the units kept, so the returned ones'
    // share is added back.
    const ordered = (item: GraphItem) =>
      Math.round(
        Number(item.total) +
          Number(item.return_received_total ?? 0) +
          Number(item.return_dismissed_total ?? 0),
      );
    // An order counts once paid (ADR 033): cash on delivery only when its cash is recorded.
    const paid = storefrontOrderPaid(
      (order.payment_collections ?? [])
        .flatMap((collection) => collection?.payments ?? [])
        .filter((payment) => payment !== null),
    );
    const status =
      order.status === 'canceled'
        ? 'cancelled'
        : sold.length > 0 && sold.every((item) => returned(item) >= Number(item.quantity))
          ? 'returned'
          : paid
            ? 'placed'
            : AWAITING_PAYMENT;
    const net = storefrontNet(
      sold.map((item) => ({
        quantity: Number(item.quantity),
        amount_vnd: ordered(item),
        returned_quantity: returned(item),
      })),
      Number(order.summary?.refunded_total ?? 0),
      status === 'cancelled' || status === 'returned',
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
    return new StepResponse(lines);
  },
);
