import { Ajv } from 'ajv';
import { default as formats } from 'ajv-formats';
import { findCommune } from '@nguongoc/vn-admin-units';
import { NET_UNITS } from '@nguongoc/vn-locale';
import { describe, expect, it } from 'vitest';
import {
  NGUONGOC_CONTEXT,
  TraceFormatError,
  buildFieldEvent,
  epcisEventHash,
  normalizeShortCode,
  validateRecord,
  vietnamTime,
} from '../src/index.js';
import { MemoryLedger } from '../src/ledger/index.js';
import { cooperative, fieldWork, lot, orchard, packingHouse, product } from '../src/sample-lot.js';
import { readVectorJson } from './_vectors.js';

const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS: under NodeNext its default export arrives as the module object.
(formats as unknown as { default: (ajv: Ajv) => void }).default(ajv);
const validateDocument = ajv.compile(readVectorJson('epcis-schema/EPCIS-JSON-Schema.json'));

function document(eventList: unknown[]) {
  return {
    '@context': NGUONGOC_CONTEXT,
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: '2026-11-22T08:00:00.000+07:00',
    epcisBody: { eventList },
  };
}

describe('the sample lot', () => {
  it('is named by a valid short code, so that /t/<id> finds it', () => {
    expect(normalizeShortCode(lot.id)).toBe(lot.id);
  });
});

