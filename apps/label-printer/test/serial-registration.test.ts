// Unit serials are registered with the hub (or the trace store) before their labels are made,
// never on a dry run (issue #22, ADR 036): the hub accepts scans of a printed serial only.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LEDGER_ORIGIN,
  cooperative,
  lot,
  orchard,
  packingHouse,
  product,
} from '@nguongoc/trace-core/sample-lot';
import { openTraceStore } from '@nguongoc/trace-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLabelServer } from '../src/server/label-server.js';
import { cli } from './_cli.js';
import { ADMIN_TOKEN, gtinLot, gtinProduct, startCommerceFake } from './_commerce-fake.js';
import { decodeAt, renderPdf } from './_decode.js';

const directory = mkdtempSync(join(tmpdir(), 'labels-serials-'));
const webRoot = mkdtempSync(join(tmpdir(), 'labels-serials-web-'));
type Fake = Awaited<ReturnType<typeof startCommerceFake>>;

/** `print --api … --lot <GTIN lot> --serials 0001-0005` and the rest. */
const printUnits = (url: string, ...rest: string[]) =>
  cli([
    'print',
    '--api',
    url,
    '--token',
    ADMIN_TOKEN,
    '--lot',
    gtinLot.id,
    '--serials',
    '0001-0005',
    ...rest,
  ]);

