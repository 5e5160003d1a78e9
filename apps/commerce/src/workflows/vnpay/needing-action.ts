import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import type { PaymentNeedingAction } from '@nguongoc/contracts';

/** How long a paid message may stay unsettled (being handled, or failed) before it is shown. */
export const UNSETTLED_GRACE_MINUTES = 5;

const COLUMNS = [
  'id',
  'source',
  'txn_ref',
  'transaction_no',
  'amount_vnd',
  'outcome',
  'reason',
  'params',
  'payment_session_id',
  'cart_id',
  'created_at',
  'times_received',
  'resolution',
  'resolution_note',
  'resolved_by',
  'resolved_at',
];

/**
 * The paid VNPay messages that did not become an order (ADR 034): kept as needing action, or
 * still unsettled (failed, or stopped midway) after the grace period. `resolved`: the ones the
 * operator has closed instead of the open ones.
 */
export async function paymentsNeedingAction(
  container: MedusaContainer,
  { resolved = false, id }: { resolved?: boolean; id?: string } = {},
): Promise<PaymentNeedingAction[]> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const cutoff = new Date(Date.now() - UNSETTLED_GRACE_MINUTES * 60_000);
  const query = db('vnpay_message')
    .select(COLUMNS)
    .where({ paid: true })
    .whereNull('deleted_at')
    .where((q) =>
      q
        // A cart that could not be completed when the IPN came, but was since (the shopper's
        // own "complete" racing the IPN's): its order exists, nothing to do.
        .where((n) =>
          n.where({ outcome: 'needs_action' }).whereRaw(
            `NOT (reason = 'cart_not_completed' AND EXISTS (SELECT 1 FROM order_cart oc
               WHERE oc.cart_id = vnpay_message.cart_id AND oc.deleted_at IS NULL))`,
          ),
        )
        // Unsettled after the grace period, unless another message of the transaction settled it.
        .orWhere((u) =>
          u
            .whereIn('outcome', ['received', 'error'])
            .where('updated_at', '<', cutoff)
            .whereRaw(
              `NOT EXISTS (SELECT 1 FROM vnpay_message other WHERE other.txn_ref = vnpay_message.txn_ref
                 AND other.id <> vnpay_message.id
                 AND other.outcome IN ('paid_order', 'needs_action', 'already_confirmed'))`,
            ),
        ),
    )
    .orderBy('created_at', 'desc');
  if (id) query.where({ id });
  else if (resolved) query.whereNotNull('resolved_at').limit(200);
  else query.whereNull('resolved_at');
  const rows = (await query) as (Record<string, unknown> & { params: Record<string, unknown> })[];
  return rows.map(({ params, created_at, amount_vnd, ...row }) => ({
    ...(row as Omit<PaymentNeedingAction, 'amount_vnd' | 'received_at' | 'pay_date' | 'bank_code'>),
    amount_vnd: Number(amount_vnd),
    pay_date: params.vnp_PayDate === undefined ? null : String(params.vnp_PayDate),
    bank_code: params.vnp_BankCode === undefined ? null : String(params.vnp_BankCode),
    received_at: new Date(created_at as string).toISOString(),
    resolved_at: row.resolved_at ? new Date(row.resolved_at as string).toISOString() : null,
  }));
}
