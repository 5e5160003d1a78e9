// The workspace's settings, read and checked once when the server build loads. A bad value stops
// the start with every problem listed in Vietnamese and English.
import { randomBytes } from 'node:crypto';
import { type Message, bothLanguages } from '@nguongoc/vn-locale';

export interface Environment {
  /** The commerce backend (apps/commerce), without a trailing slash. */
  MEDUSA_BACKEND_URL: string;
  /** Where members reach this workspace, without a trailing slash. */
  WORKSPACE_URL: string;
  /** The shop, whose `/t/<code>` pages the labels' QR codes open. */
  STOREFRONT_URL: string;
  /**
   * Signs the session cookie. `npm start` keeps one in the data folder; unset, a random one is
   * made at start (every session then ends when the server restarts).
   */
  WORKSPACE_SESSION_SECRET: string;
}

export class EnvironmentError extends Error {
  constructor(problems: readonly Message[]) {
    super(
      `Cấu hình workspace không hợp lệ / invalid workspace settings:\n${problems.map((p) => `  - ${bothLanguages(p)}`).join('\n')}`,
    );
    this.name = 'EnvironmentError';
  }
}

function httpUrl(name: string, fallback: string, problems: Message[]): string {
  const value = process.env[name]?.trim() || fallback;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  problems.push({
    vi: `${name} phải là địa chỉ http(s), không phải ${JSON.stringify(value)}`,
    en: `${name} must be an http(s) address, not ${JSON.stringify(value)}`,
  });
  return fallback;
}

let current: Environment | undefined;

/** The settings, checked on first use. @throws EnvironmentError listing every problem. */
export function environment(): Environment {
  if (current) return current;
  const problems: Message[] = [];
  const secret = process.env.WORKSPACE_SESSION_SECRET?.trim();
  if (secret !== undefined && secret !== '' && secret.length < 32) {
    problems.push({
      vi: 'WORKSPACE_SESSION_SECRET cần ít nhất 32 ký tự',
      en: 'WORKSPACE_SESSION_SECRET needs at least 32 characters',
    });
  }
  const environment: Environment = {
    MEDUSA_BACKEND_URL: httpUrl('MEDUSA_BACKEND_URL', 'http://localhost:9000', problems),
    WORKSPACE_URL: httpUrl(
      'WORKSPACE_URL',
      `http://localhost:${process.env.PORT ?? 3001}`,
      problems,
    ),
    STOREFRONT_URL: httpUrl('STOREFRONT_URL', 'http://localhost:3000', problems),
    WORKSPACE_SESSION_SECRET: secret || randomBytes(32).toString('hex'),
  };
  if (problems.length > 0) throw new EnvironmentError(problems);
  current = environment;
  return environment;
}
