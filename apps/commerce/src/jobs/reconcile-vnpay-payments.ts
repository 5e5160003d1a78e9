import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { reconcileVnpayPayments } from '../workflows/vnpay/reconciliation';

/** Every 5 minutes: asks VNPay (querydr) about payments whose IPN has not arrived. */
export default async function reconcileVnpayPaymentsJob(container: MedusaContainer): Promise<void> {
  const report = await reconcileVnpayPayments(container);
  if (report.checked > 0) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Đối soát VNPay / VNPay reconciliation: ${JSON.stringify(report)}`);
  }
  if (report.needing_action > 0) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `VNPay: ${report.needing_action} khoản thanh toán cần xử lý (hoàn tiền hoặc tạo đơn) / payments needing action (refund or complete): /app/payments-needing-action`,
      );
  }
}

export const config = {
  name: 'reconcile-vnpay-payments',
  schedule: '*/5 * * * *',
};
