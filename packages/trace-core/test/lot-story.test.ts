// The story's lines about processing inputs and a harvest's expiry (issue #23, items 3 and 9):
// built with buildFieldEvent, recorded in a ledger, read back through a signed bundle.
import { describe, expect, it } from 'vitest';
import {
  type Lot,
  type Product,
  buildFieldEvent,
  generateNoteKeys,
  lotStory,
  verifyLotBundle,
} from '../src/index.js';
import { MemoryLedger } from '../src/ledger/memory-ledger.js';
import {
  LEDGER_ORIGIN,
  cooperative,
  lot,
  orchard,
  packingHouse,
  product,
} from '../src/sample-lot.js';

const keys = generateNoteKeys(LEDGER_ORIGIN, new Uint8Array(32).fill(9));

const dried: Product = {
  type: 'product',
  id: 'cam-say-deo',
  organisationId: cooperative.id,
  name: 'Cam sấy dẻo',
  nameEn: 'Soft dried oranges',
  sku: 'CAM-SAY',
  unit: 'KGM',
};
const driedLot: Lot = {
  type: 'lot',
  id: '7PQ4W2M9XKD',
  code: 'SAY-2612',
  productId: dried.id,
  organisationId: cooperative.id,
};
const pomelo: Product = {
  type: 'product',
  id: 'buoi-phuc-trach',
  organisationId: cooperative.id,
  name: 'Bưởi Phúc Trạch',
  sku: 'BUOI',
  unit: 'H87',
};
const pomeloLot: Lot = { ...driedLot, id: 'BUOI-LOT', code: 'BUOI-11', productId: pomelo.id };

/** The steps of `driedLot`: one processing of two input lots, and a harvest with an expiry. */
function story(locale: 'vi' | 'en', inputs = true) {
  const ledger = new MemoryLedger(LEDGER_ORIGIN);
  for (const record of [cooperative, orchard, packingHouse, product, lot, dried, driedLot])
    ledger.addRecord(record);
  ledger.appendEvent(
    buildFieldEvent({
      kind: 'processing',
      product: dried,
      lot: driedLot,
      location: packingHouse,
      time: '2026-12-01T08:00',
      method: 'Sấy lạnh',
      quantity: 150.5,
      ...(inputs && {
        inputs: [
          { product, lot, quantity: 1300 },
          { product: pomelo, lot: pomeloLot },
        ],
      }),
    }),
    driedLot.id,
  );
  ledger.appendEvent(
    buildFieldEvent({
      kind: 'harvest',
      product: dried,
      lot: driedLot,
      location: orchard,
      time: '2026-12-02T06:00',
      expiresOn: '2027-03-15',
    }),
    driedLot.id,
  );
  const bundle = ledger.lotBundle(driedLot.id, ledger.signCheckpoint(keys.signerKey));
  expect(verifyLotBundle(bundle, [keys.verifierKey]).ok).toBe(true);
  return lotStory(bundle, locale);
}

describe('lotStory: processing inputs and expiry', () => {
  it("names each input lot's code, product and quantity, in Vietnamese", () => {
    const [processing, harvest] = story('vi').steps;
    expect(processing).toMatchObject({
      title: 'Chế biến',
      details: [
        'Số lượng: 150,5 kg',
        'Tại: Nhà sơ chế HTX Cam Nghĩa Đàn',
        'Nguyên liệu: lô CAM-2611-A (Cam Vinh hộp 5 kg), 1.300 kg',
        'Nguyên liệu: lô BUOI-11 (Bưởi Phúc Trạch)',
        'Phương pháp: Sấy lạnh',
      ],
    });
    expect(harvest!.details).toContain('Hạn sử dụng: 15/03/2027');
  });

  it('names them in English, with the English product name where there is one', () => {
    const [processing, harvest] = story('en').steps;
    expect(processing!.details).toEqual([
      'Quantity: 150.5 kg',
      'At: Nhà sơ chế HTX Cam Nghĩa Đàn',
      'Input: lot CAM-2611-A (Vinh oranges, 5 kg box), 1,300 kg',
      'Input: lot BUOI-11 (Bưởi Phúc Trạch)',
      'Method: Sấy lạnh',
    ]);
    expect(harvest!.details).toContain('Expires on: 2027-03-15');
  });

  it('has no input line for processing without inputs, nor an expiry line without one', () => {
    const [processing] = story('vi', false).steps;
    expect(processing!.details.filter((line) => line.startsWith('Nguyên liệu'))).toEqual([]);
    const bare = buildFieldEvent({
      kind: 'harvest',
      product,
      lot,
      location: orchard,
      time: '2026-12-02T06:00',
    });
    const told = lotStory(
      { records: [], events: [{ eventId: bare.eventID, event: bare }] } as never,
      'vi',
    );
    expect(told.steps[0]!.details.some((line) => line.startsWith('Hạn sử dụng'))).toBe(false);
  });

  it('tells an input named only by its EPC class by the lot the class names', () => {
    const event = {
      type: 'TransformationEvent',
      eventTime: '2026-12-01T08:00:00.000+07:00',
      inputQuantityList: [
        { epcClass: 'urn:nguongoc:lot:3KX9T2M7QAH', quantity: 2, uom: 'KGM' },
        { epcClass: 'https://id.gs1.org/01/08934567000011/10/CAM%2F11' },
      ],
      outputQuantityList: [{ epcClass: 'urn:nguongoc:lot:X' }],
      'ng:inputLots': 'not a list',
    };
    const told = lotStory({ records: [], events: [{ eventId: 'e', event }] } as never, 'en');
    expect(told.steps[0]!.details).toEqual(['Input: lot 3KX9T2M7QAH, 2 kg', 'Input: lot CAM/11']);
  });
});
