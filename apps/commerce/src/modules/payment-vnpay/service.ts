import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from '@medusajs/framework/types';
import { AbstractPaymentProvider, MedusaError } from '@medusajs/framework/utils';
import { bothLanguages } from '@nguongoc/vn-locale';
import type { VNPay } from 'vnpay';
import {
  type QueryDrAnswer,
  type VnpayOptions,
  buildPaymentUrl,
  clientProviderFields,
  createVnpayClient,
  newTxnRef,
  provenOutcome,
  wholeVnd,
} from './vnpay-payments';

/** What the provider keeps in a payment session's `data`. */
export interface VnpaySessionData extends Record<string, unknown> {
  txn_ref: string;
  payment_url: string;
  amount_vnd: number;
  /** `vnp_CreateDate`, needed again by querydr. */
  create_date: number;
  /** The signed IPN parameters that proved the payment's result, once VNPay sent them. */
  vnpay_result?: Record<string, string>;
  /** Or VNPay's signed querydr answer, when the reconciliation job learnt the result first. */
  vnpay_querydr?: QueryDrAnswer;
}

/**
 * VNPay as a Medusa payment provider (`pp_vnpay_vnpay`). A session holds a signed payment URL;
 * it becomes paid only through a message signed by VNPay (the IPN, or querydr in the
 * reconciliation job) that the route stores in the session: authorizePayment checks that
 * signature and the amount again, so nothing else can mark a VNPay payment as paid.
 */
export default class VnpayProviderService extends AbstractPaymentProvider<VnpayOptions> {
  static override identifier = 'vnpay';

  readonly #options: VnpayOptions;
  readonly #client: VNPay;

  static override validateOptions(options: Record<string, unknown>): void {
    const missing = ['tmnCode', 'secureSecret', 'returnUrl'].filter(
      (name) => typeof options[name] !== 'string' || options[name] === '',
    );
    if (missing.length > 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        bothLanguages({
          vi: `VNPay chưa được cấu hình: thiếu ${missing.join(', ')} (VNPAY_TMN_CODE, VNPAY_SECURE_SECRET, VNPAY_RETURN_URL)`,
          en: `VNPay is not configured: ${missing.join(', ')} missing`,
        }),
      );
    }
  }

  constructor(cradle: Record<string, unknown>, options: VnpayOptions) {
    super(cradle, options);
    this.#options = options;
    this.#client = createVnpayClient(options);
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const data = this.#newSession(input.amount, input.currency_code, input.data);
    // Medusa stores the shopper's `data` merged under what this returns: a provider field the
    // shopper sent (a planted `vnpay_result`, say) is returned as undefined, which removes it.
    return {
      id: data.txn_ref,
      data: { ...clientProviderFields(input.data), ...data },
      status: 'pending',
    };
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const current = input.data as Partial<VnpaySessionData> | undefined;
    // An unanswered session for the same amount keeps its transaction, and so does one that VNPay
    // answered as paid (the route adds the proof this way). A refused payment gets a new one.
    const outcome = current && provenOutcome(this.#client, this.#options, current);
    if (
      current?.txn_ref &&
      (outcome ? outcome.paid : current.amount_vnd === Number(input.amount))
    ) {
      return { data: current };
    }
    return {
      data: this.#newSession(input.amount, input.currency_code, input.data),
      status: 'pending',
    };
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: this.#status(input.data), data: input.data ?? {} };
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: this.#status(input.data), data: input.data ?? {} };
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    // VNPay takes the money when the shopper pays: capture records what already happened.
    return { data: input.data ?? {} };
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data ?? {} };
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} };
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data ?? {} };
  }

  async refundPayment(_input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      bothLanguages({
        vi: 'Hoàn tiền VNPay được làm trên cổng quản lý merchant của VNPay, rồi ghi nhận trong đơn',
        en: 'VNPay refunds are made in VNPay’s merchant portal, then recorded on the order',
      }),
    );
  }

  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    // VNPay calls GET /hooks/vnpay/ipn (src/api/hooks/vnpay/ipn), not Medusa's generic webhook.
    return { action: 'not_supported' };
  }

  #newSession(
    amount: unknown,
    currency: string,
    extra: Record<string, unknown> | undefined,
  ): VnpaySessionData {
    if (currency.toLowerCase() !== 'vnd') {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        bothLanguages({
          vi: `VNPay chỉ nhận VND, không nhận ${currency}`,
          en: `VNPay takes VND only, not ${currency}`,
        }),
      );
    }
    const createdAt = new Date();
    const txnRef = newTxnRef(createdAt);
    const amountVnd = wholeVnd(amount);
    const paymentUrl = buildPaymentUrl(this.#client, this.#options.returnUrl, {
      amountVnd,
      txnRef,
      orderInfo: `Thanh toán đơn hàng NguonGoc ${txnRef}`,
      ipAddr: typeof extra?.ip_address === 'string' ? extra.ip_address : '127.0.0.1',
      createdAt,
    });
    return {
      txn_ref: txnRef,
      payment_url: paymentUrl,
      amount_vnd: amountVnd,
      create_date: Number(new URL(paymentUrl).searchParams.get('vnp_CreateDate')),
    };
  }

  /** Paid only when a stored VNPay message verifies and matches this session's transaction. */
  #status(data: Record<string, unknown> | undefined): 'captured' | 'pending' | 'error' {
    const outcome = data && provenOutcome(this.#client, this.#options, data);
    if (!outcome) return 'pending';
    return outcome.paid ? 'captured' : 'error';
  }
}
