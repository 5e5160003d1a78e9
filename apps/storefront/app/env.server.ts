// The storefront's settings, read and checked once when the server starts (entry.server.tsx calls
// init()). A missing or malformed value stops the start with every problem listed, in Vietnamese
// and English. The browser gets only browserEnvironment(): never the backend's key.
import { type Message, bothLanguages } from '@nguongoc/vn-locale';

export interface Environment {
  /** The Medusa backend (apps/commerce), without a trailing slash. */
  MEDUSA_BACKEND_URL: string;
  /** The publishable API key the seed creates as 'Storefront NguonGoc' (`pk_…`). */
  MEDUSA_PUBLISHABLE_KEY: string;
  PORT: number;
  /** Where shoppers reach this storefront, without a trailing slash. */
  STOREFRONT_URL: string;
  /**
   * VNPay's payment host, as the backend's VNPAY_HOST (default its sandbox): the checkout's form
   * posts end there, so the Content-Security-Policy's form-action names it (server/storefront.js).
   */
  VNPAY_HOST: string;
}

/** What the browser may see, handed over by the root loader. */
export interface BrowserEnvironment {
  STOREFRONT_URL: string;
}

/** Every setting that is missing or malformed, each problem one `Message` (ADR 028). */
export class EnvironmentError extends Error {
  /** Each problem as `<Vietnamese> / <English>`. */
  readonly problems: readonly string[];

  constructor(problems: readonly Message[]) {
    const lines = problems.map(bothLanguages);
    super(
      `Cấu hình storefront không hợp lệ / invalid storefront settings:\n${lines.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'EnvironmentError';
    this.problems = lines;
  }
}

type Source = Record<string, string | undefined>;

function httpUrl(source: Source, name: string, fallback: string, problems: Message[]): string {
  const value = source[name]?.trim() || fallback;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  problems.push({
    vi: `${name} phải là địa chỉ http(s)`,
    en: `must be an http(s) URL, got "${value}"`,
  });
  return fallback;
}

/**
 * Reads and checks the settings.
 * @throws EnvironmentError listing every problem.
 */
export function readEnvironment(source: Source = process.env): Environment {
  const problems: Message[] = [];
  const portText = source.PORT?.trim() || '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    problems.push({
      vi: 'PORT phải là số cổng 1–65535',
      en: `must be a port number 1–65535, got "${portText}"`,
    });
  }
  const key = source.MEDUSA_PUBLISHABLE_KEY?.trim() ?? '';
  if (!/^pk_[A-Za-z0-9_]+$/.test(key)) {
    problems.push(
      key === ''
        ? {
            vi: 'MEDUSA_PUBLISHABLE_KEY chưa đặt: khoá "Storefront NguonGoc" mà `npm start` của commerce in ra',
            en: 'not set: the "Storefront NguonGoc" key that commerce\'s `npm start` prints',
          }
        : { vi: 'MEDUSA_PUBLISHABLE_KEY phải bắt đầu bằng pk_', en: 'must start with pk_' },
    );
  }
  const environment: Environment = {
    MEDUSA_BACKEND_URL: httpUrl(source, 'MEDUSA_BACKEND_URL', 'http://localhost:9000', problems),
    MEDUSA_PUBLISHABLE_KEY: key,
    PORT: port,
    STOREFRONT_URL: httpUrl(source, 'STOREFRONT_URL', `http://localhost:${portText}`, problems),
    VNPAY_HOST: httpUrl(source, 'VNPAY_HOST', 'https://sandbox.vnpayment.vn', problems),
  };
  if (problems.length > 0) throw new EnvironmentError(problems);
  return environment;
}

let current: Environment | undefined;

/** Reads the settings now, so that a bad one stops the server before it listens. */
export function init(): void {
  current = readEnvironment();
}

/** The settings (read on first use if init() was not called, as in tests). */
export function environment(): Environment {
  current ??= readEnvironment();
  return current;
}

export function browserEnvironment(): BrowserEnvironment {
  return { STOREFRONT_URL: environment().STOREFRONT_URL };
}
