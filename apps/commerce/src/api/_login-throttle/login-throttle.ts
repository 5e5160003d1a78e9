import { createHash } from 'node:crypto';
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { ICachingModuleService } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { commerceEnvironment } from '../../environment';
import { vietnamPhone } from '../../phone-number';
import { answerTooManyRequests } from '../_limits/too-many-requests';
import {
  type ThrottleLimits,
  type ThrottleRecord,
  afterFailure,
  secondsLeft,
} from './login-throttle-schedule';

/** A key without failures for this long (beyond its wait) starts again from zero. */
const FORGET_AFTER_SECONDS = 60 * 60;

let limits: { account: ThrottleLimits; address: ThrottleLimits } | undefined;

/** The limits from the environment, checked at start by medusa-config.ts, read on first use. */
function throttleLimits(): { account: ThrottleLimits; address: ThrottleLimits } {
  if (!limits) {
    const settings = commerceEnvironment(process.env).loginThrottle;
    const waits = {
      firstWaitSeconds: settings.firstWaitSeconds,
      longestWaitSeconds: settings.longestWaitSeconds,
    };
    limits = {
      account: { failures: settings.accountFailures, ...waits },
      address: { failures: settings.addressFailures, ...waits },
    };
  }
  return limits;
}

// Hashed: the shared cache (Redis with several servers) holds no email address in clear.
const cacheKey = (kind: 'account' | 'address', value: string) =>
  `nguongoc:login-throttle:${kind}:${createHash('sha256').update(value).digest('base64url')}`;

/**
 * The identifier a provider logs in with (`email` for emailpass, case-folded; `phone` for
 * phone-otp, in E.164, so that `0912…` and `+84912…` are one account).
 */
function identifierOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { email, identifier, username, phone } = body as Record<string, unknown>;
  if (typeof phone === 'string') return vietnamPhone(phone) ?? phone.trim();
  const value = [email, identifier, username].find((v) => typeof v === 'string');
  return typeof value === 'string' ? value.trim().toLowerCase() : undefined;
}

/**
 * Throttles Medusa's logins, `POST /auth/:actor_type/:auth_provider` and its `/callback` (where
 * a one-time code is checked) (ADR 030, 031): after a number of
 * failures per account (the actor type and identifier) or per client address, attempts are
 * refused with 429 and `Retry-After` until the wait is over; each further failure doubles the
 * wait, up to 15 minutes. The route's answer tells the outcome: 401 is a failure, 200 a success,
 * which forgets both counters. A one-time code sent (200 with a `location`) counts as a failure
 * for the address only: one client cannot have codes sent to many phones. State is in Medusa's Caching Module, shared by every server when
 * it is in Redis. Nothing sleeps: a refused attempt is answered at once.
 */
export async function loginThrottle(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
): Promise<void> {
  const actorType = req.params.actor_type;
  // `POST /auth/token/refresh` has the same shape but is no login.
  if (!actorType || actorType === 'token') return next();
  const caching = req.scope.resolve<ICachingModuleService>(Modules.CACHING);
  const { account: accountLimits, address: addressLimits } = throttleLimits();
  const identifier = identifierOf(req.body);
  const keys = {
    account: identifier ? cacheKey('account', `${actorType}:${identifier}`) : undefined,
    address: cacheKey('address', req.ip ?? req.socket.remoteAddress ?? ''),
  };
  const read = async (key: string | undefined) =>
    key ? ((await caching.get({ key })) as ThrottleRecord | null) : null;
  const [account, address] = await Promise.all([read(keys.account), read(keys.address)]);
  const now = Date.now();
  const wait = Math.max(secondsLeft(account, now), secondsLeft(address, now));
  if (wait > 0) {
    answerTooManyRequests(res, 'login_throttled', wait, {
      vi: `Đăng nhập sai quá nhiều lần, thử lại sau ${wait} giây`,
      en: `Too many failed logins, try again in ${wait} seconds`,
    });
    return;
  }

  const settle = async (status: number, body: unknown) => {
    const redirected = typeof body === 'object' && body !== null && 'location' in body;
    const success = status === 200 && !redirected;
    const codeSent = status === 200 && redirected && req.params.auth_provider === 'phone-otp';
    if (success) {
      await Promise.all(
        [keys.account, keys.address].flatMap((key) => (key ? [caching.clear({ key })] : [])),
      );
    } else if (status === 401 || codeSent) {
      const at = Date.now();
      const write = (
        key: string | undefined,
        record: ThrottleRecord | null,
        own: ThrottleLimits,
      ) => {
        if (!key) return Promise.resolve();
        const updated = afterFailure(record, own, at);
        return caching.set({
          key,
          data: updated,
          ttl: secondsLeft(updated, at) + FORGET_AFTER_SECONDS,
          tags: ['NguongocLoginThrottle'],
          options: { autoInvalidate: false },
        });
      };
      await Promise.all([
        codeSent ? Promise.resolve() : write(keys.account, account, accountLimits),
        write(keys.address, address, addressLimits),
      ]);
    }
  };
  // The outcome is recorded before the answer leaves, so that the client's next attempt sees it.
  const json = res.json.bind(res);
  res.json = ((body: unknown) => {
    settle(res.statusCode, body)
      .catch((error: unknown) =>
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`login throttle: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => json(body));
    return res;
  }) as typeof res.json;
  next();
}
