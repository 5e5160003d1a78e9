import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { recordStorefrontOrder } from '../lib/storefront-sales';

/** A storefront order placed or cancelled: its lines in the sales ledger (idempotent by key). */
export default async function storefrontSales({
  event,
  container,
}: SubscriberArgs<{ id: string }>): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  try {
    const written = await recordStorefrontOrder(container, event.data.id);
    logger.info(
      `[sales] ${event.name} ${event.data.id}: ${written.created} created, ${written.updated} updated`,
    );
  } catch (error) {
    // Logged and rethrown: the event bus records the failure; the order itself stands.
    logger.error(`[sales] ${event.name} ${event.data.id}: ${(error as Error).message}`);
    throw error;
  }
}

export const config: SubscriberConfig = {
  event: ['order.placed', 'order.canceled'],
};