describe('buildFieldEvent', () => {
  const events = fieldWork.map(buildFieldEvent);

  it('makes events that the official EPCIS 2.0 JSON Schema accepts', () => {
    const valid = validateDocument(document(events));
    expect(validateDocument.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('accepts the schema check for every kind, including transformation and aggregation', () => {
    const extra = [
      buildFieldEvent({
        kind: 'sowing',
        product,
        lot,
        location: orchard,
        time: '2026-02-01T07:00',
        variety: 'Cam Xã Đoài',
      }),
      buildFieldEvent({
        kind: 'processing',
        product,
        lot,
        location: packingHouse,
        time: '2026-11-19T08:00',
        method: 'Rửa, phân loại',
        inputs: [{ product, lot: { ...lot, id: 'INPUT-LOT', code: 'CAM-IN' }, quantity: 1300 }],
        quantity: 1250,
      }),
      buildFieldEvent({
        kind: 'processing',
        product,
        lot,
        location: packingHouse,
        time: '2026-11-19T08:00',
        method: 'Sấy',
      }),
      buildFieldEvent({
        kind: 'packing',
        product,
        lot,
        location: packingHouse,
        time: '2026-11-19T15:00',
        parentId: 'https://id.gs1.org/00/389346020000000014',
        quantity: 20,
      }),
    ];
    expect(extra.map((e) => e.type)).toEqual([
      'ObjectEvent',
      'TransformationEvent',
      'ObjectEvent',
      'AggregationEvent',
    ]);
    validateDocument(document(extra));
    expect(validateDocument.errors ?? []).toEqual([]);
  });

  it('uses CBV words only for what CBV means, and ng: fields for the rest', () => {
    const [fertilising, spraying, certification, harvest, packing, shipping] = events;
    expect(harvest).toMatchObject({
      type: 'ObjectEvent',
      action: 'ADD',
      bizStep: 'commissioning',
      disposition: 'active',
    });
    expect(harvest!.ilmd).toEqual({
      'cbvmda:countryOfOrigin': 'VN',
      'ng:plantingAreaCode': 'VN-NA-ND-0012',
      'cbvmda:itemExpirationDate': '2026-12-18',
    });
    expect(fertilising!.bizStep).toBe('https://ns.nguongoc.vn/epcis/BizStep-fertilising');
    expect(spraying!['ng:spraying']).toEqual({
      'ng:pesticide': 'Dầu khoáng SK Enspray 99EC',
      'ng:dose': '0,5%',
      'ng:preHarvestIntervalDays': 14,
      'ng:safeToHarvestFrom': '2026-11-03',
    });
    expect(certification).toMatchObject({ bizStep: 'inspecting', disposition: 'conformant' });
    expect(packing).toMatchObject({ bizStep: 'packing', 'ng:packageCount': 250 });
    expect(shipping).toMatchObject({
      bizStep: 'shipping',
      disposition: 'in_transit',
      bizTransactionList: [{ type: 'po', bizTransaction: 'urn:nguongoc:order:PM-88123' }],
    });
    expect(harvest!.quantityList).toEqual([
      { epcClass: 'urn:nguongoc:lot:3KX9T2M7QAH', quantity: 1250, uom: 'KGM' },
    ]);
  });

  it('writes Vietnam time and its own CBV hash as eventID', () => {
    for (const event of events) {
      expect(event.eventTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00$/);
      expect(event.eventTimeZoneOffset).toBe('+07:00');
      expect(event.eventID).toBe(epcisEventHash(event, NGUONGOC_CONTEXT));
    }
    expect(vietnamTime('2026-11-18T06:00')).toBe('2026-11-18T06:00:00.000+07:00');
    expect(vietnamTime('2026-11-17T23:00:00Z')).toBe('2026-11-18T06:00:00.000+07:00');
    expect(vietnamTime(new Date('2026-11-17T23:00:00Z'))).toBe('2026-11-18T06:00:00.000+07:00');
  });

  it('uses a GS1 Digital Link class for products with a GTIN', () => {
    const withGtin = validateRecord({ ...product, gtin: '6291041500213' });
    const event = buildFieldEvent({
      kind: 'harvest',
      product: withGtin,
      lot,
      location: orchard,
      time: '2026-11-18T06:00',
    });
    expect(event.quantityList).toEqual([
      { epcClass: 'https://id.gs1.org/01/06291041500213/10/CAM-2611-A' },
    ]);
  });

  it('rejects bad human input with a field name and a Vietnamese explanation', () => {
    const cases: [() => unknown, RegExp][] = [
      [
        () =>
          buildFieldEvent({
            ...fieldWork[1]!,
            kind: 'spraying',
            pesticide: 'X',
            preHarvestIntervalDays: -1,
          }),
        /preHarvestIntervalDays/,
      ],
      [() => buildFieldEvent({ ...fieldWork[3]!, time: 'hôm qua' }), /input\.time/],
      [() => buildFieldEvent({ ...fieldWork[3]!, time: '2026-11-18 06:00:00' }), /input\.time/],
      [() => buildFieldEvent({ ...fieldWork[3]!, quantity: -5 }), /input\.quantity/],
      [
        () => buildFieldEvent({ ...fieldWork[0]!, kind: 'fertilising', fertiliser: '  ' }),
        /input\.fertiliser/,
      ],
      [
        () => buildFieldEvent({ ...fieldWork[3]!, kind: 'harvest', expiresOn: '2026-02-30' }),
        /expiresOn/,
      ],
      [() => buildFieldEvent({ ...fieldWork[3]!, kind: 'mowing' } as never), /input\.kind/],
    ];
    for (const [run, field] of cases) {
      let error: unknown;
      try {
        run();
      } catch (caught) {
        error = caught;
      }
      expect(error, String(field)).toBeInstanceOf(TraceFormatError);
      expect((error as TraceFormatError).message).toMatch(field);
      expect((error as TraceFormatError).messageVi).toMatch(
        /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
      );
    }
  });
});

describe('master data', () => {
  it('accepts the sample records, and their commune codes exist in the 2025 administrative units', () => {
    // vn-admin-units' own test proves its data is exactly the published file, compacted.
    for (const record of [cooperative, orchard, packingHouse]) {
      expect(validateRecord(record)).toEqual(record);
      expect(findCommune(record.communeCode)?.name).toBe('Nghĩa Đàn');
    }
    expect(validateRecord(product)).toEqual(product);
    expect(validateRecord(lot)).toEqual(lot);
  });

  it("takes a product's unit from vn-locale's net units, and no other", () => {
    for (const unit of NET_UNITS)
      expect(validateRecord({ ...product, unit })).toMatchObject({ unit });
    expect(() => validateRecord({ ...product, unit: 'LBR' as never })).toThrow(
      expect.objectContaining({ code: 'record.enum', field: 'product.unit' }),
    );
  });

  it('rejects malformed records, naming the field', () => {
    const bad: [unknown, string][] = [
      [{ ...cooperative, taxCode: '12345' }, 'organisation.taxCode'],
      [{ ...cooperative, communeCode: '1694' }, 'organisation.communeCode'],
      [{ ...cooperative, kind: 'company' }, 'organisation.kind'],
      [{ ...product, ocop: { ...product.ocop, stars: 2 } }, 'product.ocop.stars'],
      [
        { ...product, ocop: { ...product.ocop, expiresOn: '2028-13-01' } },
        'product.ocop.expiresOn',
      ],
      [{ ...product, gtin: '6291041500214' }, 'product.gtin'],
      [{ ...orchard, plantingAreaCode: undefined }, 'location.plantingAreaCode'],
      [{ ...lot, code: 'Lô 1' }, 'lot.code'],
      [{ ...lot, id: '' }, 'lot.id'],
      [{ ...lot, type: 'farmer' }, 'record.type'],
    ];
    for (const [record, field] of bad) {
      expect(() => validateRecord(record as never), field).toThrow(
        new RegExp(field.replace('.', '\\.')),
      );
    }
    expect(() =>
      validateRecord({ ...orchard, coordinates: { latitude: 95, longitude: 0 } }),
    ).toThrow(RangeError);
  });
});

describe('MemoryLedger', () => {
  it('appends an event once: a repeat returns the first position and writes nothing', () => {
    const ledger = new MemoryLedger('nguongoc.vn/test');
    ledger.addRecord(lot);
    const event = buildFieldEvent(fieldWork[3]!);
    const first = ledger.appendEvent(event, lot.id);
    const size = ledger.log.size;
    const again = ledger.appendEvent(structuredClone(event), lot.id);
    expect(again).toEqual({ ...first, duplicate: true });
    expect(ledger.log.size).toBe(size);
    expect(() => ledger.appendEvent(event, 'OTHER')).toThrow(TraceFormatError);
  });

  it('refuses events of an unknown lot and invalid records, writing nothing', () => {
    const ledger = new MemoryLedger('nguongoc.vn/test');
    expect(() => ledger.appendEvent(buildFieldEvent(fieldWork[3]!), lot.id)).toThrow(
      /lot 3KX9T2M7QAH/,
    );
    expect(() => ledger.addRecord({ ...lot, code: '' })).toThrow(TraceFormatError);
    expect(ledger.log.size).toBe(0);
  });

  it('chains each lot separately', () => {
    const ledger = new MemoryLedger('nguongoc.vn/test');
    const other = { ...lot, id: 'OTHERLOT', code: 'CAM-2611-B' };
    ledger.addRecord(lot);
    ledger.addRecord(other);
    const a1 = ledger.appendEvent(buildFieldEvent(fieldWork[3]!), lot.id);
    const b1 = ledger.appendEvent(buildFieldEvent({ ...fieldWork[3]!, lot: other }), other.id);
    const a2 = ledger.appendEvent(buildFieldEvent(fieldWork[4]!), lot.id);
    expect([a1.previous, b1.previous, a2.previous]).toEqual([null, null, a1.eventId]);
  });
});
