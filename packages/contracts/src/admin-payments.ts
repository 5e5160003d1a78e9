import { z } from 'zod';

// VNPay payments that did not become an order (ADR 034): the operator's list and what they say
// was done about each.

/** What the operator can say was done: refunded in VNPay's portal, or the order made by hand. */
export const PAYMENT_RESOLUTIONS = ['refunded', 'completed_manually'] as const;
// `custom` rather than `enum`, `refine` rather than `min`/`max`: Medusa's body validator keeps a
// schema's own (bilingual) message only for custom issues, and words the others in English.
export const paymentResolution = z.custom<(typeof PAYMENT_RESOLUTIONS)[number]>(
  (value) => PAYMENT_RESOLUTIONS.includes(value as (typeof PAYMENT_RESOLUTIONS)[number]),
  {
    message: `resolution phải là một trong: ${PAYMENT_RESOLUTIONS.join(', ')} / resolution must be one of: ${PAYMENT_RESOLUTIONS.join(', ')}`,
  },
);
export type PaymentResolution = z.infer<typeof paymentResolution>;

const noteMessage = {
  message:
    'note: ghi chú đã làm gì (mã hoàn tiền, mã đơn), 1-1000 ký tự / a note of what was done (refund reference, order number), 1 to 1,000 characters',
};

/** POST /admin/payments/needing-action/:id/resolve: once, with a note (who and when are kept). */
export const resolvePaymentBody = z.object({
  resolution: paymentResolution,
  note: z
    .string(noteMessage)
    .trim()
    .refine((note) => note.length >= 1 && note.length <= 1000, noteMessage),
});
export type ResolvePaymentBody = z.infer<typeof resolvePaymentBody>;

export const paymentNeedingAction = z.object({
  id: z.string(),
  source: z.string(),
  txn_ref: z.string(),
  transaction_no: z.string().nullable(),
  amount_vnd: z.number(),
  outcome: z.string(),
  reason: z.string().nullable(),
  pay_date: z.string().nullable(),
  bank_code: z.string().nullable(),
  payment_session_id: z.string().nullable(),
  cart_id: z.string().nullable(),
  received_at: z.string(),
  times_received: z.number(),
  resolution: paymentResolution.nullable(),
  resolution_note: z.string().nullable(),
  resolved_by: z.string().nullable(),
  resolved_at: z.string().nullable(),
});
export type PaymentNeedingAction = z.infer<typeof paymentNeedingAction>;

/** GET /admin/payments/needing-action[?resolved=true] */
export const paymentsNeedingActionAnswer = z.object({
  payments: z.array(paymentNeedingAction),
  count: z.number().int().nonnegative(),
});
export type PaymentsNeedingActionAnswer = z.infer<typeof paymentsNeedingActionAnswer>;

/** POST /admin/payments/needing-action/:id/resolve: the payment as it now stands. */
export const resolvedPaymentAnswer = z.object({ payment: paymentNeedingAction });
export type ResolvedPaymentAnswer = z.infer<typeof resolvedPaymentAnswer>;
