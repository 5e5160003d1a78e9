import type { MedusaResponse } from '@medusajs/framework/http';
import { type Message, bothLanguages } from '@nguongoc/vn-locale';

/**
 * Answers 429 with `Retry-After` and a bilingual message: a spent limit (login throttling, ADR
 * 030; trace-code scans, ADR 036). `wait` is in whole seconds.
 */
export function answerTooManyRequests(
  res: MedusaResponse,
  code: string,
  wait: number,
  message: Message,
): void {
  res.setHeader('Retry-After', String(wait));
  res.status(429).json({ type: 'too_many_requests', code, message: bothLanguages(message) });
}
