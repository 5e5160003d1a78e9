// The backend's configuration, read from the environment and checked once, at start. In
// production every secret must be set; in development `npm start` (scripts/start.mjs) provides
// generated ones that it keeps in the data directory.
import { type Message, bothLanguages } from '@nguongoc/vn-locale';

export interface CommerceEnvironment {
  databaseUrl: string;
  redisUrl: string | undefined;
  storeCors: string;
  adminCors: string;
  authCors: string;
  jwtSecret: string;
  cookieSecret: string;
  traceMasterKey: string;
  adminDisabled: boolean;
  /** Session cookies only over HTTPS (default); `SESSION_COOKIE_SECURE=false` for plain http. */
  sessionCookieSecure: boolean;
  workerMode: 'shared' | 'worker' | 'server';
  /**
   * Where the admin's links point: the storefront's trace pages, and the workspace
   * (`WORKSPACE_URL`), whose `/lots/<lot>/labels` page prints a lot's labels.
   */
  links: { storefront: string; labelPrinter: string };
  vnpay: {
    tmnCode: string;
    secureSecret: string;
    vnpayHost: string;
    testMode: boolean;
    returnUrl: string;
    queryDrAndRefundHost: string;
    /** The reconciliation job asks VNPay about pending payments older than this. */
    reconcileAfterMinutes: number;
  };
  /**
   * How one-time sign-in codes reach a phone (ADR 031): `log` writes them to the server's log,
   * for development and tests; an SMS or Zalo sender is another value here.
   */
  phoneOtp: { sender: 'log' };
  /** Login throttling (ADR 030): failures allowed per account and per address, and the waits. */
  loginThrottle: {
    accountFailures: number;
    addressFailures: number;
    firstWaitSeconds: number;
    longestWaitSeconds: number;
  };
}

/**
 * Every configuration mistake, in Vietnamese and English, that stops the start. Each problem is
 * one `Message`, so that the two languages cannot be swapped (ADR 028).
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  /** Each problem as `<Vietnamese> / <English>`. */
  readonly problems: readonly string[];

  constructor(problems: readonly Message[]) {
    const lines = problems.map(bothLanguages);
    super(
      `Cấu hình máy chủ bán hàng chưa đúng / The commerce backend's configuration is wrong:\n- ${lines.join('\n- ')}`,
    );
    this.problems = lines;
  }
}

/**
 * Reads and checks the backend's environment.
 * @param building `medusa build` reads the configuration too, but needs no database or secret.
 * @throws ConfigurationError naming every problem.
 */
export function commerceEnvironment(env: NodeJS.ProcessEnv, building = false): CommerceEnvironment {
  const problems: Message[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value && !building) {
      problems.push({ vi: `${name} chưa được đặt`, en: `${name} is not set` });
    }
    return value ?? '';
  };
  const production = env.NODE_ENV === 'production';
  const secret = (name: string): string => {
    const value = required(name);
    if (production && value && value.length < 32) {
      problems.push({
        vi: `${name} quá ngắn (cần ít nhất 32 ký tự)`,
        en: `${name} is too short (at least 32 characters)`,
      });
    }
    return value;
  };
  // Without a trailing slash: paths (`/t/<code>`, `/checkout/…`) are appended to it.
  const storefront = (env.STOREFRONT_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  if (!URL.canParse(storefront)) {
    problems.push({
      vi: `STOREFRONT_URL "${env.STOREFRONT_URL}" không phải địa chỉ web`,
      en: 'is not a URL (e.g. https://cho.example.vn)',
    });
  }
  const backend = env.MEDUSA_BACKEND_URL ?? 'http://localhost:9000';
  const result: CommerceEnvironment = {
    databaseUrl: required('DATABASE_URL'),
    redisUrl: env.REDIS_URL?.trim() || undefined,
    storeCors: env.STORE_CORS ?? storefront,
    adminCors: env.ADMIN_CORS ?? backend,
    authCors: env.AUTH_CORS ?? `${storefront},${backend}`,
    jwtSecret: secret('JWT_SECRET'),
    cookieSecret: secret('COOKIE_SECRET'),
    traceMasterKey: secret('TRACE_MASTER_KEY'),
    adminDisabled: env.ADMIN_DISABLED === 'true',
    sessionCookieSecure: env.SESSION_COOKIE_SECURE !== 'false',
    workerMode: workerMode(env.MEDUSA_WORKER_MODE, problems),
    links: {
      storefront,
      // A lot's labels are printed in the workspace, with the member's own session (issue #23).
      labelPrinter: (env.WORKSPACE_URL ?? 'http://localhost:3001').replace(/\/+$/, ''),
    },
    vnpay: {
      tmnCode: required('VNPAY_TMN_CODE'),
      secureSecret: required('VNPAY_SECURE_SECRET'),
      vnpayHost: env.VNPAY_HOST ?? 'https://sandbox.vnpayment.vn',
      testMode: env.VNPAY_TEST_MODE !== 'false',
      returnUrl: env.VNPAY_RETURN_URL ?? `${storefront}/checkout/vnpay-return`,
      queryDrAndRefundHost:
        env.VNPAY_QUERYDR_HOST ?? env.VNPAY_HOST ?? 'https://sandbox.vnpayment.vn',
      reconcileAfterMinutes: wholeNumber(
        env,
        'VNPAY_RECONCILE_AFTER_MINUTES',
        16,
        problems,
        0,
        MINUTES,
      ),
    },
    phoneOtp: { sender: otpSender(env.PHONE_OTP_SENDER, problems) },
    loginThrottle: {
      accountFailures: wholeNumber(
        env,
        'LOGIN_THROTTLE_ACCOUNT_FAILURES',
        5,
        problems,
        1,
        ABOVE_ZERO,
      ),
      addressFailures: wholeNumber(
        env,
        'LOGIN_THROTTLE_ADDRESS_FAILURES',
        20,
        problems,
        1,
        ABOVE_ZERO,
      ),
      firstWaitSeconds: wholeNumber(
        env,
        'LOGIN_THROTTLE_FIRST_WAIT_SECONDS',
        30,
        problems,
        1,
        ABOVE_ZERO,
      ),
      longestWaitSeconds: 15 * 60,
    },
  };
  if (production && !building && env.VNPAY_ALLOW_SANDBOX !== 'true') {
    problems.push(...sandboxInProduction(result.vnpay));
  }
  if (problems.length > 0) {
    throw new ConfigurationError(problems);
  }
  return result;
}

