import { generateShortCode } from '@nguongoc/trace-core';
import { fieldWork } from '@nguongoc/trace-core/sample-lot';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { loader as digitalLinkLoader } from '../app/routes/01.$gtin.10.$lot/route';
import { action as scansAction } from '../app/routes/t.$code_.scans/route';
import { loader as bundleLoader } from '../app/routes/t.$code_.bundle[.]json/route';
import { loader as traceLoader } from '../app/routes/t.$code/route';
import { BundleLookupError, createBundleCache } from '../app/trace/bundle-cache.server';
import type { TraceFailure, tracePage } from '../app/trace/trace.server';
import { BACKEND, PUBLISHABLE_KEY, SAMPLE_TRACE, medusa } from './mocks/medusa';
import { server } from './mocks/server';
import { loaderArgs, outcome, thrown } from './remix';

type Page = Awaited<ReturnType<typeof tracePage>>['data'];
const CODE = SAMPLE_TRACE.code;

describe('the trace page loader (/t/:code)', () => {
  it("reads the lot's story from its bundle, in Vietnamese, kept public for 30 s", async () => {
    const { data: page, headers } = await outcome<Page>(
      await traceLoader(loaderArgs(`/t/${CODE}`, { params: { code: CODE } })),
    );
    expect(headers.get('cache-control')).toBe('public, max-age=30');
    expect(page.language).toBe('vi');
    expect(page.view).toMatchObject({
      code: CODE,
      lotNumber: 'CAM-2611-A',
      productName: 'Cam Vinh hộp 5 kg',
      producer: { name: 'Hợp tác xã Cam Nghĩa Đàn', place: 'Xã Nghĩa Đàn, Tỉnh Nghệ An' },
      ocop: { stars: 4, decisionNumber: '2189/QĐ-UBND' },
      plantingArea: { code: 'VN-NA-ND-0012' },
      origin: 'nguongoc.vn/htx-cam-nghia-dan',
      checkpointSize: 5 + fieldWork.length,
    });
    expect(page.view.steps.map((step) => step.title)).toContain('Thu hoạch');
    expect(page.view.steps).toHaveLength(fieldWork.length);
    expect(page.messages.checked[0]).toBe('Chữ ký số của sổ cái nguongoc.vn/htx-cam-nghia-dan');
    expect(page.links).toMatchObject({
      bundle: `/t/${CODE}/bundle.json`,
      scans: `/t/${CODE}/scans`,
      product: '/products/cam-vinh-hop-5kg',
      otherLanguage: `/t/${CODE}?lang=en`,
    });
  });

  it('tells the same story in English when the reader chose English', async () => {
    const { data: page } = await outcome<Page>(
      await traceLoader(loaderArgs(`/t/${CODE}?lang=en`, { params: { code: CODE } })),
    );
    expect(page.language).toBe('en');
    expect(page.view.productName).toBe('Vinh oranges, 5 kg box');
    expect(page.view.steps.map((step) => step.title)).toContain('Harvest');
    expect(page.messages.verified).toBe('Verified');
  });

  it('answers 404 for an unknown code, and for a mistyped one without asking the backend', async () => {
    const unknown = await thrown<TraceFailure>(() =>
      traceLoader(loaderArgs('/t/AAAAAAAAAAA', { params: { code: 'AAAAAAAAAAA' } })),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.data).toEqual({ code: 'AAAAAAAAAAA', reason: 'not_found' });
    medusa.reset();
    const mistyped = await thrown<TraceFailure>(() =>
      traceLoader(loaderArgs('/t/3KX9T2M7QAV', { params: { code: '3KX9T2M7QAV' } })),
    );
    expect(mistyped.status).toBe(404);
    expect(medusa.requests).toEqual([]);
  });

  it('answers 503 when the backend cannot be reached', async () => {
    server.use(medusa.down());
    const code = generateShortCode();
    const failed = await thrown<TraceFailure>(() =>
      traceLoader(loaderArgs(`/t/${code}`, { params: { code } })),
    );
    expect(failed.status).toBe(503);
    expect(failed.data.reason).toBe('unavailable');
  });

  it('opens the same page from a GS1 Digital Link, and 404 for a lot number it does not know', async () => {
    const params = { gtin: SAMPLE_TRACE.gtin, lot: SAMPLE_TRACE.lotNumber };
    const { data: page } = await outcome<Page>(
      await digitalLinkLoader(loaderArgs(`/01/${params.gtin}/10/${params.lot}`, { params })),
    );
    expect(page.view.code).toBe(CODE);
    const unknown = await thrown(() =>
      digitalLinkLoader(
        loaderArgs(`/01/${params.gtin}/10/NO-SUCH-LOT`, {
          params: { ...params, lot: 'NO-SUCH-LOT' },
        }),
      ),
    );
    expect(unknown.status).toBe(404);
  });
});

