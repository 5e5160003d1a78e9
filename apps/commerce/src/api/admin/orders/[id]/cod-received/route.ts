import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { capturePaymentWorkflow } from '@medusajs/medusa/core-flows';
import { callerOf } from '#api/_scope/caller';

/** Medusa's system payment provider: how the store takes cash on delivery (COD). */
export const COD_PROVIDER = 'pp_system_default';

/**
 * POST /admin/orders/:id/cod-received (the operator) and POST /coop/orders/:id/cod-received (a
 * cooperative's manager or staff, for an order whose every item is their cooperative's): the
 * courier handed over the cash of a COD order, so its payment is captured for the amount
 * authorised. Repeating it changes nothing (200, the same payment); an order paid another way is
 * refused. An order with nothing of the member's cooperative is, for them, not found.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: [
      'id',
      'total',
      'items.product_id',
      'payment_collections.payments.id',
      'payment_collections.payments.provider_id',
      'payment_collections.payments.amount',
      'payment_collections.payments.captured_at',
      'payment_collections.payments.canceled_at',
    ],
    filters: { id: req.params.id! },
  });
  const order = data[0];
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không tìm thấy đơn hàng ${req.params.id} / order ${req.params.id} not found`,
  );
  if (!order) throw notFound;
  const caller = await callerOf(req);
  if (caller.kind !== 'operator') {
    const productIds = (order.items ?? []).flatMap((item) =>
      item?.product_id ? [item.product_id] : [],
    );
    const { data: products } = await query.graph({
      entity: 'product',
      fields: ['id', 'cooperative.id'],
      filters: { id: productIds },
    });
    const own = products.filter(
      (product) =>
        caller.kind === 'member' && product.cooperative?.id === caller.member.cooperative_id,
    );
    if (own.length === 0) throw notFound;
    if (own.length < new Set(productIds).size) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Đơn ${order.id} có hàng của hợp tác xã khác: chỉ quản trị viên ghi nhận được tiền / order ${order.id} holds another cooperative's goods: only the operator can record its cash`,
      );
    }
  }
  const payments = (order.payment_collections ?? [])
    .flatMap((c) => c?.payments ?? [])
    .filter((p) => p !== null);
  const cod = payments.find((p) => p.provider_id === COD_PROVIDER && !p.canceled_at);
  if (!cod) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Đơn ${order.id} không thanh toán khi nhận hàng / order ${order.id} is not cash on delivery`,
    );
  }
  if (!cod.captured_at) {
    await capturePaymentWorkflow(req.scope).run({
      input: { payment_id: cod.id, captured_by: req.auth_context.actor_id, amount: cod.amount },
    });
  }
  const { data: after } = await query.graph({
    entity: 'payment',
    fields: ['id', 'amount', 'captured_at', 'provider_id'],
    filters: { id: cod.id },
  });
  res.json({ payment: after[0], already_recorded: Boolean(cod.captured_at) });
}
