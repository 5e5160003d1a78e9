import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import {
  provenOutcome,
  queryTransaction,
  readQueryDrAnswer,
} from '#modules/payment-vnpay/vnpay-payments';
import { paymentsNeedingAction } from './needing-action';
import { settleVnpayResult, vnpayClient, vnpayOptions } from './settlement';

export interface ReconciliationReport {
  /** Sessions asked about. */
  checked: number;
  /** Found paid at VNPay and captured here (the IPN never arrived). */
  paid: number;
  /** Found failed at VNPay and recorded. */
  failed: number;
  /** Not final yet, or unknown to VNPay (the shopper never paid): asked again next time. */
  open: number;
  /** VNPay could not be asked, its answer did not verify, or it disagreed on the amount. */
  problems: number;
  /** VNPay payments that did not become an order and wait for the operator (ADR 034). */
  needing_action: number;
}

/**
 * Reconciles VNPay payments whose IPN has not arrived: every VNPay session still pending, older
 * than the payment window (VNPAY_RECONCILE_AFTER_MINUTES), younger than a day, is asked about
 * with querydr. A final answer, once its signature verifies, is settled exactly as an IPN would
 * be (the same lock, the same once-only rules), so a late IPN and the job cannot pay twice.
 */
export async function reconcileVnpayPayments(
  container: MedusaContainer,
  now = new Date(),
): Promise<ReconciliationReport> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const vnpay = vnpayOptions();
  const sessions = (await db('payment_session')
    .select('id', 'data')
    .where({ provider_id: 'pp_vnpay_vnpay', status: 'pending' })
    .whereNull('deleted_at')
    .whereRaw("data \\? 'txn_ref'")
    .where('created_at', '<=', new Date(now.getTime() - vnpay.reconcileAfterMinutes * 60_000))
    .where('created_at', '>', new Date(now.getTime() - 24 * 3_600_000))
    .orderBy('created_at')) as {
    id: string;
    data: { txn_ref: string; create_date: number; amount_vnd?: number };
  }[];
  // A session whose stored proof verifies is settled (or waits for its IPN's retry); one whose
  // "proof" does not verify (planted, ADR 034) is asked about like one with none.
  const unproven = sessions.filter(
    ({ data }) => !provenOutcome(vnpayClient(), vnpay, data as never)?.valid,
  );

  const report: ReconciliationReport = {
    checked: 0,
    paid: 0,
    failed: 0,
    open: 0,
    problems: 0,
    needing_action: 0,
  };
  for (const { data } of unproven) {
    report.checked++;
    try {
      const answer = await queryTransaction(vnpay, {
        txnRef: data.txn_ref,
        createDate: data.create_date,
      });
      const result = readQueryDrAnswer(vnpay, answer);
      if (!result.verified || (result.found && result.txnRef !== data.txn_ref)) {
        report.problems++;
        logger.warn(
          `VNPay querydr ${data.txn_ref}: chữ ký hoặc mã giao dịch không khớp, bỏ qua / the answer's signature or transaction does not match; ignored`,
        );
        continue;
      }
      if (!result.final) {
        report.open++;
        continue;
      }
      const settled = await settleVnpayResult(container, result, { vnpay_querydr: answer });
      if (settled.RspCode === '00' || settled.RspCode === '02') {
        report[result.paid ? 'paid' : 'failed']++;
      } else {
        report.problems++;
        logger.warn(`VNPay querydr ${data.txn_ref}: ${settled.RspCode} ${settled.Message}`);
      }
    } catch (error) {
      report.problems++;
      logger.warn(
        `VNPay querydr ${data.txn_ref}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  report.needing_action = (await paymentsNeedingAction(container)).length;
  return report;
}
