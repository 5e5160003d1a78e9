// Processing that names its input lots, and a harvest's expiry, on /coop/lots/:lot/events (issue
// #23, items 3 and 9): an input lot of the same cooperative is recorded and the lot's story names
// it; another cooperative's lot, an unknown one or the lot itself is a 400 in both languages that
// tells nothing of the other lot, and nothing is recorded.
import {
  type Lot,
  type LotBundle,
  type Product,
  generateShortCode,
  verifyLotBundle,
} from '@nguongoc/trace-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Account, api, newMember } from './_accounts.js';
import { adminApi, ok, storeApi, verifierKey } from './_http.js';
import { productByHandle } from './_ledger.js';

const CAM_LOT = '3KX9T2M7QAH';

interface LotDetail {
  bundle: LotBundle;
  story: Record<'vi' | 'en', { steps: { title: string; details: string[] }[] }>;
  verification: { ok: boolean };
}

describe('processing with input lots, on /coop', () => {
  let staff: Account;
  let jam: string;
  let packingHouse: string;
  let buoiLot: string;

  /** POST /coop/lots/:lot/events as the cooperative's staff. */
  const recordWork = (lot: string, body: object) =>
    api(`/coop/lots/${lot}/events`, { method: 'POST', body: JSON.stringify(body) }, staff.token);
  const detail = async (lot: string) =>
    ok<LotDetail>(await api(`/coop/lots/${lot}`, {}, staff.token));

  beforeAll(async () => {
    const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    const cam = cooperatives.find((c) => c.handle === 'htx-cam-nghia-dan')!;
    staff = await newMember(cam.id, 'staff');
    // The output: a new lot of the cooperative's orange jam, made in its packing house.
    const product = await productByHandle('mut-cam-300g');
    const { locations } = await ok<{ locations: { id: string; name: string }[] }>(
      await api(`/coop/products/${product.id}/lots`, {}, staff.token),
    );
    packingHouse = locations.find((l) => /sơ chế/i.test(l.name))?.id ?? locations[0]!.id;
    ({
      lot: { id: jam },
    } = await ok<{ lot: { id: string } }>(
      await api(
        `/coop/products/${product.id}/lots`,
        { method: 'POST', body: JSON.stringify({ code: `MUT-${Date.now() % 100000}` }) },
        staff.token,
      ),
      201,
    ));
    // Another cooperative's lot, as the operator sees it.
    const buoi = await productByHandle('buoi-phuc-trach-qua');
    const { lots } = await ok<{ lots: { id: string }[] }>(
      await adminApi(`/admin/products/${buoi.id}/lots`),
    );
    buoiLot = lots.at(-1)!.id;
  });

  it('records processing that names another lot of the cooperative, and the story tells it', async () => {
    const input = await detail(CAM_LOT);
    const records = input.bundle.records.map((r) => r.record);
    const inputLot = records.find((r): r is Lot => r.type === 'lot' && r.id === CAM_LOT)!;
    const inputProduct = records.find(
      (r): r is Product => r.type === 'product' && r.id === inputLot.productId,
    )!;

    const recorded = await recordWork(jam, {
      kind: 'processing',
      time: '2026-12-05T08:00',
      location_id: packingHouse,
      quantity: 300,
      details: { method: 'Nấu mứt' },
      inputs: [{ lot: CAM_LOT.toLowerCase(), quantity: 120 }],
    });
    expect(recorded.status).toBe(201);
    const harvest = await recordWork(jam, {
      kind: 'harvest',
      time: '2026-12-05T16:00',
      location_id: packingHouse,
      details: { expiresOn: '2027-03-15' },
    });
    expect(harvest.status).toBe(201);

    const { bundle, story, verification } = await detail(jam);
    expect(verification.ok).toBe(true);
    expect(bundle.events[0]!.event).toMatchObject({
      type: 'TransformationEvent',
      'ng:inputLots': [{ 'ng:lotCode': inputLot.code, 'ng:productName': inputProduct.name }],
    });
    expect(story.vi.steps[0]!.details).toContain(
      `Nguyên liệu: lô ${inputLot.code} (${inputProduct.name}), 120 kg`,
    );
    expect(story.en.steps[0]!.details).toContain(
      `Input: lot ${inputLot.code} (${inputProduct.nameEn ?? inputProduct.name}), 120 kg`,
    );
    expect(story.vi.steps[1]!.details).toContain('Hạn sử dụng: 15/03/2027');
    expect(story.en.steps[1]!.details).toContain('Expires on: 2027-03-15');
    // The public trace page's bundle is the same, and verifies with the ledger's key.
    const { bundle: published } = await ok<{ bundle: LotBundle }>(
      await storeApi(`/store/trace/${jam}`),
    );
    expect(published.events.map((e) => e.eventId)).toEqual(bundle.events.map((e) => e.eventId));
    expect(verifyLotBundle(published, [await verifierKey(published.origin)]).ok).toBe(true);
  });

  it("refuses another cooperative's lot, an unknown lot and the lot itself, and records nothing", async () => {
    const before = (await detail(jam)).bundle.events.length;
    const unknown = generateShortCode();
    const refused = async (inputs: unknown, details: Record<string, unknown> = {}) => {
      const response = await recordWork(jam, {
        kind: 'processing',
        time: '2026-12-06T08:00',
        location_id: packingHouse,
        details: { method: 'Nấu mứt', ...details },
        inputs,
      });
      expect(response.status).toBe(400);
      return ((await response.json()) as { message: string }).message;
    };
    const foreign = await refused([{ lot: CAM_LOT }, { lot: buoiLot, quantity: 5 }]);
    expect(foreign).toBe(
      `inputs[].lot: lô ${buoiLot} không phải lô của hợp tác xã này / lot ${buoiLot} is not one of this cooperative's lots`,
    );
    // An unknown lot gets the very same words: nothing tells the two apart.
    expect(await refused([{ lot: unknown }])).toBe(
      `inputs[].lot: lô ${unknown} không phải lô của hợp tác xã này / lot ${unknown} is not one of this cooperative's lots`,
    );
    expect(await refused([{ lot: jam }])).toMatch(
      new RegExp(
        `^inputs\\[\\]\\.lot: lô ${jam} là chính lô này.* / lot ${jam} is this lot itself`,
      ),
    );
    expect(await refused([{ lot: CAM_LOT }, { lot: CAM_LOT }])).toMatch(
      /inputs\[\]\.lot: lô .* được chọn hai lần \/ lot .* is named twice/,
    );
    expect(await refused([])).toMatch(/inputs: .*từ 1 đến 20 lô nguyên liệu \/ 1 to 20 input lots/);
    expect((await detail(jam)).bundle.events).toHaveLength(before);

    // Inputs smuggled in the kind's details are not read: only `inputs` names input lots.
    const smuggled = await recordWork(jam, {
      kind: 'processing',
      time: '2026-12-06T09:00',
      location_id: packingHouse,
      details: { method: 'Rửa', inputs: [{ product: {}, lot: { id: buoiLot, code: 'X' } }] },
    });
    expect(smuggled.status).toBe(201);
    const { bundle } = await detail(jam);
    expect(bundle.events).toHaveLength(before + 1);
    expect(bundle.events.at(-1)!.event.type).toBe('ObjectEvent');
    expect(JSON.stringify(bundle.events.at(-1)!.event)).not.toContain(buoiLot);
  });
});
