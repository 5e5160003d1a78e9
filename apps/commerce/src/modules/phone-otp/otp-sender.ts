import type { Logger } from '@medusajs/framework/types';

/**
 * How a one-time code reaches a phone (ADR 031). Only the development sender exists today: it
 * writes the code to the server's log. An SMS or Zalo ZNS sender implements the same method and
 * is chosen by `PHONE_OTP_SENDER`.
 */
export interface OtpSender {
  send(phone: string, code: string, minutesValid: number): Promise<void>;
}

/** The senders `PHONE_OTP_SENDER` may name (checked by the environment at start). */
export const OTP_SENDERS = { log: logSender } satisfies Record<
  string,
  (logger: Logger) => OtpSender
>;

function logSender(logger: Logger): OtpSender {
  return {
    async send(phone, code, minutesValid) {
      logger.info(
        `[phone-otp] Mã đăng nhập NguonGoc cho ${phone}: ${code} (hiệu lực ${minutesValid} phút) / NguonGoc sign-in code for ${phone}: ${code} (valid ${minutesValid} minutes)`,
      );
    },
  };
}
