// A place's ledger record from what staff type (issue #23): IDs, the merge of an update over the
// current version, households of the cooperative only, errors naming the body's field.
import { RECORD_ID } from '@nguongoc/trace-core';
import { describe, expect, it } from 'vitest';
import {
  householdOrganisationId,
  newPlaceId,
  placeRecord,
  slug,
} from '../../src/workflows/place/place-record.js';

const owner = { handle: 'htx-cam-nghia-dan', trace_origin: 'nguongoc.vn/htx-cam-nghia-dan' };
const households = [{ id: 'hh_01JD7Q', head_name: 'Hộ Minh', commune_code: '16941' }];

describe('place records', () => {
  it('makes IDs a record may have, from the handle and the name', () => {
    expect(slug('Vùng trồng cam Đồi Tràng')).toBe('vung-trong-cam-doi-trang');
    const id = newPlaceId(owner.handle, 'Vùng trồng cam Đồi Tràng');
    expect(id).toMatch(/^htx-cam-nghia-dan\.vung-trong-cam-doi-trang\.[0-9a-z]{6}$/);
    const long = newPlaceId('h'.repeat(70), 'Kho '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(RECORD_ID);
    expect(newPlaceId(owner.handle, '!!!')).toMatch(/\.place\.[0-9a-z]{6}$/);
    const household = householdOrganisationId(owner.handle, 'hh_01JD7Q');
    expect(household).toMatch(/^htx-cam-nghia-dan\.hh\.[0-9a-f]{12}$/);
    expect(householdOrganisationId(owner.handle, 'hh_01JD7Q')).toBe(household);
    expect(householdOrganisationId('x'.repeat(80), 'hh_01JD7Q')).toMatch(RECORD_ID);
  });

  it('merges an update over the current version: left out kept, null cleared, lists replaced', () => {
    const first = placeRecord(
      owner,
      'p1',
      {
        kind: 'planting-area',
        name: 'Vùng trồng',
        commune_code: '16941',
        planting_area_code: 'VN-NA-1',
        crop: 'Cam',
        variety: 'Xã Đoài',
        household_ids: ['hh_01JD7Q'],
        seasons: [{ name: 'Vụ cam 2026', starts_on: '2026-02-01' }],
      },
      households,
    );
    expect(first).toMatchObject({
      organisationId: owner.handle,
      householdIds: [householdOrganisationId(owner.handle, 'hh_01JD7Q')],
      seasons: [{ id: 'vu-cam-2026', name: 'Vụ cam 2026', startsOn: '2026-02-01' }],
    });
    const next = placeRecord(owner, 'p1', { variety: null, area_hectares: 2 }, households, first);
    expect(next).toMatchObject({ crop: 'Cam', areaHectares: 2, plantingAreaCode: 'VN-NA-1' });
    expect('variety' in next).toBe(false);
    expect(next.seasons).toEqual(first.seasons);
  });

  it("refuses another cooperative's household, an unknown commune and a cleared code, naming the field", () => {
    const base = { kind: 'planting-area' as const, name: 'V', planting_area_code: 'VN-1' };
    expect(() => placeRecord(owner, 'p2', { ...base, commune_code: '99999' }, households)).toThrow(
      /commune_code: "99999" không phải .* \/ is not/,
    );
    expect(() =>
      placeRecord(
        owner,
        'p2',
        { ...base, commune_code: '16941', household_ids: ['hh_x'] },
        households,
      ),
    ).toThrow(/household_ids: hh_x .* \/ are not households of this cooperative/);
    const current = placeRecord(owner, 'p2', { ...base, commune_code: '16941' }, households);
    expect(() =>
      placeRecord(owner, 'p2', { planting_area_code: null }, households, current),
    ).toThrow(
      /^planting_area_code: .*vùng trồng cần có mã số vùng trồng.* \/ .*a planting area needs its code/,
    );
  });
});
