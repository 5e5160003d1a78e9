import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { capturePaymentWorkflow } from '@medusajs/medusa/core-flows';

/** Medusa's system payment provider: how the store takes cash on delivery (COD). */
export const COD_PROVIDER = 'pp_system_default';

/**
 * POST /admin/orders/:id/cod-received: the courier handed over the cash of a COD order, so its
 * payment is captured for the amount authorised. Repeating it changes nothing (200, the same
 * payment); an order paid another way is refused.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: [
      'id',
      'total',
      'payment_collections.payments.id',
      'payment_collections.payments.provider_id',
      'payment_collections.payments.amount',
      'payment_collections.payments.captured_at',
      'payment_collections.payments.canceled_at',
    ],
    filters: { id: req.params.id! },
  });
  const order = data[0];
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy đơn hàng ${req.params.id} / order ${req.params.id} not found`,
    );
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
