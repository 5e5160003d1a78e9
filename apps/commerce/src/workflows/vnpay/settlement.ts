import { createHash } from 'node:crypto';
import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules, generateEntityId } from '@medusajs/framework/utils';
import type { Knex } from '@medusajs/framework/mikro-orm/knex';
import { processPaymentWorkflow } from '@medusajs/medusa/core-flows';
import type { VNPay } from 'vnpay';
import { type CommerceEnvironment, commerceEnvironment } from '../../environment';
import type { VnpaySessionData } from '#modules/payment-vnpay/service';
import {
  IPN_ANSWERS,
  type IpnAnswer,
  type QueryDrAnswer,
  type VnpayResult,
  createVnpayClient,
  provenOutcome,
  readVnpayResult,
} from '#modules/payment-vnpay/vnpay-payments';

let configured: { options: CommerceEnvironment['vnpay']; client: VNPay } | undefined;

/** This backend's VNPay configuration (the provider's own options), read once. */
export function vnpayOptions(): CommerceEnvironment['vnpay'] {
  return vnpay().options;
}

/** The VNPay client of this backend's configuration. */
export function vnpayClient(): VNPay {
  return vnpay().client;
}

function vnpay() {
  if (!configured) {
    const options = commerceEnvironment(process.env).vnpay;
    configured = { options, client: createVnpayClient(options) };
  }
  return configured;
}

interface SessionRow {
  id: string;
  amount: string;
  currency_code: string;
  status: string;
  payment_collection_id: string;
  data: Partial<VnpaySessionData>;
}

/** VNPay's proof of a result, as the session keeps it: the IPN's query or a querydr answer. */
export type VnpayProof =
  { vnpay_result: Record<string, string> } | { vnpay_querydr: QueryDrAnswer };

/** What became of a VNPay message (the `outcome` of its row in `vnpay_message`, ADR 034). */
export type VnpayOutcome =
  | 'received'
  | 'paid_order'
  | 'refusal_recorded'
  | 'already_confirmed'
  | 'not_found'
  | 'wrong_amount'
  | 'needs_action'
  | 'error';

/** Why a paid message did not become an order, so that the operator refunds or completes it. */
export type NeedsActionReason =
  'session_gone' | 'wrong_amount' | 'cart_not_completed' | 'refused_then_paid';

interface Settled {
  answer: IpnAnswer;
  outcome: VnpayOutcome;
  reason?: NeedsActionReason;
  payment_session_id?: string;
  cart_id?: string | null;
  order_id?: string | null;
}

/**
 * Handles VNPay's IPN about a transaction: checks that it is well formed and signed, then
 * settles it. Never throws: VNPay gets an answer code (99 if unexpected).
 */
export async function handleVnpayResult(
  container: MedusaContainer,
  query: Record<string, string>,
): Promise<IpnAnswer> {
  if (!wellFormed(query)) return IPN_ANSWERS.malformed;
  const result = readVnpayResult(vnpayClient(), query);
  if (!result.verified) return IPN_ANSWERS.badSignature;
  return settleVnpayResult(container, result, { vnpay_result: query });
}

/**
 * Settles a verified VNPay result (from the IPN, or querydr in the reconciliation job), ADR 034:
 *
 * 1. The message is written to `vnpay_message` first, on its own (autocommitted), keyed by its
 *    content: nothing else happens until VNPay's proof is stored. If that write fails, VNPay is
 *    answered 99 and sends it again.
 * 2. Then, one transaction at a time (a lock on the transaction reference), a message already
 *    settled answers from its stored outcome (02 where it was 00, else the same code): replays
 *    answer the same whatever happened to the session since.
 * 3. Otherwise it is settled: the session found, the amount checked, the proof stored in the
 *    session, a paid one captured and its cart completed. A paid message that does not become
 *    an order (its session gone, another amount, the cart not completable) is kept as a payment
 *    needing action, for the operator to refund or complete; never dropped.
 */
