import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { processPaymentWorkflow } from '@medusajs/medusa/core-flows';
import type { VNPay } from 'vnpay';
import { commerceEnvironment } from '../environment';
import type { VnpaySessionData } from '../modules/payment-vnpay/service';
import {
  IPN_ANSWERS,
  type IpnAnswer,
  createVnpayClient,
  readVnpayResult,
} from '../modules/payment-vnpay/vnpay-payments';

let client: VNPay | undefined;

/** The VNPay client of this backend's configuration (the provider's own options). */
export function vnpayClient(): VNPay {
  client ??= createVnpayClient(commerceEnvironment(process.env).vnpay);
  return client;
}

interface SessionRow {
  id: string;
  amount: string;
  currency_code: string;
  status: string;
  data: Partial<VnpaySessionData>;
}

/**
 * Handles a signed VNPay message (the IPN, or a querydr answer in the reconciliation job) about
 * a transaction: checks the signature, finds the payment session, checks the amount, stores the
 * proof in the session and, when paid, captures the payment and completes the cart. Exactly
 * once per transaction: messages for one transaction are handled one at a time, and a repeat
 * answers 02 and changes nothing. Never throws: VNPay gets an answer code (99 if unexpected).
 */
export async function handleVnpayResult(
  container: MedusaContainer,
  query: Record<string, string>,
): Promise<IpnAnswer> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  try {
    if (!wellFormed(query)) return IPN_ANSWERS.malformed;
    const result = readVnpayResult(vnpayClient(), query);
    if (!result.verified) return IPN_ANSWERS.badSignature;
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
      // capture failed is stored but not done, so VNPay's retry captures it.
      const stored = session.data.vnpay_result;
      const refusalRecorded = stored !== undefined && !readVnpayResult(vnpayClient(), stored).paid;
      if (refusalRecorded || ['authorized', 'captured'].includes(session.status)) {
        return IPN_ANSWERS.alreadyConfirmed;
      }
      if (!stored) {
        const payments = container.resolve(Modules.PAYMENT);
        await payments.updatePaymentSession({
          id: session.id,
          amount: result.amountVnd,
          currency_code: session.currency_code,
          data: { ...session.data, vnpay_result: query },
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
    logger.error(`VNPay IPN: ${error instanceof Error ? error.stack : String(error)}`);
    return IPN_ANSWERS.unknownError;
  }
}

/** The fields every VNPay result carries; without them there is nothing to check (99). */
function wellFormed(query: Record<string, string>): boolean {
  return (
    ['vnp_TxnRef', 'vnp_Amount', 'vnp_ResponseCode', 'vnp_SecureHash'].every(
      (name) => typeof query[name] === 'string' && query[name] !== '',
    ) && /^\d{1,18}$/.test(query.vnp_Amount!)
  );
}
