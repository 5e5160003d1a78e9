import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { handleVnpayResult } from '#workflows/vnpay/settlement';

/**
 * GET /hooks/vnpay/ipn: VNPay's server-to-server notification of a payment's result. Answers
 * VNPay's JSON `{ RspCode, Message }` (00, 01, 02, 04, 97, 99), always with HTTP 200 as VNPay
 * expects. This, not the shopper's return URL, is what marks a VNPay order paid.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const query = Object.fromEntries(
    Object.entries(req.query).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  res.status(200).json(await handleVnpayResult(req.scope, query));
}
