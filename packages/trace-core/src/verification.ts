import type { Message } from '@nguongoc/vn-locale';

/** A reason a person can read: Vietnamese first, English second (the house's one `Message`). */
export type Reason = Message;

/**
 * The checks that verification runs. Each failure names one of them, so that a page can say
 * precisely what broke ("the inclusion proof of event X") instead of "invalid".
 */
export type CheckName =
  | 'bundle-shape'
  | 'checkpoint-format'
  | 'checkpoint-origin'
  | 'checkpoint-signature'
  | 'record-inclusion'
  | 'event-id'
  | 'event-lot'
  | 'event-inclusion'
  | 'previous-link'
  | 'event-order';

/** One failed check: which check, on what (an event ID or record ID when there is one), and why. */
export interface VerificationFailure {
  check: CheckName;
  /** The event hash ID or master-data record ID the failure is about, if any. */
  subject?: string;
  reason: Reason;
}
