// The seed's places and households (issue #23), through the same workflows the workspace uses:
// each cooperative's production area (a farm), a planting area for each planting-area code its
// products name (seed-data.ts `plantingArea`), with crop, variety, area, a boundary and the 2026
// season, and one producing household, recorded in the ledger and named by the planting areas.
import type { MedusaContainer } from '@medusajs/framework/types';
import type { Location, Organisation } from '@nguongoc/trace-core';
import { orchard } from '@nguongoc/trace-core/sample-lot';
import { COOPERATIVE_MODULE } from '../modules/cooperative';
import type CooperativeModuleService from '../modules/cooperative/service';
import { createHouseholdWorkflow } from '../workflows/place/create-household';
import { householdOrganisation } from '../workflows/place/place-record';
import { registerPlaceWorkflow } from '../workflows/place/register-place';
import type { SeedCooperative } from './seed-data';

/** What seedLot needs: the cooperative's farm, its planting areas by code, and its household. */
export interface SeedPlaces {
  farm: Location;
  plantingAreas: Map<string, Location>;
  /** The seeded household's ledger organisation. */
  household: Organisation;
}

/** The season every seeded planting area has, which the seeded lots were grown in. */
export const SEED_SEASON_ID = 'vu-2026';

/** The household each cooperative registers (fictional names). */
const HOUSEHOLDS: Record<string, string> = {
  'htx-cam-nghia-dan': 'Nguyễn Văn Minh',
  'htx-buoi-phuc-trach': 'Phan Thị Hoa',
  'htx-nong-san-hoang-hoa': 'Lê Văn Tám',
};

/** The planting areas of the seed data's codes: crop, variety, hectares, expected kilograms. */
const AREAS: Record<
  string,
  { name: string; crop: string; variety: string; hectares: number; kg: number }
> = {
  'VN-NA-ND-0012': {
    name: orchard.name,
    crop: 'Cam',
    variety: 'Cam Xã Đoài',
    hectares: 12.5,
    kg: 250_000,
  },
  'VN-HT-PT-0031': {
    name: 'Vùng trồng bưởi thôn 4',
    crop: 'Bưởi',
    variety: 'Bưởi Phúc Trạch',
    hectares: 8.2,
    kg: 120_000,
  },
  'VN-TH-HH-0007': {
    name: 'Cánh đồng lúa Hoằng Hoá',
    crop: 'Lúa',
    variety: 'Nếp cái hoa vàng',
    hectares: 20,
    kg: 110_000,
  },
};

/**
 * The ledger ID of the seed's planting area with `code`: trace-core's sample orchard for its
 * code (so that the sample lot /t/3KX9T2M7QAH names it), else `<handle>.vung-trong.<code>`.
 * Products name it in `metadata.planting_area_id`.
 */
export function seedPlantingAreaId(handle: string, code: string): string {
  return code === orchard.plantingAreaCode
    ? orchard.id
    : `${handle}.vung-trong.${code.toLowerCase()}`;
}

/** A small square around a point: an open ring of four corners, about 300 m a side. */
function squareAround(point: { latitude: number; longitude: number }) {
  const d = 0.0015;
  return [
    { latitude: point.latitude - d, longitude: point.longitude - d },
    { latitude: point.latitude - d, longitude: point.longitude + d },
    { latitude: point.latitude + d, longitude: point.longitude + d },
    { latitude: point.latitude + d, longitude: point.longitude - d },
  ];
}

/** Registers (idempotently) a cooperative's household, farm and planting areas. */
export async function seedPlaces(
  container: MedusaContainer,
  cooperative: {
    id: string;
    handle: string;
    name: string;
    commune_code: string;
    trace_origin: string;
  },
  seed: SeedCooperative,
): Promise<SeedPlaces> {
  const owner = {
    id: cooperative.id,
    handle: cooperative.handle,
    trace_origin: cooperative.trace_origin,
  };
  const headName = HOUSEHOLDS[cooperative.handle] ?? `Hộ sản xuất ${cooperative.name}`;
  const [existing] = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listHouseholds({ cooperative_id: cooperative.id, head_name: headName });
  const household =
    existing ??
    (
      await createHouseholdWorkflow(container).run({
        input: {
          cooperative: owner,
          household: { head_name: headName, commune_code: cooperative.commune_code },
        },
      })
    ).result;

  const { result: farm } = await registerPlaceWorkflow(container).run({
    input: {
      owner,
      id: `${cooperative.handle}-vung-san-xuat`,
      place: {
        kind: 'farm',
        name: `Vùng sản xuất ${cooperative.name.replace('Hợp tác xã ', 'HTX ')}`,
        commune_code: cooperative.commune_code,
      },
    },
  });

  const plantingAreas = new Map<string, Location>();
  const codes = new Set(
    seed.products.flatMap((product) => (product.plantingArea ? [product.plantingArea] : [])),
  );
  for (const code of codes) {
    const area = AREAS[code] ?? {
      name: `Vùng trồng ${code}`,
      crop: 'Cây trồng',
      variety: code,
      hectares: 5,
      kg: 10_000,
    };
    // The sample orchard keeps its commune and position, which its lot's events were built with.
    const sample = code === orchard.plantingAreaCode;
    const point = sample ? orchard.coordinates! : undefined;
    const { result } = await registerPlaceWorkflow(container).run({
      input: {
        owner,
        id: seedPlantingAreaId(cooperative.handle, code),
        place: {
          kind: 'planting-area',
          name: area.name,
          commune_code: sample ? orchard.communeCode : cooperative.commune_code,
          planting_area_code: code,
          area_hectares: area.hectares,
          crop: area.crop,
          variety: area.variety,
          ...(point ? { point, boundary: squareAround(point) } : {}),
          household_ids: [household.id],
          seasons: [
            {
              id: SEED_SEASON_ID,
              name: `Vụ ${area.crop.toLowerCase()} 2026`,
              starts_on: '2026-01-15',
              ends_on: '2026-12-31',
              expected_yield_kg: area.kg,
            },
          ],
        },
      },
    });
    plantingAreas.set(code, result);
  }
  return { farm, plantingAreas, household: householdOrganisation(cooperative.handle, household) };
}
