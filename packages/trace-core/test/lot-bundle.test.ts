import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../src/_bytes.js';
import {
  type LotBundle,
  buildFieldEvent,
  cosignCheckpoint,
  generateNoteKeys,
  lotStory,
  verifyLotBundle,
} from '../src/index.js';
import {
  LEDGER_ORIGIN,
  fieldWork,
  lot,
  product,
  orchard,
  sampleLedger,
} from '../src/sample-lot.js';

const ledgerKeys = generateNoteKeys(LEDGER_ORIGIN, new Uint8Array(32).fill(7));
const provinceKeys = generateNoteKeys('sokhcn.nghean.gov.vn', new Uint8Array(32).fill(8));
const trusted = [ledgerKeys.verifierKey, provinceKeys.verifierKey];

function sampleBundle(): LotBundle {
  const ledger = sampleLedger();
  const note = cosignCheckpoint(
    ledger.signCheckpoint(ledgerKeys.signerKey),
    provinceKeys.signerKey,
  );
  return ledger.lotBundle(lot.id, note);
}

/** Every path to a string, number or boolean inside a JSON value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

function setAt(root: unknown, path: (string | number)[], change: (old: unknown) => unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  node[last] = change(node[last]);
}

const changed = (old: unknown): unknown =>
  typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : `${String(old)}x`;

describe('verifyLotBundle', () => {
  it('verifies an honest bundle and says what it checked', () => {
    const result = verifyLotBundle(sampleBundle(), trusted, { required: ['sokhcn.nghean.gov.vn'] });
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.events).toHaveLength(fieldWork.length);
    expect(result.events.every((e) => e.ok)).toBe(true);
    expect(result.records.map((r) => `${r.type}:${r.id}`).sort()).toEqual([
      'location:nha-so-che-nghia-dan',
      'location:vuon-cam-xom-3',
      'lot:3KX9T2M7QAH',
      'organisation:htx-cam-nghia-dan',
      'product:cam-vinh-hop-5kg',
    ]);
    expect(result.signatures.map((s) => s.valid)).toEqual([true, true]);
    // It travels as JSON: the parsed copy verifies the same.
    expect(verifyLotBundle(JSON.parse(JSON.stringify(sampleBundle())), trusted).ok).toBe(true);
  });

  it('names the event whose content was changed (property over every field of every event)', () => {
    const bundle = sampleBundle();
    const paths = bundle.events.flatMap((item, index) =>
      leafPaths(item.event).map((path) => ['events', index, 'event', ...path]),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), (path) => {
        const forged = structuredClone(bundle);
        setAt(forged, path, changed);
        const result = verifyLotBundle(forged, trusted);
        expect(result.ok).toBe(false);
        const eventId = bundle.events[path[1] as number]!.eventId;
        expect(result.failures).toContainEqual(
          expect.objectContaining({ check: 'event-id', subject: eventId }),
        );
      }),
      { numRuns: Math.min(paths.length, 300) },
    );
  });

  it('fails when any byte of any proof, root or signature changes (property)', () => {
    const bundle = sampleBundle();
    const proofs = [
      ...bundle.events.flatMap((e, i) => e.proof.map((_, j) => ['events', i, 'proof', j])),
      ...bundle.records.flatMap((r, i) => r.proof.map((_, j) => ['records', i, 'proof', j])),
    ] as (string | number)[][];
    fc.assert(
      fc.property(
        fc.constantFrom(...proofs),
        fc.nat(31),
        fc.integer({ min: 1, max: 255 }),
        (path, at, delta) => {
          const forged = structuredClone(bundle);
          setAt(forged, path, (old) => {
            const bytes = base64ToBytes(old as string)!;
            bytes[at] = (bytes[at]! + delta) & 255;
            return bytesToBase64(bytes);
          });
          const result = verifyLotBundle(forged, trusted);
          expect(result.ok).toBe(false);
          expect(result.failures[0]?.check).toMatch(/inclusion/);
        },
      ),
    );
    // The root (line 3) and each signature line of the checkpoint.
    const lines = bundle.checkpoint.split('\n');
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4, 5),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (line, at, delta) => {
          const text = lines[line]!;
          const encoded = line === 2 ? text : text.split(' ').at(-1)!;
          const bytes = base64ToBytes(encoded)!;
          const i = at % bytes.length;
          bytes[i] = (bytes[i]! + delta) & 255;
          const forgedLines = [...lines];
          forgedLines[line] =
            line === 2 ? bytesToBase64(bytes) : text.replace(encoded, bytesToBase64(bytes));
          const result = verifyLotBundle(
            { ...bundle, checkpoint: forgedLines.join('\n') },
            trusted,
            { required: ['sokhcn.nghean.gov.vn'] },
          );
          expect(result.ok).toBe(false);
          expect(result.failures.map((f) => f.check)).toContain('checkpoint-signature');
        },
      ),
    );
  });

  it('detects a record that was edited after it was signed', () => {
    const forged = sampleBundle();
    const record = forged.records.find((r) => r.record.type === 'product')!;
    record.record = { ...product, ocop: { ...product.ocop!, stars: 5 } };
    const result = verifyLotBundle(forged, trusted);
    expect(result.failures).toEqual([
      expect.objectContaining({ check: 'record-inclusion', subject: 'product:cam-vinh-hop-5kg' }),
    ]);
    expect(result.failures[0]!.reason.vi).toContain('sản phẩm');
  });

  it('detects an event dropped from the middle of the lot, naming the gap', () => {
    const forged = sampleBundle();
    const dropped = forged.events.splice(2, 1)[0]!;
    const result = verifyLotBundle(forged, trusted);
    expect(result.ok).toBe(false);
    const gap = result.failures.find((f) => f.check === 'previous-link');
    expect(gap?.subject).toBe(forged.events[2]!.eventId);
    expect(gap?.reason.en).toContain(dropped.eventId);
  });

  it('detects a forged previous link, reordered events, and an event of another lot', () => {
    const relinked = sampleBundle();
    relinked.events.splice(2, 1);
    relinked.events[2]!.previous = relinked.events[1]!.eventId;
    expect(verifyLotBundle(relinked, trusted).failures.map((f) => f.check)).toEqual([
      'event-inclusion',
    ]);

    const reordered = sampleBundle();
    reordered.events.reverse();
    expect(verifyLotBundle(reordered, trusted).failures.map((f) => f.check)).toContain(
      'event-order',
    );

    const otherLot = sampleBundle();
    otherLot.lot = 'OTHER-LOT';
    const checks = verifyLotBundle(otherLot, trusted).failures.map((f) => f.check);
    expect(checks).toContain('event-inclusion');
    expect(checks).toContain('bundle-shape');
  });

  it("needs the ledger's own signature: a co-signature alone is not enough", () => {
    const ledger = sampleLedger();
    const bundle = ledger.lotBundle(lot.id, ledger.signCheckpoint(provinceKeys.signerKey));
    const result = verifyLotBundle(bundle, trusted);
    expect(result.ok).toBe(false);
    expect(result.failures).toEqual([
      expect.objectContaining({
        check: 'checkpoint-signature',
        reason: expect.objectContaining({ en: `${LEDGER_ORIGIN} has not signed the checkpoint` }),
      }),
    ]);
  });

  it('rejects a checkpoint signed by an untrusted key or for another ledger', () => {
    const stranger = generateNoteKeys(LEDGER_ORIGIN, new Uint8Array(32).fill(9));
    const ledger = sampleLedger();
    const foreign = ledger.lotBundle(lot.id, ledger.signCheckpoint(stranger.signerKey));
    expect(verifyLotBundle(foreign, trusted).failures.map((f) => f.check)).toEqual([
      'checkpoint-signature',
    ]);
    const moved = { ...sampleBundle(), origin: 'nguongoc.vn/another-cooperative' };
    expect(verifyLotBundle(moved, trusted).failures.map((f) => f.check)).toContain(
      'checkpoint-origin',
    );
  });

  it('answers garbage with a bundle-shape failure, never an exception', () => {
    const garbage: unknown[] = [
      null,
      42,
      'bundle',
      [],
      {},
      { ...sampleBundle(), format: 'v0' },
      { ...sampleBundle(), events: 'x' },
      { ...sampleBundle(), events: [{ event: 1 }] },
      { ...sampleBundle(), records: [{ record: {}, leafIndex: 0, proof: [] }] },
      { ...sampleBundle(), events: [{ ...sampleBundle().events[0], leafIndex: -1 }] },
    ];
    for (const input of garbage) {
      const result = verifyLotBundle(input, trusted);
      expect(result.ok).toBe(false);
      expect(result.failures[0]?.check).toBe('bundle-shape');
    }
    expect(() => verifyLotBundle(sampleBundle(), 'key' as unknown as string[])).toThrow(TypeError);
  });

  it('only covers events up to the checkpoint; later ones wait for the next checkpoint', () => {
    const ledger = sampleLedger();
    const note = ledger.signCheckpoint(ledgerKeys.signerKey);
    ledger.appendEvent(
      buildFieldEvent({
        kind: 'shipping',
        product,
        lot,
        location: orchard,
        time: '2026-11-21T08:00',
        quantity: 10,
      }),
      lot.id,
    );
    const bundle = ledger.lotBundle(lot.id, note);
    expect(bundle.events).toHaveLength(fieldWork.length);
    expect(verifyLotBundle(bundle, trusted).ok).toBe(true);
  });
});

describe('lotStory', () => {
  it('tells the season in Vietnamese and in English', () => {
    const bundle = sampleBundle();
    const vi = lotStory(bundle, 'vi');
    expect(vi.product?.name).toBe('Cam Vinh hộp 5 kg');
    expect(vi.steps.map((s) => s.title)).toEqual([
      'Bón phân',
      'Phun thuốc bảo vệ thực vật',
      'Chứng nhận',
      'Thu hoạch',
      'Đóng gói',
      'Vận chuyển',
    ]);
    expect(vi.steps[1]!.details).toContain('Thời gian cách ly 14 ngày, thu hoạch từ 2026-11-03');
    expect(vi.steps[3]!.details).toEqual([
      'Số lượng: 1.250 kg',
      'Tại: Vùng trồng cam xóm 3',
      'Mã vùng trồng: VN-NA-ND-0012',
      'Hạn sử dụng: 18/12/2026',
    ]);
    expect(vi.steps[3]!.time).toBe('2026-11-18 06:00');
    const en = lotStory(bundle, 'en');
    expect(en.steps[3]).toMatchObject({
      title: 'Harvest',
      details: [
        'Quantity: 1,250 kg',
        'At: Vùng trồng cam xóm 3',
        'Planting area code: VN-NA-ND-0012',
        'Expires on: 2026-12-18',
      ],
    });
  });

  it("writes quantities with vn-locale's digits and unit names, and never stops at a strange one", () => {
    // A bundle made by hand: uom as EPCIS allows it, H87 written out (trace-core leaves it out).
    const quantities: [quantity: unknown, uom?: string][] = [
      [1250.5, 'KGM'],
      [0.25, 'GRM'],
      [1.5, 'LTR'],
      [750, 'MLT'],
      [12, 'H87'],
      [12],
      [3.14159, 'XYZ'],
      ['12', 'KGM'],
      [null, 'KGM'],
    ];
    const bundle = {
      records: [],
      events: quantities.map(([quantity, uom], index) => ({
        eventId: `ni:///sha-256;${index}`,
        event: { type: 'ObjectEvent', quantityList: [{ epcClass: 'x', quantity, uom }] },
      })),
    } as unknown as LotBundle;
    const details = (locale: 'vi' | 'en') =>
      lotStory(bundle, locale).steps.map((step) => step.details[0]);
    expect(details('vi')).toEqual([
      'Số lượng: 1.250,5 kg',
      'Số lượng: 0,25 g',
      'Số lượng: 1,5 lít',
      'Số lượng: 750 ml',
      'Số lượng: 12 cái',
      'Số lượng: 12 đơn vị',
      'Số lượng: 3,142 đơn vị',
      'Số lượng: 12 kg',
      'Số lượng: null kg',
    ]);
    expect(details('en')).toEqual([
      'Quantity: 1,250.5 kg',
      'Quantity: 0.25 g',
      'Quantity: 1.5 L',
      'Quantity: 750 ml',
      'Quantity: 12 pcs',
      'Quantity: 12 units',
      'Quantity: 3.142 units',
      'Quantity: 12 kg',
      'Quantity: null kg',
    ]);
  });
});