export async function settleVnpayResult(
  container: MedusaContainer,
  result: VnpayResult,
  proof: VnpayProof,
): Promise<IpnAnswer> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  let messageId: string;
  try {
    messageId = await recordMessage(db, result, proof);
  } catch (error) {
    logger.error(
      `VNPay ${result.txnRef}: không lưu được / could not be stored: ${error instanceof Error ? error.stack : String(error)}`,
    );
    return IPN_ANSWERS.unknownError;
  }
  try {
    const locking = container.resolve(Modules.LOCKING);
    return await locking.execute(`vnpay:${result.txnRef}`, async () => {
      const row = (await db('vnpay_message')
        .select('outcome', 'answer_code')
        .where({ id: messageId })
        .first()) as { outcome: VnpayOutcome; answer_code: string | null };
      if (row.outcome !== 'received' && row.outcome !== 'error') {
        return replayAnswer(row.answer_code);
      }
      const settled = await settle(container, db, result, proof, messageId);
      await db('vnpay_message')
        .where({ id: messageId })
        .update({
          outcome: settled.outcome,
          answer_code: settled.answer.RspCode,
          reason: settled.reason ?? null,
          payment_session_id: settled.payment_session_id ?? null,
          cart_id: settled.cart_id ?? null,
          order_id: settled.order_id ?? null,
          updated_at: new Date(),
        });
      const what =
        settled.outcome === 'needs_action'
          ? `CẦN XỬ LÝ / NEEDS ACTION (${settled.reason})`
          : settled.outcome;
      (settled.outcome === 'needs_action' ? logger.warn : logger.info).call(
        logger,
        `VNPay ${result.txnRef}: ${result.paid ? 'đã thanh toán / paid' : `không thành công / not paid (${result.responseCode})`}: ${what}`,
      );
      return settled.answer;
    });
  } catch (error) {
    logger.error(`VNPay ${result.txnRef}: ${error instanceof Error ? error.stack : String(error)}`);
    // Kept as received-with-error: VNPay's retry (or the job) settles it; the operator sees it.
    await db('vnpay_message')
      .where({ id: messageId })
      .whereIn('outcome', ['received', 'error'])
      .update({
        outcome: 'error',
        answer_code: IPN_ANSWERS.unknownError.RspCode,
        updated_at: new Date(),
      })
      .catch(() => undefined);
    return IPN_ANSWERS.unknownError;
  }
}

/** Stores the message (or counts a copy of it); returns its row's ID. */
async function recordMessage(db: Knex, result: VnpayResult, proof: VnpayProof): Promise<string> {
  const [source, params] =
    'vnpay_result' in proof
      ? (['ipn', proof.vnpay_result] as const)
      : (['querydr', proof.vnpay_querydr] as const);
  const messageKey = createHash('sha256')
    .update(JSON.stringify([source, Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))]))
    .digest('hex');
  const [row] = (
    await db.raw(
      `INSERT INTO vnpay_message (id, source, message_key, txn_ref, transaction_no, response_code,
       amount_vnd, raw_amount_vnd, paid, params, outcome)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, 'received')
     ON CONFLICT (message_key) DO UPDATE
       SET times_received = vnpay_message.times_received + 1, updated_at = now()
     RETURNING id`,
      [
        generateEntityId(undefined, 'vnmsg'),
        source,
        messageKey,
        result.txnRef,
        result.transactionNo ?? null,
        result.responseCode,
        result.amountVnd,
        JSON.stringify({ value: String(result.amountVnd), precision: 20 }),
        result.paid,
        JSON.stringify(params),
      ],
    )
  ).rows as { id: string }[];
  return row!.id;
}

/** The answer to a copy of a settled message: what the first copy got, 00 becoming 02. */
function replayAnswer(code: string | null): IpnAnswer {
  if (code === IPN_ANSWERS.confirmed.RspCode) return IPN_ANSWERS.alreadyConfirmed;
  return (
    Object.values(IPN_ANSWERS).find((answer) => answer.RspCode === code) ??
    IPN_ANSWERS.alreadyConfirmed
  );
}