describe('nguongoc-labels print --api --serials', () => {
  let commerce: Fake;
  beforeAll(async () => {
    commerce = await startCommerceFake();
  });
  afterAll(() => commerce.close());

  it('registers exactly the printed range before writing the labels', async () => {
    const out = join(directory, 'units.pdf');
    const result = await printUnits(commerce.url, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(commerce.serials).toEqual([{ lot: gtinLot.id, body: { from: 1, to: 5, width: 4 } }]);
    expect(result.stdout).toContain(`serials 0001-0005 (${gtinLot.id}) registered at`);
    const [page] = await renderPdf(out);
    expect(decodeAt(page!, 0, 0.45, 70, 42.3)).toBe(
      'https://nguongoc.vn/01/08934602000019/10/MO-2611-A/21/0001',
    );
  });

  it('registers nothing on a dry run', async () => {
    const before = commerce.serials.length;
    const result = await printUnits(commerce.url, '--dry-run', join(directory, 'dry.pdf'));
    expect(result.code).toBe(0);
    expect(existsSync(join(directory, 'dry.pdf'))).toBe(true);
    expect(commerce.serials.length).toBe(before);
    expect(commerce.requests.filter((line) => line.startsWith('POST'))).toHaveLength(before);
  });

  it("registers a product without a GTIN's unit serials too, and nothing for a CSV", async () => {
    const before = commerce.requests.length;
    const registered = commerce.serials.length;
    const out = join(directory, 'no-gtin.pdf');
    const units = await cli([
      'print',
      '--api',
      commerce.url,
      '--token',
      ADMIN_TOKEN,
      '--lot',
      lot.id,
      '--serials',
      '1-3',
      '--out',
      out,
    ]);
    expect(units.code).toBe(0);
    expect(commerce.serials.slice(registered)).toEqual([
      { lot: lot.id, body: { from: 1, to: 3, width: 0 } },
    ]);
    expect(commerce.requests.slice(before)).toEqual([
      `GET /admin/trace/lots/${lot.id}`,
      `POST /admin/trace/lots/${lot.id}/serials`,
    ]);
    const afterUnits = commerce.requests.length;
    const csv = join(directory, 'units.csv');
    writeFileSync(csv, 'product,lot,gtin,serial\nMật ong,MO-2611-A,8934602000019,0001\n');
    const fromCsv = await cli([
      'print',
      '--csv',
      csv,
      '--api',
      commerce.url,
      '--token',
      ADMIN_TOKEN,
      '--out',
      join(directory, 'csv.pdf'),
    ]);
    expect(fromCsv.stderr).toBe('');
    expect(fromCsv.code).toBe(0);
    expect(commerce.requests.slice(afterUnits)).toEqual([]);
  });

  for (const status of [401, 404]) {
    it(`fails the job, in both languages, when the hub refuses the range (${status})`, async () => {
      const refusing = await startCommerceFake({}, { serialsStatus: status });
      try {
        const out = join(directory, `refused-${status}.pdf`);
        const result = await printUnits(refusing.url, '--out', out);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('[serials.unregistered]');
        expect(result.stderr).toContain(
          `không đăng ký được số sê-ri 0001-0005 của lô ${gtinLot.id} nên không in`,
        );
        expect(result.stderr).toContain(
          `could not register serials 0001-0005 of lot ${gtinLot.id}, so nothing is printed`,
        );
        expect(result.stderr).toContain(
          status === 401 ? 'the admin token was refused (401)' : `lot ${gtinLot.id} not found (404`,
        );
        expect(existsSync(out)).toBe(false);
        expect(refusing.serials).toEqual([]);
      } finally {
        await refusing.close();
      }
    });
  }
});

describe('nguongoc-labels print --store --serials', () => {
  const storeUrl = `file:${join(directory, 'htx.db')}`;
  beforeAll(async () => {
    const store = await openTraceStore({ url: storeUrl });
    await store.createLedger(LEDGER_ORIGIN);
    for (const record of [cooperative, orchard, packingHouse, product, gtinProduct, gtinLot])
      await store.addRecord(LEDGER_ORIGIN, record);
    await store.close();
  });

  it('records the range in the store, and says an offline store must register it at the hub', async () => {
    const store = await openTraceStore({ url: storeUrl });
    try {
      // Before: the serial was never printed, so its scan is refused.
      await expect(
        store.recordScan(gtinLot.id, { at: new Date(), serial: '0002' }),
      ).rejects.toMatchObject({ code: 'store.unknown_code' });
    } finally {
      await store.close();
    }
    const out = join(directory, 'store-units.pdf');
    const result = await cli([
      'print',
      '--store',
      storeUrl,
      '--lot',
      gtinLot.id,
      '--serials',
      '0001-0003',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "an offline store's serials reach the hub only when registered there",
    );
    const after = await openTraceStore({ url: storeUrl });
    try {
      expect(await after.recordScan(gtinLot.id, { at: new Date(), serial: '0003' })).toMatchObject({
        level: 'unit',
        scans: 1,
      });
      await expect(
        after.recordScan(gtinLot.id, { at: new Date(), serial: '0004' }),
      ).rejects.toMatchObject({ code: 'store.unknown_code' });
    } finally {
      await after.close();
    }
  });
});

describe('POST /api/pdf with serials, on a server with --api', () => {
  const TOKEN = 'test-access-token-serials-0123';
  const fields = {
    product: 'Mật ong hoa nhãn 500 g',
    lot: 'MO-2611-A',
    gtin: '8934602000019',
    shortCode: gtinLot.id,
    serials: '1-3',
  };
  const post = (url: string, body: Record<string, string>) =>
    fetch(`${url}/api/pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  async function withServer(
    fake: Fake,
    run: (server: Awaited<ReturnType<typeof startLabelServer>>) => Promise<void>,
  ) {
    const server = await startLabelServer({
      port: 0,
      base: 'https://nguongoc.vn',
      webRoot,
      token: TOKEN,
      api: { url: fake.url, token: ADMIN_TOKEN },
    });
    try {
      await run(server);
    } finally {
      await server.close();
      await fake.close();
    }
  }

  it('registers the range before answering the PDF', async () => {
    const fake = await startCommerceFake();
    await withServer(fake, async (server) => {
      const answer = await post(server.url, fields);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/pdf');
      expect(fake.serials).toEqual([{ lot: gtinLot.id, body: { from: 1, to: 3, width: 0 } }]);
    });
  });

  it('answers a bilingual error and no PDF when the hub refuses', async () => {
    const fake = await startCommerceFake({}, { serialsStatus: 401 });
    await withServer(fake, async (server) => {
      const answer = await post(server.url, fields);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/json');
      expect(await answer.json()).toMatchObject({
        code: 'serials.unregistered',
        messageVi: expect.stringContaining(
          `không đăng ký được số sê-ri 1-3 của lô ${gtinLot.id} nên không in`,
        ) as unknown,
        messageEn: expect.stringContaining(
          `could not register serials 1-3 of lot ${gtinLot.id}, so nothing is printed`,
        ) as unknown,
      });
    });
  });

  it('needs the lot short code for GTIN unit labels, and registers nothing without serials', async () => {
    const fake = await startCommerceFake();
    await withServer(fake, async (server) => {
      const answer = await post(server.url, { ...fields, shortCode: '' });
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({
        code: 'request.short_code',
        messageEn:
          'unit labels with serials need the lot short code, to register the serials with the hub before printing',
      });
      expect((await post(server.url, { ...fields, serials: '' })).status).toBe(200);
      expect(fake.serials).toEqual([]);
    });
  });
});
