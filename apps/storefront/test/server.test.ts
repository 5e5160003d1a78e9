// The production server's listener (server/storefront.js) on the app Vite builds, on a local
// port, against the MSW backend: the request body limit, the security headers of every kind of
// answer, and the page cache's key (unknown query parameters and junk language cookies hit it).
import { type IncomingHttpHeaders, type Server, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import { type ViteDevServer, createServer as createVite } from 'vite';
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStorefront } from '../server/storefront.js';
import { FIGURES_COMMUNE, SAMPLE_TRACE, medusa, vietnamYear } from './mocks/medusa.js';
import { server as backend } from './mocks/server.js';

let vite: ViteDevServer;
let server: Server;
let origin: string;
const CODE = SAMPLE_TRACE.code;
const EIGHT_MIB = 8 * 2 ** 20;

beforeAll(async () => {
  vite = await createVite({
    configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
  });
  const build = (await vite.ssrLoadModule('virtual:remix/server-build')) as ServerBuild;
  server = createServer(
    createStorefront({
      build,
      mode: 'development',
      env: {
        VNPAY_HOST: 'https://pay.vnpay.vn',
        MEDUSA_BACKEND_URL: 'http://medusa.test',
        STOREFRONT_URL: 'http://localhost:3000',
      },
    }),
  );
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

// This test's own requests go to the server under test; MSW answers only the backend's.
beforeEach(() => {
  backend.use(http.all(`${origin}/*`, () => passthrough()));
});

afterAll(async () => {
  await new Promise((closed) => server?.close(closed));
  await vite?.close();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Bytes of the request body written before the answer came. */
  sent: number;
}

/**
 * POSTs up to `total` bytes of `form`-encoded padding, 16 KiB at a time, each chunk written only
 * after the previous one was taken, and stops writing as soon as the server answers. With
 * `declare`, the length is sent as Content-Length; without, the body is chunked.
 */
function post(
  path: string,
  { total, declare, accept }: { total: number; declare: boolean; accept?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const outgoing = request(`${origin}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(declare ? { 'content-length': String(total) } : {}),
        ...(accept ? { accept } : {}),
      },
    });
    outgoing.on('response', (incoming) => {
      answered = true;
      let body = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (body += chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body, sent }),
      );
    });
    // The server may close the connection while the rest is still being written.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const writeMore = () => {
      if (answered || outgoing.destroyed) return;
      if (sent >= total) {
        outgoing.end();
        return;
      }
      const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += part.length;
      outgoing.write(part, () => setImmediate(writeMore));
    };
    writeMore();
  });
}

const SECURITY_HEADERS = [
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
];

function expectSecurityHeaders(headers: Headers | IncomingHttpHeaders) {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined);
  for (const name of SECURITY_HEADERS) expect(get(name), name).toBeTruthy();
  expect(get('x-frame-options')).toBe('DENY');
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(get('permissions-policy')).toContain('geolocation=()');
  const csp = get('content-security-policy')!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/form-action 'self' https:\/\/pay\.vnpay\.vn(;|$)/);
  expect(csp).not.toContain('unsafe-eval');
  return csp;
}

describe('the request body limit (64 KiB)', () => {
  it('refuses an 8 MiB form with a declared length with 413, in both languages, unread', async () => {
    const answer = await post('/products/cam-vinh-hop-5kg', { total: EIGHT_MIB, declare: true });
    expect(answer.status).toBe(413);
    expect(answer.body).toBe(
      'Nội dung yêu cầu quá lớn (tối đa 64 KiB) / request body too large (at most 64 KiB)',
    );
    expect(answer.headers.connection).toBe('close');
    // Answered from the headers: far less than the body was written (socket buffers only).
    expect(answer.sent).toBeLessThan(EIGHT_MIB / 4);
    expectSecurityHeaders(answer.headers);
    expect(medusa.requests).toEqual([]);
  });

  it('stops reading a chunked 8 MiB body once it passes the limit', async () => {
    const answer = await post('/products/cam-vinh-hop-5kg', { total: EIGHT_MIB, declare: false });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(EIGHT_MIB / 4);
    expect(medusa.requests).toEqual([]);
  });

  it('answers JSON to a client that asks for JSON', async () => {
    const answer = await post(`/t/${CODE}/scans`, {
      total: EIGHT_MIB,
      declare: false,
      accept: 'application/json',
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toEqual({
      code: 'body_too_large',
      message: 'Nội dung yêu cầu quá lớn (tối đa 64 KiB) / request body too large (at most 64 KiB)',
    });
  });

  it('passes a form just under the limit to the action, whole', async () => {
    const fields = new URLSearchParams({ variant_id: 'variant_cam5', quantity: '2' });
    const padding = 64 * 1024 - fields.toString().length - '&note='.length;
    fields.set('note', 'x'.repeat(padding));
    const body = fields.toString();
    expect(body.length).toBe(64 * 1024);
    const response = await fetch(`${origin}/products/cam-vinh-hop-5kg`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      redirect: 'manual',
    });
    expect(response.status).toBeLessThan(400);
    const added = medusa.requests.find((each) => each.path.endsWith('/line-items'));
    expect(added?.body).toMatchObject({ variant_id: 'variant_cam5', quantity: 2 });
  });
});

describe('the security headers', () => {
  it("on a shop page: Remix's inline scripts carry this answer's nonce, a new one each time", async () => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${origin}/products/cam-vinh-hop-5kg`);
      expect(response.status).toBe(200);
      const csp = expectSecurityHeaders(response.headers);
      const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      const html = await response.text();
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]!);
      expect(inline.length).toBeGreaterThan(0);
      for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('on the cached trace page: no nonce, and no inline script that would need one', async () => {
    const response = await fetch(`${origin}/t/${CODE}`);
    expect(response.status).toBe(200);
    const csp = expectSecurityHeaders(response.headers);
    expect(csp).toContain("script-src 'self';");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    for (const attributes of scripts) {
      expect(attributes).toMatch(/\bsrc=|type="application\/json"/);
    }
  });

  it('on a data request, a 404 page, the health check and the bundle JSON', async () => {
    for (const path of [
      '/products/cam-vinh-hop-5kg.data',
      '/no-such-page',
      '/healthz',
      `/t/${CODE}/bundle.json`,
    ]) {
      const response = await fetch(`${origin}${path}`);
      await response.arrayBuffer();
      expectSecurityHeaders(response.headers);
    }
  });
});

describe('the page cache key', () => {
  const get = (path: string, cookie?: string) =>
    fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {} });
  const cacheOf = async (path: string, cookie?: string) => {
    const response = await get(path, cookie);
    await response.arrayBuffer();
    return response.headers.get('x-page-cache');
  };

  it('ignores unknown query parameters and junk language cookies', async () => {
    const path = `/01/${SAMPLE_TRACE.gtin}/10/${SAMPLE_TRACE.lotNumber}`;
    expect(await cacheOf(path)).toBe('MISS');
    const rendered = medusa.requests.length;
    for (const variant of [
      `${path}?utm_source=zalo&utm_campaign=tet`,
      `${path}?fbclid=IwAR0x&lang=xx`,
      `${path}?${'junk='.repeat(50)}`,
    ]) {
      expect(await cacheOf(variant), variant).toBe('HIT');
    }
    for (const cookie of ['lang=junk', 'lang=en', 'lang=ImZyIg%3D%3D', 'x=1']) {
      expect(await cacheOf(path, cookie), cookie).toBe('HIT');
    }
    expect(medusa.requests.length).toBe(rendered);
  });

  it('keeps one English page for the cookie and for ?lang=en, and sets the cookie', async () => {
    const path = `/t/${CODE}`;
    const english = await get(path, 'lang=ImVuIg%3D%3D');
    const html = await english.text();
    expect(html).toContain('<html lang="en"');
    const asked = await get(`${path}?lang=en&utm_medium=qr`);
    expect(asked.headers.get('x-page-cache')).toBe('HIT');
    expect(await asked.text()).toBe(html);
    expect(asked.headers.get('set-cookie')).toMatch(
      /^lang=ImVuIg%3D%3D; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    // The cookie already says English: nothing to set.
    const again = await get(`${path}?lang=en`, 'lang=ImVuIg%3D%3D');
    expect(again.headers.get('set-cookie')).toBeNull();
    await again.arrayBuffer();
  });

  it("keeps the open-data page's year, and nothing else of its query", async () => {
    const path = `/xa/${FIGURES_COMMUNE}`;
    const year = vietnamYear();
    expect(await cacheOf(`${path}?year=${year}`)).toBe('MISS');
    expect(await cacheOf(`${path}?utm_source=x&year=${year}`)).toBe('HIT');
    expect(await cacheOf(`${path}?year=${year}&year=${year - 1}`)).toBe('HIT');
    expect(await cacheOf(`${path}?year=${year - 1}`)).toBe('MISS');
    expect(await cacheOf(path)).toBe('MISS');
  });
});
