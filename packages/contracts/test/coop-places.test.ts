import { describe, expect, it } from 'vitest';
import { createLotBody, registerPlaceBody, updatePlaceBody } from '../src/index.js';

const area = {
  kind: 'planting-area',
  name: 'Vùng trồng cam xóm 3',
  commune_code: '16941',
  planting_area_code: 'VN-NA-ND-0012',
  boundary: [
    { latitude: 19.35, longitude: 105.41 },
    { latitude: 19.36, longitude: 105.42 },
    { latitude: 19.34, longitude: 105.43 },
  ],
  seasons: [{ name: 'Vụ cam 2026', starts_on: '2026-02-01', expected_yield_kg: 40000 }],
};

/** The paths and messages of a refused body. */
function refusal(schema: typeof registerPlaceBody | typeof updatePlaceBody, body: unknown) {
  const result = schema.safeParse(body);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('coop places', () => {
  it('accepts a planting area with its code, boundary and season, and a farm without a code', () => {
    expect(registerPlaceBody.parse(area)).toMatchObject({ planting_area_code: 'VN-NA-ND-0012' });
    const farm = { ...area, kind: 'farm', planting_area_code: undefined };
    expect(registerPlaceBody.parse(farm).kind).toBe('farm');
  });

  it('asks a planting area for its code, in the core format, naming the field in both languages', () => {
    const withoutCode = { ...area, planting_area_code: undefined };
    expect(refusal(registerPlaceBody, withoutCode).join()).toMatch(
      /^planting_area_code: .*vùng trồng cần có mã số vùng trồng \/ a planting area needs/,
    );
    expect(refusal(registerPlaceBody, { ...area, planting_area_code: 'vn 12' }).join()).toMatch(
      /planting_area_code: .*mã số vùng trồng.* \/ the planting area code/,
    );
  });

  it('refuses boundaries outside 3 to 500 points, areas of 0 ha and yields below 0', () => {
    expect(refusal(registerPlaceBody, { ...area, boundary: area.boundary.slice(0, 2) })).toEqual([
      expect.stringMatching(/^boundary: .*3 đến 500 điểm/),
    ]);
    expect(refusal(updatePlaceBody, { area_hectares: 0 })).toEqual([
      expect.stringMatching(/^area_hectares: /),
    ]);
    expect(
      refusal(updatePlaceBody, {
        seasons: [{ name: 'Vụ 1', starts_on: '2026-01-01', actual_yield_kg: -1 }],
      }),
    ).toEqual([expect.stringMatching(/^seasons\.0\.actual_yield_kg: /)]);
  });

  it('names the field in both languages as custom issues, the only ones Medusa words as given', () => {
    const issues = (body: unknown) => registerPlaceBody.safeParse(body).error?.issues ?? [];
    for (const [body, pattern] of [
      [{ ...area, kind: 'field' }, /^kind: một trong farm, .* \/ one of farm, /],
      [{ ...area, area_hectares: -2 }, /^area_hectares: số lớn hơn 0.* \/ a number above 0/],
      [{ ...area, name: 'x'.repeat(201) }, /^name: 1 đến 200 ký tự \/ 1 to 200 characters$/],
      [{ ...area, point: { latitude: 91, longitude: 0 } }, /^latitude: số từ -90 đến 90 \/ /],
      [{ ...area, seasons: [{ starts_on: '2026-01-01' }] }, /^seasons\[\]\.name: 1 đến 100 ký tự/],
    ] as const) {
      expect(issues(body)).toEqual([
        expect.objectContaining({ code: 'custom', message: expect.stringMatching(pattern) }),
      ]);
    }
  });

  it('lets an update clear an optional field with null, and never change the kind', () => {
    expect(updatePlaceBody.parse({ variety: null, kind: 'farm' })).toEqual({ variety: null });
  });

  it('lets a lot name its household and season', () => {
    expect(
      createLotBody.parse({
        code: 'CAM-1',
        location_id: 'p',
        household_id: 'hh_1',
        season_id: 'v',
      }),
    ).toEqual({ code: 'CAM-1', location_id: 'p', household_id: 'hh_1', season_id: 'v' });
  });
});
