// Calling route modules as Remix does, with real Requests, and reading what they return or throw.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';

export const STOREFRONT = 'http://localhost:3000';

interface Options {
  params?: Record<string, string>;
  cookie?: string | null;
  clientIp?: string;
}

export function loaderArgs(path: string, options: Options = {}): LoaderFunctionArgs {
  const headers = new Headers();
  if (options.cookie) headers.set('Cookie', options.cookie);
  return {
    request: new Request(new URL(path, STOREFRONT), { headers }),
    params: options.params ?? {},
    context: options.clientIp ? { clientIp: options.clientIp } : {},
  };
}

export function actionArgs(
  path: string,
  form: Record<string, string>,
  options: Options = {},
): ActionFunctionArgs {
  const headers = new Headers({ 'Content-Type': 'application/x-www-form-urlencoded' });
  if (options.cookie) headers.set('Cookie', options.cookie);
  return {
    request: new Request(new URL(path, STOREFRONT), {
      method: 'POST',
      headers,
      body: new URLSearchParams(form).toString(),
    }),
    params: options.params ?? {},
    context: options.clientIp ? { clientIp: options.clientIp } : {},
  };
}

export interface Outcome<T> {
  data: T;
  status: number;
  headers: Headers;
}

interface WithInit {
  type: 'DataWithResponseInit';
  data: unknown;
  init: ResponseInit | null;
}

function isWithInit(value: unknown): value is WithInit {
  return (value as WithInit | null)?.type === 'DataWithResponseInit';
}

/** A route's answer, whether plain data, `data(value, init)` or a Response. */
export async function outcome<T>(value: unknown): Promise<Outcome<T>> {
  if (value instanceof Response) {
    const text = await value.text();
    return {
      data: (text ? JSON.parse(text) : null) as T,
      status: value.status,
      headers: value.headers,
    };
  }
  if (isWithInit(value)) {
    return {
      data: value.data as T,
      status: value.init?.status ?? 200,
      headers: new Headers(value.init?.headers),
    };
  }
  return { data: value as T, status: 200, headers: new Headers() };
}

/** What a route threw (a redirect, a 404, an error page's data). */
export async function thrown<T = unknown>(run: () => unknown): Promise<Outcome<T>> {
  try {
    await run();
  } catch (error) {
    return outcome<T>(error);
  }
  throw new Error('expected the route to throw');
}

/** `cart=…` from a Set-Cookie header, for the next request. */
export function cookiePair(setCookie: string | null): string {
  if (!setCookie) throw new Error('no Set-Cookie header');
  return setCookie.split(';')[0]!;
}