/**
 * In production, a VNPay sandbox host or test mode takes no real money while the shop looks open:
 * a configuration mistake, unless `VNPAY_ALLOW_SANDBOX=true` says it is meant (a staging server,
 * the tests and `npm start`, which run the built backend with NODE_ENV=production).
 */
function sandboxInProduction(vnpay: CommerceEnvironment['vnpay']): Message[] {
  const problems: Message[] = [];
  for (const [name, host] of [
    ['VNPAY_HOST', vnpay.vnpayHost],
    ['VNPAY_QUERYDR_HOST', vnpay.queryDrAndRefundHost],
  ] as const) {
    if (URL.canParse(host) && new URL(host).hostname.includes('sandbox')) {
      problems.push({
        vi: `${name} trỏ tới máy thử của VNPay (${host}) khi NODE_ENV=production: hãy đặt ${name} là máy thật của VNPay, hoặc VNPAY_ALLOW_SANDBOX=true nếu cố ý`,
        en: `${name} points at the VNPay sandbox (${host}) with NODE_ENV=production: set ${name} to VNPay's production host, or VNPAY_ALLOW_SANDBOX=true if this is meant`,
      });
    }
  }
  if (vnpay.testMode) {
    problems.push({
      vi: 'VNPay đang ở chế độ thử khi NODE_ENV=production: hãy đặt VNPAY_TEST_MODE=false, hoặc VNPAY_ALLOW_SANDBOX=true nếu cố ý',
      en: 'VNPay is in test mode with NODE_ENV=production: set VNPAY_TEST_MODE=false, or VNPAY_ALLOW_SANDBOX=true if this is meant',
    });
  }
  return problems;
}

function otpSender(value: string | undefined, problems: Message[]): 'log' {
  if (value !== undefined && value.trim() !== '' && value.trim() !== 'log') {
    problems.push({
      vi: `PHONE_OTP_SENDER="${value}" chưa có; hiện chỉ có "log" (ghi mã vào nhật ký máy chủ)`,
      en: `PHONE_OTP_SENDER="${value}" is not available; only "log" (codes written to the server's log) is`,
    });
  }
  return 'log';
}

function workerMode(
  value: string | undefined,
  problems: Message[],
): CommerceEnvironment['workerMode'] {
  if (value === undefined || value === '') return 'shared';
  if (value === 'shared' || value === 'worker' || value === 'server') return value;
  problems.push({
    vi: `MEDUSA_WORKER_MODE phải là shared, worker hoặc server, không phải "${value}"`,
    en: 'must be shared, worker or server',
  });
  return 'shared';
}

/**
 * A whole number from the environment, at least `least`, or the default when unset. `what`
 * names the kind of number in both languages for the error.
 */
function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  problems: Message[],
  least: 0 | 1,
  what: Message,
): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < least) {
    problems.push({
      vi: `${name} phải là ${what.vi}, nhận "${value}"`,
      en: `${name} must be ${what.en}, got "${value}"`,
    });
    return fallback;
  }
  return parsed;
}

const MINUTES: Message = { vi: 'số phút nguyên không âm', en: 'a whole number of minutes' };
const ABOVE_ZERO: Message = { vi: 'số nguyên dương', en: 'a whole number above zero' };

/**
 * Where the File Module's local provider serves uploads (`medusa-config.ts`): under `/static` of
 * this server, `MEDUSA_BACKEND_URL` or else localhost on `PORT` (the tests start the backend on
 * free ports and set only `PORT`).
 */
export function localFileBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const backend = (
    env.MEDUSA_BACKEND_URL?.trim() || `http://localhost:${env.PORT?.trim() || 9000}`
  ).replace(/\/+$/, '');
  return `${backend}/static`;
}
