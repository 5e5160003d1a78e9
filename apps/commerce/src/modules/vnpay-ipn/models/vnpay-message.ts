import { model } from '@medusajs/framework/utils';

/**
 * One verified message from VNPay (ADR 034): an IPN, or a querydr answer of the reconciliation
 * job, stored before anything else is done with it, with what became of it.
 */
export const VnpayMessage = model
  .define('vnpay_message', {
    id: model.id({ prefix: 'vnmsg' }).primaryKey(),
    /** `ipn` or `querydr`. */
    source: model.text(),
    /** SHA-256 of the source and the signed fields: a replay of the same message has the same. */
    message_key: model.text().unique(),
    txn_ref: model.text(),
    transaction_no: model.text().nullable(),
    response_code: model.text(),
    amount_vnd: model.bigNumber(),
    /** VNPay says the shopper paid (response 00, status 00). */
    paid: model.boolean(),
    /** The message exactly as VNPay signed it. */
    params: model.json(),
    /**
     * received (being settled, or stopped before the end), paid_order, refusal_recorded,
     * already_confirmed, not_found, wrong_amount, needs_action, error.
     */
    outcome: model.text(),
    /** The RspCode answered the first time (a replay answers from it). */
    answer_code: model.text().nullable(),
    /** Why a paid message did not become an order: session_gone, wrong_amount, cart_not_completed, refused_then_paid. */
    reason: model.text().nullable(),
    payment_session_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** How many times VNPay sent this same message. */
    times_received: model.number().default(1),
    /** Set by the operator: `refunded` or `completed_manually`, with a note and who did it. */
    resolution: model.text().nullable(),
    resolution_note: model.text().nullable(),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ['txn_ref'] }, { on: ['outcome', 'resolved_at'] }]);
