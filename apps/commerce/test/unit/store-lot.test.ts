import { type EpcisEvent, generateNoteKeys, vietnamTime } from '@nguongoc/trace-core';
import { LEDGER_ORIGIN, fieldWork, lot, sampleLedger } from '@nguongoc/trace-core/sample-lot';
import { describe, expect, it } from 'vitest';
import { storeLot } from '../../src/api/store/products/[id]/origin/_store-lot.js';

const keys = generateNoteKeys(LEDGER_ORIGIN, new Uint8Array(32).fill(7));

describe('storeLot: a lot in short, from its bundle', () => {
  it('counts the sample season and names its field work in ledger order', () => {
    const ledger = sampleLedger();
    const bundle = ledger.lotBundle(lot.id, ledger.signCheckpoint(keys.signerKey));
    expect(storeLot(lot, bundle)).toEqual({
      id: '3KX9T2M7QAH',
      code: 'CAM-2611-A',
      trace_path: '/t/3KX9T2M7QAH',
      event_count: fieldWork.length,
      first_event_at: vietnamTime(fieldWork[0]!.time),
      last_event_at: vietnamTime(fieldWork.at(-1)!.time),
      kinds: ['fertilising', 'spraying', 'certification', 'harvest', 'packing', 'shipping'],
    });
  });

  it('takes the earliest and latest times whatever the ledger order, each kind once', () => {
    const ledger = sampleLedger();
    // Recorded late, about an earlier day; then a plain EPCIS event from another system.
    const late: EpcisEvent = {
      type: 'ObjectEvent',
      eventTime: '2026-08-01T00:30:00.000Z',
      eventTimeZoneOffset: '+00:00',
      action: 'OBSERVE',
      bizStep: 'https://ref.gs1.org/cbv/BizStep-receiving',
      epcList: ['urn:epc:id:sgtin:8938600.000001.1'],
    };
    const untyped: EpcisEvent = {
      type: 'ObjectEvent',
      eventTime: '2026-12-01T08:00:00.000+07:00',
      eventTimeZoneOffset: '+07:00',
      action: 'OBSERVE',
      epcList: ['urn:epc:id:sgtin:8938600.000001.2'],
    };
    ledger.appendEvent(late, lot.id);
    ledger.appendEvent(untyped, lot.id);
    ledger.appendEvent({ ...untyped, eventTime: '2026-11-30T08:00:00.000+07:00' }, lot.id);
    const summary = storeLot(lot, ledger.lotBundle(lot.id, ledger.signCheckpoint(keys.signerKey)));
    expect(summary.event_count).toBe(fieldWork.length + 3);
    expect(summary.first_event_at).toBe('2026-08-01T00:30:00.000Z');
    expect(summary.last_event_at).toBe('2026-12-01T08:00:00.000+07:00');
    expect(summary.kinds.slice(-2)).toEqual(['receiving', 'ObjectEvent']);
  });

  it('has no times for a lot without events', () => {
    const ledger = sampleLedger();
    const empty = { ...lot, id: '7QZ4M2K9XWA', code: 'CAM-2612-B' };
    ledger.addRecord(empty);
    const bundle = ledger.lotBundle(empty.id, ledger.signCheckpoint(keys.signerKey));
    expect(storeLot(empty, bundle)).toMatchObject({
      event_count: 0,
      first_event_at: null,
      last_event_at: null,
      kinds: [],
    });
  });
});