async function settle(
  container: MedusaContainer,
  db: Knex,
  result: VnpayResult,
  proof: VnpayProof,
  messageId: string,
): Promise<Settled> {
  const needsAction = (
    reason: NeedsActionReason,
    answer: IpnAnswer,
    extra: Partial<Settled> = {},
  ) => ({ answer, outcome: 'needs_action', reason, ...extra }) satisfies Settled;

  // A paid message about a transaction whose payment another message already carried (to an
  // order, or to the operator): nothing more to do, whatever became of the session since.
  if (result.paid && (await paymentAlreadyHandled(db, result.txnRef, messageId))) {
    return { answer: IPN_ANSWERS.alreadyConfirmed, outcome: 'already_confirmed' };
  }
  const session = (await db('payment_session')
    .select('id', 'amount', 'currency_code', 'status', 'data', 'payment_collection_id')
    .whereRaw("data->>'txn_ref' = ?", [result.txnRef])
    .whereNull('deleted_at')
    .first()) as SessionRow | undefined;
  if (!session) {
    // The cart changed after the redirect, or the shopper opened a second VNPay page: Medusa
    // deleted the session. Money VNPay took is never dropped: the operator refunds or completes.
    return result.paid
      ? needsAction('session_gone', IPN_ANSWERS.confirmed)
      : { answer: IPN_ANSWERS.notFound, outcome: 'not_found' };
  }
  const ids = { payment_session_id: session.id, cart_id: await cartOf(db, session) };
  if (session.data.amount_vnd !== result.amountVnd || Number(session.amount) !== result.amountVnd) {
    return result.paid
      ? needsAction('wrong_amount', IPN_ANSWERS.wrongAmount, ids)
      : { answer: IPN_ANSWERS.wrongAmount, outcome: 'wrong_amount', ...ids };
  }
  // Confirmed means done: the payment captured, or a refusal recorded. A paid result whose
  // capture failed is stored but not done, so a retry (VNPay's, or the job's) captures it.
  // Only a proof that verifies counts: anything else in the session is replaced by this one.
  const proven = provenOutcome(vnpayClient(), vnpayOptions(), session.data);
  if (['authorized', 'captured'].includes(session.status)) {
    const order_id = ids.cart_id ? await orderOf(db, ids.cart_id) : null;
    if (result.paid && !order_id) {
      return needsAction('cart_not_completed', IPN_ANSWERS.alreadyConfirmed, ids);
    }
    return { answer: IPN_ANSWERS.alreadyConfirmed, outcome: 'already_confirmed', ...ids, order_id };
  }
  if (proven?.valid && !proven.paid) {
    return result.paid
      ? needsAction('refused_then_paid', IPN_ANSWERS.confirmed, ids)
      : { answer: IPN_ANSWERS.alreadyConfirmed, outcome: 'already_confirmed', ...ids };
  }
  if (!proven?.valid) {
    const payments = container.resolve(Modules.PAYMENT);
    await payments.updatePaymentSession({
      id: session.id,
      amount: result.amountVnd,
      currency_code: session.currency_code,
      data: { ...withoutProof(session.data), ...proof },
    });
  }
  if (!result.paid) {
    return { answer: IPN_ANSWERS.confirmed, outcome: 'refusal_recorded', ...ids };
  }
  await processPaymentWorkflow(container).run({
    input: { action: 'captured', data: { session_id: session.id, amount: result.amountVnd } },
  });
  // Medusa's workflow captures, then completes the cart, and goes on when completing fails
  // (stock sold out meanwhile): the money is taken and there is no order. Then it needs action.
  const order_id = ids.cart_id ? await orderOf(db, ids.cart_id) : null;
  if (!order_id) return needsAction('cart_not_completed', IPN_ANSWERS.confirmed, ids);
  return { answer: IPN_ANSWERS.confirmed, outcome: 'paid_order', ...ids, order_id };
}

/** Another paid message of this transaction already became an order or a payment needing action. */
async function paymentAlreadyHandled(db: Knex, txnRef: string, messageId: string) {
  const row = await db('vnpay_message')
    .select('id')
    .where({ txn_ref: txnRef, paid: true })
    .whereNot({ id: messageId })
    .where((q) =>
      q
        .where({ outcome: 'paid_order' })
        .orWhere((n) => n.where({ outcome: 'needs_action' }).whereNot({ reason: 'wrong_amount' })),
    )
    .first();
  return Boolean(row);
}

async function cartOf(db: Knex, session: SessionRow): Promise<string | null> {
  const link = (await db('cart_payment_collection')
    .select('cart_id')
    .where({ payment_collection_id: session.payment_collection_id })
    .whereNull('deleted_at')
    .first()) as { cart_id: string } | undefined;
  return link?.cart_id ?? null;
}

async function orderOf(db: Knex, cartId: string): Promise<string | null> {
  const link = (await db('order_cart')
    .select('order_id')
    .where({ cart_id: cartId })
    .whereNull('deleted_at')
    .first()) as { order_id: string } | undefined;
  return link?.order_id ?? null;
}

/**
 * A session's data with any earlier (unverified) proof cleared, so that the new one is the one
 * read. Cleared as null, not left out: Medusa merges a session's new `data` into the stored one
 * (`mergeObjectProperties`), so a key left out would stay.
 */
function withoutProof(data: Partial<VnpaySessionData>): Record<string, unknown> {
  return { ...data, vnpay_result: null, vnpay_querydr: null };
}

/** The fields every VNPay result carries; without them there is nothing to check (99). */
function wellFormed(query: Record<string, string>): boolean {
  return (
    ['vnp_TxnRef', 'vnp_Amount', 'vnp_ResponseCode', 'vnp_SecureHash'].every(
      (name) => typeof query[name] === 'string' && query[name] !== '',
    ) && /^\d{1,18}$/.test(query.vnp_Amount!)
  );
}
