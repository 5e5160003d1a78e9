// apps/commerce's own answers are read through @nguongoc/contracts: an answer that breaks its
// contract is the error page (502) or, where a page stands without it, left out, and the log
// names the field; what the contract does not name never reaches a page or the browser.
import { generateShortCode } from '@nguongoc/trace-core';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loader as digitalLinkLoader } from '../app/routes/01.$gtin.10.$lot/route';
import { loader as homeLoader } from '../app/routes/_shop._index/route';
import { loader as cooperativeLoader } from '../app/routes/_shop.cooperatives.$handle/route';
import { loader as productLoader } from '../app/routes/_shop.products.$handle/route';
import { action as scansAction } from '../app/routes/t.$code_.scans/route';
import { loader as traceLoader } from '../app/routes/t.$code/route';
import type { TraceFailure } from '../app/trace/trace.server';
import { BACKEND, COOPERATIVES, SAMPLE_TRACE } from './mocks/medusa';
import { server } from './mocks/server';
import { loaderArgs, thrown } from './remix';

const answering = (path: string, body: unknown, method: 'get' | 'post' = 'get') =>
  server.use(http[method](`${BACKEND}${path}`, () => HttpResponse.json(body as never)));

let log: { mock: { calls: unknown[][] }; mockRestore: () => void } | undefined;
const logged = () => (log?.mock.calls ?? []).map((call) => String(call[0])).join('\n');

describe('shop pages', () => {
  afterEach(() => log?.mockRestore());

  it('the home page is a 502 when the cooperatives break their contract, naming the field', async () => {
    log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answering('/store/cooperatives', {
      cooperatives: [{ ...COOPERATIVES[0], province: undefined }],
    });
    const failure = await thrown(() => homeLoader());
    expect(failure.status).toBe(502);
    expect(failure.data).toEqual({ code: 'backend_unavailable' });
    expect(logged()).toContain('home page: câu trả lời ngoài hợp đồng / answer outside');
    expect(logged()).toContain('cooperatives[0].province: ');
  });

  it('a cooperative page is a 502 when its cooperative breaks the contract', async () => {
    log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handle = COOPERATIVES[0]!.handle;
    answering('/store/cooperatives/:handle', {
      cooperative: { ...COOPERATIVES[0], product_ids: 'prod_cam5' },
    });
    const failure = await thrown(() =>
      cooperativeLoader(loaderArgs(`/cooperatives/${handle}`, { params: { handle } })),
    );
    expect(failure.status).toBe(502);
    expect(logged()).toContain('cooperative.product_ids: ');
  });

  it('a product page stands without the lot whose origin answer breaks the contract', async () => {
    log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answering('/store/products/:id/origin', {
      cooperative: COOPERATIVES[0],
      lots: [{ id: '3KX9T2M7QAH', code: 'CAM-2026-11', event_count: 'six' }],
    });
    const params = { handle: 'cam-vinh-hop-5kg' };
    const { product, newestLot } = await productLoader(
      loaderArgs('/products/cam-vinh-hop-5kg', { params }),
    );
    expect(product.title).toBe('Cam Vinh hộp 5 kg');
    expect(product.cooperative).toBeNull();
    expect(newestLot).toBeNull();
    expect(logged()).toContain('lots[0].');
  });
});

describe('trace pages', () => {
  afterEach(() => log?.mockRestore());

  it('a bundle answer without its verifier keys is a 503, logged with the field', async () => {
    log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answering('/store/trace/:code', { bundle: SAMPLE_TRACE.bundle });
    const code = generateShortCode();
    const failure = await thrown<TraceFailure>(() =>
      traceLoader(loaderArgs(`/t/${code}`, { params: { code } })),
    );
    expect(failure.status).toBe(503);
    expect(failure.data).toEqual({ code, reason: 'unavailable' });
    expect(logged()).toContain(
      `GET /store/trace/${code}: answer outside the contract: verifier_keys`,
    );
  });

  it('a GS1 lookup answering something other than a code is a 503, not a page of another code', async () => {
    log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answering('/store/trace/gs1/:gtin/:lot', { code: 42 });
    const params = { gtin: SAMPLE_TRACE.gtin, lot: SAMPLE_TRACE.lotNumber };
    const failure = await thrown<TraceFailure>(() =>
      digitalLinkLoader(loaderArgs(`/01/${params.gtin}/10/${params.lot}`, { params })),
    );
    expect(failure.status).toBe(503);
    expect(logged()).toContain('answer outside the contract: code: ');
  });

  const scan = () =>
    scansAction({
      request: new Request(`http://localhost:3000/t/${SAMPLE_TRACE.code}/scans`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serial: 'UNIT-7' }),
      }),
      params: { code: SAMPLE_TRACE.code },
      context: {},
    });

  it('a scan verdict passes on only what the contract names, and a broken one is a 502', async () => {
    const verdict = {
      serial: 'UNIT-7',
      level: 'unit',
      scans: 1,
      provinces: [],
      suspicious: false,
      reasons: [],
    };
    answering(
      '/store/trace/:code/scans',
      { verdict: { ...verdict, user_agent_hashes: ['3f2a…'] }, buyer: 'Nguyễn Thị Lan' },
      'post',
    );
    expect(await (await scan()).json()).toEqual({ verdict });

    log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answering('/store/trace/:code/scans', { verdict: { ...verdict, suspicious: 'no' } }, 'post');
    const broken = await scan();
    expect(broken.status).toBe(502);
    expect(await broken.json()).toEqual({ error: 'scan_not_recorded' });
    expect(logged()).toContain('verdict.suspicious: ');
  });
});
