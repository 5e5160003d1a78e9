// A cooperative's places, planting areas, seasons and households in its ledger (issue #23): a
// member registers a planting area with its code, outline, household and season, changes it (a
// new version, the old kept), opens a lot naming the place, household and season, and the public
// bundle carries them; bad input is a bilingual 400 naming the field; another cooperative's
// staff finds nothing; a household member reads but writes nothing.
import { randomUUID } from 'node:crypto';
import type { CoopPlaceAnswer, CoopPlacesAnswer } from '@nguongoc/contracts';
import { type LotBundle, lotStory, verifyLotBundle } from '@nguongoc/trace-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Account, api, newHousehold, newMember } from './_accounts.js';
import { adminApi, ok, storeApi, verifierKey } from './_http.js';

const CODE = `VN-NA-ND-${randomUUID().slice(0, 4).toUpperCase()}`;
const HEAD_NAME = 'Hộ Trần Văn Vụ';

let cam: { id: string; handle: string; commune_code: string };
let manager: Account;
let staffB: Account;
let householdMember: Account;
let householdId: string;
let productId: string;

/** A member's request; its status and JSON. */
async function send(account: Account, method: string, path: string, body?: unknown) {
  const response = await api(
    path,
    { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
    account.token,
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  const { cooperatives } = await ok<{
    cooperatives: { id: string; handle: string; commune_code: string }[];
  }>(await adminApi('/admin/cooperatives'));
  cam = cooperatives.find((c) => c.handle === 'htx-cam-nghia-dan')!;
  const buoi = cooperatives.find((c) => c.handle === 'htx-buoi-phuc-trach')!;
  manager = await newMember(cam.id, 'manager');
  staffB = await newMember(buoi.id, 'staff');
  householdId = await newHousehold(manager.token, HEAD_NAME, cam.commune_code);
  householdMember = await newMember(cam.id, 'household', { household_id: householdId });
  const { products } = await ok<{ products: { id: string }[] }>(
    await adminApi('/admin/products?handle=cam-vinh-hop-10kg&fields=id'),
  );
  productId = products[0]!.id;
});

/** The planting area this file registers. */
const registration = () => ({
  kind: 'planting-area',
  name: 'Vùng trồng cam đồi Tràng',
  commune_code: '16941',
  address: 'Đồi Tràng, xã Nghĩa Đàn',
  planting_area_code: CODE,
  area_hectares: 3.4,
  crop: 'Cam',
  variety: 'Cam Xã Đoài',
  boundary: [
    { latitude: 19.36, longitude: 105.41 },
    { latitude: 19.362, longitude: 105.412 },
    { latitude: 19.359, longitude: 105.414 },
  ],
  household_ids: [householdId],
  seasons: [{ name: 'Vụ cam 2026', starts_on: '2026-02-01', expected_yield_kg: 60000 }],
});

describe('places in the ledger', () => {
  let placeId: string;

  it('registers a planting area with its code, outline, household and season', async () => {
    const { status, json } = await send(manager, 'POST', '/coop/places', registration());
    expect(status, JSON.stringify(json)).toBe(201);
    const { place, versions } = json as unknown as CoopPlaceAnswer;
    placeId = place.id;
    expect(place.id).toMatch(/^htx-cam-nghia-dan\.vung-trong-cam-doi-trang\.[a-z0-9]{6}$/);
    expect(place).toMatchObject({
      kind: 'planting-area',
      planting_area_code: CODE,
      area_hectares: 3.4,
      crop: 'Cam',
      variety: 'Cam Xã Đoài',
      boundary: registration().boundary,
      households: [
        { id: householdId, organisation_id: expect.stringMatching(/^htx-cam-nghia-dan\.hh\./) },
      ],
      seasons: [
        {
          id: 'vu-cam-2026',
          name: 'Vụ cam 2026',
          starts_on: '2026-02-01',
          expected_yield_kg: 60000,
        },
      ],
    });
    expect(place.households[0]!.head_name).toBe(HEAD_NAME);
    expect(versions).toHaveLength(1);
    expect(Date.parse(versions[0]!.recorded_at!)).toBeGreaterThan(Date.now() - 120_000);

    const { json: list } = await send(manager, 'GET', '/coop/places');
    const { places, by_kind } = list as unknown as CoopPlacesAnswer;
    expect(by_kind['planting-area']).toContain(placeId);
    expect(places.find((p) => p.id === placeId)?.planting_area_code).toBe(CODE);
  });

  it('records a change as a new version and keeps the earlier one', async () => {
    const { status, json } = await send(manager, 'POST', `/coop/places/${placeId}`, {
      area_hectares: 3.9,
      variety: null,
      seasons: [
        {
          id: 'vu-cam-2026',
          name: 'Vụ cam 2026',
          starts_on: '2026-02-01',
          ends_on: '2026-12-10',
          expected_yield_kg: 60000,
          actual_yield_kg: 58250,
        },
      ],
    });
    expect(status, JSON.stringify(json)).toBe(200);
    const { place, versions } = json as unknown as CoopPlaceAnswer;
    expect(place).toMatchObject({ area_hectares: 3.9, planting_area_code: CODE });
    expect(place.variety).toBeUndefined();
    expect(place.seasons[0]).toMatchObject({ ends_on: '2026-12-10', actual_yield_kg: 58250 });
    expect(versions.map((v) => v.place.area_hectares)).toEqual([3.9, 3.4]);
    expect(versions[1]!.place.variety).toBe('Cam Xã Đoài');
    expect(versions[0]!.leaf_index).toBeGreaterThan(versions[1]!.leaf_index);
    const { json: again } = await send(manager, 'GET', `/coop/places/${placeId}`);
    expect(again).toEqual(json);
  });

  it('refuses a bad planting area code, and a planting area without one, naming the field in both languages', async () => {
    for (const body of [
      { ...registration(), planting_area_code: 'vn na 12' },
      { ...registration(), planting_area_code: undefined },
    ]) {
      const { status, json } = await send(manager, 'POST', '/coop/places', body);
      expect(status).toBe(400);
      expect(json.message).toContain('planting_area_code');
      expect(json.message).toContain('mã số vùng trồng');
      expect(json.message).toMatch(/planting area/);
    }
    const unknownCommune = await send(manager, 'POST', '/coop/places', {
      ...registration(),
      commune_code: '99999',
    });
    expect(unknownCommune.status).toBe(400);
    expect(unknownCommune.json.message).toMatch(/commune_code: .*2025/);
    const foreign = await send(manager, 'POST', '/coop/places', {
      ...registration(),
      household_ids: ['hh_KHONG_CO'],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.json.message).toMatch(/household_ids: hh_KHONG_CO không phải hộ .* \/ are not/);
    const { json: list } = await send(manager, 'GET', '/coop/places');
    expect((list as unknown as CoopPlacesAnswer).places.map((p) => p.planting_area_code)).toEqual(
      expect.not.arrayContaining(['VN NA 12']),
    );
  });

  it('words a wrong kind, a negative area and a too-long name in both languages, naming the field', async () => {
    for (const [change, words] of [
      [{ kind: 'ruong' }, /^Invalid request: kind: một trong farm, .* \/ one of farm, /],
      [{ area_hectares: -1 }, /area_hectares: số lớn hơn 0.* \/ a number above 0/],
      [{ name: 'x'.repeat(201) }, /name: 1 đến 200 ký tự \/ 1 to 200 characters/],
    ] as const) {
      const { status, json } = await send(manager, 'POST', '/coop/places', {
        ...registration(),
        ...change,
      });
      expect(status).toBe(400);
      expect(json.message).toMatch(words);
    }
  });

  it("is not found by another cooperative's staff, who change nothing", async () => {
    const read = await send(staffB, 'GET', `/coop/places/${placeId}`);
    expect(read.status).toBe(404);
    const write = await send(staffB, 'POST', `/coop/places/${placeId}`, { name: 'Của B' });
    expect(write.status).toBe(404);
    const list = await send(staffB, 'GET', '/coop/places');
    expect(JSON.stringify(list.json)).not.toContain(placeId);
    const { json } = await send(manager, 'GET', `/coop/places/${placeId}`);
    expect((json as unknown as CoopPlaceAnswer).versions).toHaveLength(2);
  });

  it('lets a household member read the places but change none (403)', async () => {
    expect((await send(householdMember, 'GET', `/coop/places/${placeId}`)).status).toBe(200);
    expect((await send(householdMember, 'GET', '/coop/places')).status).toBe(200);
    expect((await send(householdMember, 'POST', '/coop/places', registration())).status).toBe(403);
    expect(
      (await send(householdMember, 'POST', `/coop/places/${placeId}`, { area_hectares: 9 })).status,
    ).toBe(403);
  });

  it('opens a lot grown there by the household in the season, and its public bundle tells it', async () => {
    const refused = await send(manager, 'POST', `/coop/products/${productId}/lots`, {
      code: `VU-${randomUUID().slice(0, 6)}`,
      location_id: placeId,
      household_id: householdId,
      season_id: 'vu-khong-co',
    });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/season_id: .*không phải vụ.* \/ is not a season/);

    const { status, json } = await send(manager, 'POST', `/coop/products/${productId}/lots`, {
      code: `VU-${randomUUID().slice(0, 6)}`,
      location_id: placeId,
      household_id: householdId,
      season_id: 'vu-cam-2026',
    });
    expect(status, JSON.stringify(json)).toBe(201);
    const lot = json.lot as { id: string; householdId: string; seasonId: string };
    expect(lot).toMatchObject({ locationId: placeId, seasonId: 'vu-cam-2026' });
    expect(lot.householdId).toMatch(/^htx-cam-nghia-dan\.hh\.[0-9a-f]{12}$/);

    const { bundle } = await ok<{ bundle: LotBundle }>(await storeApi(`/store/trace/${lot.id}`));
    expect(verifyLotBundle(bundle, [await verifierKey(bundle.origin)]).ok).toBe(true);
    const household = bundle.records.find(({ record }) => record.id === lot.householdId)?.record;
    expect(household).toEqual({
      type: 'organisation',
      id: lot.householdId,
      kind: 'household',
      name: HEAD_NAME,
      communeCode: cam.commune_code,
    });
    const story = lotStory(bundle, 'vi');
    expect(story.location?.id).toBe(placeId);
    expect(story.origin).toEqual([
      `Mã số vùng trồng: ${CODE}`,
      'Diện tích: 3,9 ha',
      'Cây trồng: Cam',
      'Vụ: Vụ cam 2026 (từ 2026-02-01 đến 2026-12-10)',
      `Hộ sản xuất: ${HEAD_NAME}`,
    ]);
    // The backend's own household ID is not published.
    expect(JSON.stringify(bundle)).not.toContain(householdId);
  });
});

describe('the seeded places', () => {
  it("tell the sample lot's planting area, its code, season and household on its trace page", async () => {
    const { bundle } = await ok<{ bundle: LotBundle }>(await storeApi('/store/trace/3KX9T2M7QAH'));
    expect(verifyLotBundle(bundle, [await verifierKey(bundle.origin)]).ok).toBe(true);
    const story = lotStory(bundle, 'en');
    expect(story.location).toMatchObject({ id: 'vuon-cam-xom-3', kind: 'planting-area' });
    expect(story.household).toMatchObject({ kind: 'household', name: 'Nguyễn Văn Minh' });
    expect(story.origin).toEqual([
      'Planting area code: VN-NA-ND-0012',
      'Area: 12.5 ha',
      'Crop: Cam (variety Cam Xã Đoài)',
      'Season: Vụ cam 2026 (from 2026-01-15 to 2026-12-31)',
      'Grown by household: Nguyễn Văn Minh',
    ]);
    const { json } = await send(manager, 'GET', '/coop/places');
    const { by_kind } = json as unknown as CoopPlacesAnswer;
    expect(by_kind['planting-area']).toContain('vuon-cam-xom-3');
    expect(by_kind.farm).toContain('htx-cam-nghia-dan-vung-san-xuat');
  });
});