describe("the verification script's two requests", () => {
  it('serves the bundle with the keys that verify it (/t/:code/bundle.json)', async () => {
    const response = await bundleLoader(
      loaderArgs(`/t/${CODE}/bundle.json`, { params: { code: CODE } }),
    );
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { bundle: { lot: string }; verifierKeys: string[] };
    expect(body.bundle.lot).toBe(CODE);
    expect(body.verifierKeys).toEqual([SAMPLE_TRACE.verifierKey]);
  });

  it("passes a scan on with the reader's user agent and answers the verdict", async () => {
    const scan = () =>
      scansAction({
        request: new Request(`http://localhost:3000/t/${CODE}/scans`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'Zalo/24 Android' },
          body: JSON.stringify({ serial: 'UNIT-7' }),
        }),
        params: { code: CODE },
        context: {},
      });
    const first = (await (await scan()).json()) as {
      verdict: { scans: number; suspicious: boolean };
    };
    expect(first.verdict).toMatchObject({ scans: 1, suspicious: false });
    expect(medusa.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/store/trace/${CODE}/scans`,
      body: { serial: 'UNIT-7' },
    });
    for (let i = 0; i < 3; i++) await scan();
    const later = (await (await scan()).json()) as { verdict: { suspicious: boolean } };
    expect(later.verdict.suspicious).toBe(true);
  });

  it("passes on a province only as one of the 34 province codes, with the buyer's address", async () => {
    let forwardedFor: string | null = null;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/scans')) forwardedFor = request.headers.get('x-forwarded-for');
    });
    const scan = (body: object) =>
      scansAction({
        request: new Request(`http://localhost:3000/t/${CODE}/scans`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        params: { code: CODE },
        context: { clientIp: '203.0.113.9' },
      });
    await scan({ serial: '0042', province: '40', latitude: 18.67, longitude: 105.69 });
    expect(medusa.requests.at(-1)!.body).toEqual({ serial: '0042', province: '40' });
    expect(forwardedFor).toBe('203.0.113.9');
    for (const province of ['99', 'Nghệ An', 40, '40 ']) {
      await scan({ province });
      expect(medusa.requests.at(-1)!.body).toEqual({});
    }
    server.events.removeAllListeners();
  });

  it("keeps the backend's refusals (404, 429 with Retry-After), so that the page can say so", async () => {
    server.use(
      http.post(`${BACKEND}/store/trace/:code/scans`, () =>
        HttpResponse.json(
          { message: 'Quá nhiều lượt quét / Too many scans' },
          { status: 429, headers: { 'retry-after': '120' } },
        ),
      ),
    );
    const response = await scansAction({
      request: new Request(`http://localhost:3000/t/${CODE}/scans`, { method: 'POST', body: '{}' }),
      params: { code: CODE },
      context: {},
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
    expect(await response.json()).toEqual({ error: 'scan_not_recorded' });
  });
});

describe('the bundle cache', () => {
  const counting = () => {
    const requests: Headers[] = [];
    const fetchCounting: typeof fetch = (input, init) => {
      requests.push(new Headers(init?.headers));
      return fetch(input, init);
    };
    return { requests, fetch: fetchCounting };
  };

  it('asks the backend once while max-age lasts, and shares one request between concurrent readers', async () => {
    const { requests, fetch } = counting();
    const cache = createBundleCache({
      backendUrl: BACKEND,
      publishableKey: PUBLISHABLE_KEY,
      fetch,
    });
    const [a, b] = await Promise.all([cache.get(CODE), cache.get(CODE)]);
    await cache.get(CODE);
    expect(a).toBe(b);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.get('x-publishable-api-key')).toBe(PUBLISHABLE_KEY);
  });

  it('revalidates with If-None-Match once max-age is over, and keeps what a 304 confirms', async () => {
    const { requests, fetch } = counting();
    const expiring: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const headers = new Headers(response.headers);
      headers.set('cache-control', 'public, max-age=0');
      return new Response(response.status === 304 ? null : await response.text(), {
        status: response.status,
        headers,
      });
    };
    const cache = createBundleCache({
      backendUrl: BACKEND,
      publishableKey: PUBLISHABLE_KEY,
      fetch: expiring,
    });
    const first = await cache.get(CODE);
    await new Promise((done) => setTimeout(done, 5));
    const second = await cache.get(CODE);
    expect(second).toBe(first);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.get('if-none-match')).toBe(first.etag);
  });

  it('says which status the backend answered for a code it does not know', async () => {
    const cache = createBundleCache({ backendUrl: BACKEND, publishableKey: PUBLISHABLE_KEY });
    const error = await cache.get('AAAAAAAAAAA').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundleLookupError);
    expect((error as BundleLookupError).status).toBe(404);
  });
});
