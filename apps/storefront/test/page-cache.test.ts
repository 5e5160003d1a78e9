import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPageCache } from '../server/page-cache.js';

/** A renderer that counts its calls and answers what `answer` says, after `delay` ms. */
function renderer(answer: (n: number) => ResponseInit & { body?: string }, delay = 0) {
  let calls = 0;
  const render = async () => {
    const n = ++calls;
    await new Promise((done) => setTimeout(done, delay));
    const { body = `page ${n}`, ...init } = answer(n);
    return new Response(body, init);
  };
  return { render, calls: () => calls };
}

const publicPage = { headers: { 'cache-control': 'public, max-age=30' } };
/** What server.js asks for: a key (URL and language), and the request to render on a miss. */
const request = (path = '/t/3KX9T2M7QAH', cookie = '') =>
  [
    `${path} ${cookie}`,
    () => new Request(`http://storefront.local${path}`, { headers: cookie ? { cookie } : {} }),
  ] as const;

describe('the page cache in front of the trace pages', () => {
  it('renders a public page once, keeps it gzipped, and serves it until max-age', async () => {
    let time = 0;
    const { render, calls } = renderer(() => publicPage);
    const cache = createPageCache({ render, now: () => time });
    const first = await cache.get(...request());
    expect(first.hit).toBe(false);
    expect(gunzipSync(first.page!.gzipped).toString()).toBe('page 1');
    time = 29_000;
    const second = await cache.get(...request());
    expect(second).toMatchObject({ hit: true });
    expect(second.page!.body.toString()).toBe('page 1');
    expect(calls()).toBe(1);
  });

  it('keeps one page per language and path', async () => {
    const { render, calls } = renderer((n) => ({ ...publicPage, body: `page ${n}` }));
    const cache = createPageCache({ render });
    await cache.get(...request('/t/A', 'lang=vi'));
    await cache.get(...request('/t/A', 'lang=en'));
    await cache.get(...request('/t/B', 'lang=vi'));
    await cache.get(...request('/t/A', 'lang=en'));
    expect(calls()).toBe(3);
    expect(cache.size).toBe(3);
  });

  it('serves an expired page while one request renders it again, then the new one', async () => {
    let time = 0;
    const { render, calls } = renderer(() => publicPage, 5);
    const cache = createPageCache({ render, staleSeconds: 60, now: () => time });
    await cache.get(...request());
    time = 31_000;
    const [a, b] = await Promise.all([cache.get(...request()), cache.get(...request())]);
    expect([a.page!.body.toString(), b.page!.body.toString()]).toEqual(['page 1', 'page 1']);
    await new Promise((done) => setTimeout(done, 20));
    expect(calls()).toBe(2);
    expect((await cache.get(...request())).page!.body.toString()).toBe('page 2');
  });

  it('renders again, and waits for it, once a page is past its stale time too', async () => {
    let time = 0;
    const { render } = renderer(() => publicPage);
    const cache = createPageCache({ render, staleSeconds: 60, now: () => time });
    await cache.get(...request());
    time = 91_000;
    const late = await cache.get(...request());
    expect(late.hit).toBe(false);
    expect(late.page!.body.toString()).toBe('page 2');
  });

  it('lets concurrent first readers share one render', async () => {
    const { render, calls } = renderer(() => publicPage, 10);
    const cache = createPageCache({ render });
    const pages = await Promise.all(Array.from({ length: 20 }, () => cache.get(...request())));
    expect(calls()).toBe(1);
    expect(new Set(pages.map((p) => p.page!.body.toString()))).toEqual(new Set(['page 1']));
  });

  it('never keeps an error, a page that sets a cookie, or one that is not public', async () => {
    for (const init of [
      { status: 404, headers: { 'cache-control': 'public, max-age=30' } },
      { headers: { 'cache-control': 'public, max-age=30', 'set-cookie': 'lang=en' } },
      { headers: { 'cache-control': 'private, max-age=30' } },
      { headers: { 'cache-control': 'public, max-age=0' } },
    ]) {
      const { render, calls } = renderer(() => init);
      const cache = createPageCache({ render });
      const first = await cache.get(...request());
      const second = await cache.get(...request());
      expect(first.page).toBeUndefined();
      expect(first.response!.status).toBe(init.status ?? 200);
      expect(second.hit).toBe(false);
      expect(calls()).toBe(2);
      expect(cache.size).toBe(0);
    }
  });
});
