// The schedule of login throttling (ADR 030), without I/O: how many failures a key (an account
// or an address) may have before it waits, and how long. The clock is an argument, so the
// schedule is tested without waiting.

/** What is kept per key between attempts, shared by every server. */
export interface ThrottleRecord {
  /** Failed logins since the last success (or since the record was forgotten). */
  readonly failures: number;
  /** Until when (ms since the epoch) attempts are refused; 0 when not blocked. */
  readonly blockedUntil: number;
}

export interface ThrottleLimits {
  /** Failures allowed before the first wait. */
  readonly failures: number;
  /** The first wait; each further failure doubles it. */
  readonly firstWaitSeconds: number;
  /** The longest wait. */
  readonly longestWaitSeconds: number;
}

/** The wait after `failures` failures: none before the limit, then doubling, capped. */
export function waitSeconds(failures: number, limits: ThrottleLimits): number {
  if (failures < limits.failures) return 0;
  const doublings = Math.min(failures - limits.failures, 30);
  return Math.min(limits.firstWaitSeconds * 2 ** doublings, limits.longestWaitSeconds);
}

/** The record after one more failure at `now`. */
export function afterFailure(
  record: ThrottleRecord | null,
  limits: ThrottleLimits,
  now: number,
): ThrottleRecord {
  const failures = (record?.failures ?? 0) + 1;
  const wait = waitSeconds(failures, limits);
  return { failures, blockedUntil: wait > 0 ? now + wait * 1000 : 0 };
}

/** Whole seconds until attempts are allowed again at `now`; 0 when they are. */
export function secondsLeft(record: ThrottleRecord | null, now: number): number {
  if (!record || record.blockedUntil <= now) return 0;
  return Math.ceil((record.blockedUntil - now) / 1000);
}
