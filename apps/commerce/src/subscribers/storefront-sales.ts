import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { recordStorefrontOrderWorkflow } from '../workflows/sales/record-storefront-order';

/**
 * A storefront order placed, cancelled, with a return received, a payment captured (the cash of
 * a COD order received: from then on the order counts, ADR 033) or refunded: its lines in the
 * sales ledger, idempotent by key (`order.*` events carry the order, `payment.*` the payment,
 * whose order is found through its payment collection).
 */
export default async function storefrontSales({
  event,
  container,
}: SubscriberArgs<{ id?: string; order_id?: string }>): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  try {
    const orderId = await orderOf(container, event.name, event.data);
    if (!orderId) return;
    const { result: written } = await recordStorefrontOrderWorkflow(container).run({
      input: { order_id: orderId },
    });
    logger.info(
      `[sales] ${event.name} ${orderId}: ${written.created} created, ${written.updated} updated`,
    );
  } catch (error) {
    // Logged and rethrown: the event bus records the failure; the order itself stands.
    logger.error(
      `[sales] ${event.name} ${JSON.stringify(event.data)}: ${(error as Error).message}`,
    );
    throw error;
  }
}

async function orderOf(
  container: SubscriberArgs<unknown>['container'],
  name: string,
  data: { id?: string; order_id?: string },
): Promise<string | undefined> {
  if (name === 'order.return_received') return data.order_id;
  if (name !== 'payment.refunded' && name !== 'payment.captured') return data.id;
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data: payments } = await query.graph({
    entity: 'payment',
    fields: ['id', 'payment_collection.order.id'],
    filters: { id: data.id! },
  });
  return payments[0]?.payment_collection?.order?.id;
}

export const config: SubscriberConfig = {
  event: [
    'order.placed',
    'order.canceled',
    'order.return_received',
    'payment.captured',
    'payment.refunded',
  ],
};
