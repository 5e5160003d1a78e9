import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Organisation } from '@nguongoc/trace-core';
import { type TraceStore, openTraceStore } from '@nguongoc/trace-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TraceModuleService } from '../../src/modules/trace/service.js';

describe('the trace module service', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ng-trace-module-'));
  let store: TraceStore;
  let trace: TraceModuleService;
  const origin = 'nguongoc.vn/htx-thu';
  // Keys in another order than the store's canonical JSON: still the same record.
  const organisation: Organisation = {
    type: 'organisation',
    name: 'Hợp tác xã Thử',
    id: 'htx-thu',
    kind: 'cooperative',
    communeCode: '16941',
    address: 'Xóm 1',
  };
  const entries = async () => (await store.exportLedger(origin)).entries.length;

  beforeAll(async () => {
    store = await openTraceStore({
      url: `file:${join(folder, 'store.db')}`,
      environment: { TRACE_MASTER_KEY: Buffer.alloc(32, 3).toString('base64') },
    });
    trace = new TraceModuleService({
      traceStore: store,
      traceLinks: { storefront: 'https://cho.example.vn', labelPrinter: 'http://127.0.0.1:5180' },
    });
  });

  afterAll(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('records an unchanged cooperative once, however its keys are ordered', async () => {
    await trace.registerOrganisation(origin, organisation);
    const after = await entries();
    await trace.registerOrganisation(origin, { ...organisation });
    await trace.registerOrganisation(origin, JSON.parse(JSON.stringify(organisation)));
    expect(await entries()).toBe(after);
    await trace.registerOrganisation(origin, { ...organisation, address: 'Xóm 2' });
    expect(await entries()).toBe(after + 1);
  });

  it('takes a store failure for a failure, not for a cooperative without a ledger', async () => {
    const outage = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    const created: string[] = [];
    const unreachable = {
      verifierKeys: () => Promise.reject(outage),
      createLedger: async (ledger: string) => {
        created.push(ledger);
        return { origin: ledger, verifierKey: '' };
      },
    } as unknown as TraceStore;
    const service = new TraceModuleService({
      traceStore: unreachable,
      traceLinks: { storefront: 'https://cho.example.vn', labelPrinter: 'http://127.0.0.1:5180' },
    });
    await expect(service.registerOrganisation(origin, organisation)).rejects.toBe(outage);
    expect(created).toEqual([]);
  });

  it("links a lot to its trace page (its QR's URL) and to the workspace's label page", () => {
    expect(trace.linksOf('3KX9T2M7QAH')).toEqual({
      trace_url: 'https://cho.example.vn/t/3KX9T2M7QAH',
      labels_url: 'http://127.0.0.1:5180/lots/3KX9T2M7QAH/labels',
    });
  });
});
