import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
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
  data: Partial<VnpaySessionData>;
}

/** VNPay's proof of a result, as the session keeps it: the IPN's query or a querydr answer. */
export type VnpayProof =
  { vnpay_result: Record<string, string> } | { vnpay_querydr: QueryDrAnswer };

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
 * Settles a verified VNPay result (from the IPN, or querydr in the reconciliation job): finds
 * the payment session, checks the amount, stores the proof in the session and, when paid,
 * captures the payment and completes the cart. Exactly once per transaction: results for one
 * transaction are handled one at a time, and a repeat answers 02 and changes nothing.
 */
export async function settleVnpayResult(
  container: MedusaContainer,
  result: VnpayResult,
  proof: VnpayProof,
): Promise<IpnAnswer> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  try {
    const locking = container.resolve(Modules.LOCKING);
    return await locking.execute(`vnpay:${result.txnRef}`, async () => {
      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
      const session = (await db('payment_session')
        .select('id', 'amount', 'currency_code', 'status', 'data')
        .whereRaw("data->>'txn_ref' = ?", [result.txnRef])
        .whereNull('deleted_at')
        .first()) as SessionRow | undefined;
      if (!session) return IPN_ANSWERS.notFound;
      if (
        session.data.amount_vnd !== result.amountVnd ||
        Number(session.amount) !== result.amountVnd
      ) {
        return IPN_ANSWERS.wrongAmount;
      }
      // Confirmed means done: the payment captured, or a refusal recorded. A paid result whose
      // capture failed is stored but not done, so a retry (VNPay's, or the job's) captures it.
      // Only a proof that verifies counts: anything else in the session is replaced by this one.
      const proven = provenOutcome(vnpayClient(), vnpayOptions(), session.data);
      if ((proven?.valid && !proven.paid) || ['authorized', 'captured'].includes(session.status)) {
        return IPN_ANSWERS.alreadyConfirmed;
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
      if (result.paid) {
        await processPaymentWorkflow(container).run({
          input: { action: 'captured', data: { session_id: session.id, amount: result.amountVnd } },
        });
      }
      logger.info(
        `VNPay ${result.txnRef}: ${result.paid ? 'đã thanh toán / paid' : `không thành công / not paid (${result.responseCode})`}`,
      );
      return IPN_ANSWERS.confirmed;
    });
  } catch (error) {
    logger.error(`VNPay ${result.txnRef}: ${error instanceof Error ? error.stack : String(error)}`);
    return IPN_ANSWERS.unknownError;
  }
}

/** A session's data without any earlier (unverified) proof, so that the new one is the one read. */
function withoutProof(data: Partial<VnpaySessionData>): Partial<VnpaySessionData> {
  return Object.fromEntries(
    Object.entries(data).filter(([key]) => key !== 'vnpay_result' && key !== 'vnpay_querydr'),
  );
}

/** The fields every VNPay result carries; without them there is nothing to check (99). */
function wellFormed(query: Record<string, string>): boolean {
  return (
    ['vnp_TxnRef', 'vnp_Amount', 'vnp_ResponseCode', 'vnp_SecureHash'].every(
      (name) => typeof query[name] === 'string' && query[name] !== '',
    ) && /^\d{1,18}$/.test(query.vnp_Amount!)
  );
}
