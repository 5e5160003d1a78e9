import { MedusaService } from '@medusajs/framework/utils';
import { VnpayMessage } from './models/vnpay-message';

/**
 * The durable record of every verified message VNPay sent us (ADR 034). Written and settled by
 * `src/workflows/vnpay/settlement.ts` (in SQL, so that the first write stands alone and a replay
 * finds it by its unique key); read by the operator's "payments needing action".
 */
export default class VnpayIpnModuleService extends MedusaService({ VnpayMessage }) {}
