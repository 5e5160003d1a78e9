import { createHash } from 'node:crypto';
import type { MedusaRequest } from '@medusajs/framework/http';
import type { ICachingModuleService } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';

/**
 * How many scans are answered per window (issue #22, ADR 036): per client address and per code.
 * A buyer scans a few labels; a shop checking its shelf a few dozen. A unit serial is scanned a
 * handful of times in its life, a lot's code by its buyers over weeks: 60 in 10 minutes is far
 * above either, and far below what forged a verdict (31 scans) or inflated the figures (300 in
 * 1.4 s). Environment: SCAN_LIMIT_PER_CLIENT, SCAN_LIMIT_PER_CODE, SCAN_LIMIT_WINDOW_SECONDS.
 */
export const SCAN_LIMITS = {
  perClient: Number(process.env.SCAN_LIMIT_PER_CLIENT ?? 30),
  perCode: Number(process.env.SCAN_LIMIT_PER_CODE ?? 60),
  windowSeconds: Number(process.env.SCAN_LIMIT_WINDOW_SECONDS ?? 600),
};

/** Updates of one key in this process, in turn: the caching module has no atomic increment. */
const queues = new Map<string, Promise<unknown>>();

function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(work);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

// Hashed: the shared cache (Redis with several servers) holds no address in clear.
const cacheKey = (kind: 'client' | 'code', value: string, window: number) =>
  `nguongoc:scan-limit:${kind}:${createHash('sha256').update(value).digest('base64url')}:${window}`;

/**
 * Counts one scan request against the client's and the code's limits, in fixed windows kept in
 * Medusa's Caching Module (shared by every server when it is in Redis), as login throttling does
 * (ADR 030). Answers the seconds to wait when either limit is spent (the request then counts
 * for nothing), else 0. Every request counts, refused or not, so that unknown codes and serials
 * cannot be probed faster than real ones.
 */
export async function spendScan(req: MedusaRequest, code: string): Promise<number> {
  const caching = req.scope.resolve<ICachingModuleService>(Modules.CACHING);
  const { perClient, perCode, windowSeconds } = SCAN_LIMITS;
  const now = Date.now();
  const window = Math.floor(now / (windowSeconds * 1000));
  const wait = Math.max(1, Math.ceil(((window + 1) * windowSeconds * 1000 - now) / 1000));
  const client = req.ip ?? req.socket.remoteAddress ?? '';
  const counters = [
    [cacheKey('client', client, window), perClient],
    [cacheKey('code', code, window), perCode],
  ] as const;
  const spend = ([key, limit]: (typeof counters)[number]) =>
    inTurn(key, async () => {
      const used = ((await caching.get({ key })) as { used: number } | null)?.used ?? 0;
      if (used >= limit) return false;
      await caching.set({
        key,
        data: { used: used + 1 },
        ttl: windowSeconds,
        tags: ['NguongocScanLimit'],
        options: { autoInvalidate: false },
      });
      return true;
    });
  // The client first: one client spending its own limit does not spend the code's.
  if (!(await spend(counters[0]))) return wait;
  if (!(await spend(counters[1]))) return wait;
  return 0;
}
