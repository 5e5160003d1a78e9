// Who may use the label server (src/server/label-access.ts), over plain HTTP: the access token,
// the Host check against DNS rebinding, cross-site requests, JSON-only posts and the job cap.
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WEB_JOB_LABELS, checkWebJobSize } from '../src/server/label-request.js';
import { startLabelServer } from '../src/server/label-server.js';

const webRoot = mkdtempSync(join(tmpdir(), 'labels-access-'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Nhãn</title>');
const TOKEN = 'test-access-token-0123456789';
let server: Awaited<ReturnType<typeof startLabelServer>>;
let port: number;

beforeAll(async () => {
  server = await startLabelServer({ port: 0, base: 'https://nguongoc.vn', webRoot, token: TOKEN });
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.close());

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** A raw request, so that Host, Origin and Sec-Fetch-Site are exactly what a browser could send. */
function request(
  path: string,
  headers: Record<string, string> = {},
  options: { method?: string; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const authorized = { authorization: `Bearer ${TOKEN}` };
const job = (fields: Record<string, string>) =>
  JSON.stringify({
    product: 'Cam Vinh',
    lot: 'CAM-2611-A',
    gtin: '8938600000019',
    template: 'a4-3x7',
    ...fields,
  });
const code = (answer: Answer) => (JSON.parse(answer.text) as { code: string }).code;

describe('the label server wants its access token', () => {
  it('refuses the page and the API without it, in both languages', async () => {
    for (const path of ['/', '/api/templates', '/api/preview.svg?product=a&lot=b&gtin=1']) {
      const answer = await request(path);
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.text)).toMatchObject({
        code: 'request.token',
        messageVi: expect.stringContaining('cần mã truy cập'),
        messageEn: expect.stringContaining('an access token is needed'),
      });
    }
    expect((await request('/api/templates', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await request('/?token=wrong')).status).toBe(401);
    // The API never takes the token from its address (it would land in logs and history).
    expect((await request(`/api/templates?token=${TOKEN}`)).status).toBe(401);
  });

  it('takes a Bearer token, or the printed address, whose token becomes a strict cookie', async () => {
    expect((await request('/api/templates', authorized)).status).toBe(200);
    expect(server.pageUrl).toBe(`${server.url}/?token=${TOKEN}`);
    const visit = await request(`/?lot=3KX9T2M7QAH&token=${TOKEN}`);
    expect(visit.status).toBe(303);
    expect(visit.headers.location).toBe('/?lot=3KX9T2M7QAH');
    const [cookie] = visit.headers['set-cookie'] ?? [];
    expect(cookie).toBe(`nguongoc_labels_${port}=${TOKEN}; Path=/; HttpOnly; SameSite=Strict`);
    const withCookie = { cookie: cookie!.split(';')[0]! };
    expect((await request('/api/templates', withCookie)).status).toBe(200);
    expect((await request('/?lot=3KX9T2M7QAH', withCookie)).text).toContain('<title>Nhãn');
  });

  it('makes a random token when none is given', async () => {
    const other = await startLabelServer({ port: 0, base: 'https://nguongoc.vn', webRoot });
    try {
      expect(other.token).toMatch(/^[\w-]{43}$/);
      expect(other.token).not.toBe(TOKEN);
      expect(other.pageUrl).toBe(`${other.url}/?token=${other.token}`);
    } finally {
      await other.close();
    }
  });

  it('refuses a short token, or one a cookie cannot carry', async () => {
    for (const token of ['short', 'has a space in it!!', 'semi;colon-0123456789']) {
      await expect(
        startLabelServer({ port: 0, base: 'https://nguongoc.vn', webRoot, token }),
      ).rejects.toThrow('at least 16 letters, digits');
    }
  });
});

describe('the label server answers only its own address', () => {
  it('refuses another Host name, even with the token (DNS rebinding)', async () => {
    for (const host of [`rebind.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const answer = await request('/api/templates', { ...authorized, host });
      expect(answer.status).toBe(403);
      expect(code(answer)).toBe('request.host');
      expect(answer.text).toContain('does not answer for');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await request('/api/templates', { ...authorized, host })).status).toBe(200);
    }
  });

  it('refuses a foreign Origin and cross-site API requests', async () => {
    const foreign = await request('/api/templates', {
      ...authorized,
      origin: 'http://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(code(foreign)).toBe('request.origin');
    for (const site of ['cross-site', 'same-site']) {
      const answer = await request('/api/templates', { ...authorized, 'sec-fetch-site': site });
      expect(answer.status).toBe(403);
      expect(code(answer)).toBe('request.cross_site');
    }
    const own = {
      ...authorized,
      origin: `http://127.0.0.1:${port}`,
      'sec-fetch-site': 'same-origin',
    };
    expect((await request('/api/templates', own)).status).toBe(200);
  });

  it('cannot be framed', async () => {
    const answer = await request('/', authorized);
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  });
});

describe('the label server takes JSON jobs of a bounded size', () => {
  it('refuses the bodies a cross-site form can send', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const answer = await request(
        '/api/pdf',
        { ...authorized, 'content-type': type },
        { method: 'POST', body: job({}) },
      );
      expect(answer.status).toBe(415);
      expect(code(answer)).toBe('request.content_type');
      expect(answer.text).toContain('only application/json is accepted');
    }
  });

  it('prints a JSON job', async () => {
    const answer = await request(
      '/api/pdf',
      { ...authorized, 'content-type': 'application/json' },
      { method: 'POST', body: job({ serials: '1-3' }) },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
  });

  it('refuses 200,000 labels, or 5,000 serials × 3 copies, with 413 before making any', async () => {
    for (const [fields, labels] of [
      [{ serials: '1-200000' }, 200_000],
      [{ serials: '1-5000', copies: '3' }, 15_000],
      [{ copies: '10001' }, 10_001],
    ] as const) {
      const answer = await request(
        '/api/pdf',
        { ...authorized, 'content-type': 'application/json' },
        { method: 'POST', body: job(fields) },
      );
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.text)).toMatchObject({
        code: 'request.too_many_labels',
        messageVi: `${labels} nhãn, trang web in tối đa 10000 nhãn một lần: chia nhỏ dãy số sê-ri, hoặc dùng lệnh nguongoc-labels print`,
        messageEn: `${labels} labels; the web page prints at most 10000 at a time: split the serial range, or use nguongoc-labels print`,
      });
    }
  });

  it('counts serials × copies up to exactly the cap', () => {
    expect(MAX_WEB_JOB_LABELS).toBe(10_000);
    expect(() => checkWebJobSize({ serials: '1-10000' })).not.toThrow();
    expect(() => checkWebJobSize({ serials: '0001-5000', copies: '2' })).not.toThrow();
    expect(() => checkWebJobSize({ serials: '1-10001' })).toThrow(/10001 labels/);
    expect(() => checkWebJobSize({ serials: '1-2500', copies: '5' })).toThrow(/12500 labels/);
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const answer = await request(
      '/api/pdf',
      { ...authorized, 'content-type': 'application/json' },
      { method: 'POST', body: job({ cooperative: 'x'.repeat(70 * 1024) }) },
    );
    expect(answer.status).toBe(413);
    expect(code(answer)).toBe('request.size');
  });
});
