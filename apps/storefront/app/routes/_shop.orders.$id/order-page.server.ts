import { backendFailure, hasStatus, notFound } from '../../commerce/medusa.server';
import { retrieveOrder } from '../../commerce/orders.server';

export async function orderPage(id: string) {
  try {
    return { order: await retrieveOrder(id) };
  } catch (error) {
    if (hasStatus(error, 404)) notFound();
    backendFailure(error, `order ${id}`);
  }
}
