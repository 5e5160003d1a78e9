// Places with their planting details, households and seasons (issue #23): the optional fields of
// `Location` and `Lot`, how validateRecord checks them, and how the lot story tells them.
import { describe, expect, it } from 'vitest';
import {
  type Location,
  type Lot,
  type Organisation,
  TraceFormatError,
  buildFieldEvent,
  canonicalize,
  generateNoteKeys,
  lotStory,
  validateRecord,
  verifyLotBundle,
} from '../src/index.js';
import { MemoryLedger } from '../src/ledger/index.js';
import {
  LEDGER_ORIGIN,
  cooperative,
  fieldWork,
  lot,
  orchard,
  packingHouse,
  product,
} from '../src/sample-lot.js';

const household: Organisation = {
  type: 'organisation',
  id: 'htx-cam-nghia-dan.hh.01JD7Q0000000000000000000A',
  kind: 'household',
  name: 'Hộ Nguyễn Văn Minh',
  communeCode: '16941',
};

const plantingArea: Location = {
  ...orchard,
  areaHectares: 2.5,
  crop: 'Cam',
  variety: 'Cam Xã Đoài',
  boundary: [
    { latitude: 19.356, longitude: 105.417 },
    { latitude: 19.357, longitude: 105.418 },
    { latitude: 19.355, longitude: 105.419 },
  ],
  householdIds: [household.id],
  seasons: [
    {
      id: 'vu-2026',
      name: 'Vụ cam 2026',
      startsOn: '2026-02-01',
      endsOn: '2026-12-15',
      expectedYieldKg: 40000,
    },
  ],
};

const grownLot: Lot = { ...lot, householdId: household.id, seasonId: 'vu-2026' };

/** The error `validateRecord` throws for `record`. */
function refusal(record: unknown): TraceFormatError {
  try {
    validateRecord(record as never);
  } catch (error) {
    if (error instanceof TraceFormatError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(record)}`);
}

describe('places, seasons and households in master data', () => {
  it('accepts a planting area with its area, crop, variety, boundary, households and seasons', () => {
    expect(validateRecord(plantingArea)).toEqual(plantingArea);
    expect(validateRecord(grownLot)).toEqual(grownLot);
    expect(validateRecord(household)).toEqual(household);
  });

  it('leaves the canonical JSON of records without the new fields as it was', () => {
    // The optional fields are absent, not null: existing leaves (and their hashes) do not move.
    for (const record of [cooperative, orchard, packingHouse, product, lot]) {
      expect(canonicalize(validateRecord(record))).toBe(canonicalize(record));
    }
    expect(canonicalize(orchard)).not.toMatch(/areaHectares|crop|boundary|householdIds|seasons/);
  });

  it('refuses each malformed field with a bilingual error naming it', () => {
    const [a, b, c] = plantingArea.boundary!;
    const season = plantingArea.seasons![0]!;
    const bad: [unknown, string][] = [
      [{ ...plantingArea, areaHectares: 0 }, 'location.areaHectares'],
      [{ ...plantingArea, areaHectares: -1 }, 'location.areaHectares'],
      [{ ...plantingArea, areaHectares: '2,5' }, 'location.areaHectares'],
      [{ ...plantingArea, areaHectares: Number.NaN }, 'location.areaHectares'],
      [{ ...plantingArea, crop: '' }, 'location.crop'],
      [{ ...plantingArea, variety: 'x'.repeat(101) }, 'location.variety'],
      [{ ...plantingArea, boundary: [a, b] }, 'location.boundary'],
      [{ ...plantingArea, boundary: [a, b, c, a] }, 'location.boundary'],
      [{ ...plantingArea, boundary: Array.from({ length: 501 }, () => a) }, 'location.boundary'],
      [
        { ...plantingArea, boundary: [a, b, { latitude: 95, longitude: 0 }] },
        'location.boundary[2]',
      ],
      [{ ...plantingArea, boundary: [a, b, { latitude: '19' }] }, 'location.boundary[2]'],
      [{ ...plantingArea, householdIds: ['hộ 1'] }, 'location.householdIds[0]'],
      [{ ...plantingArea, householdIds: [household.id, household.id] }, 'location.householdIds'],
      [{ ...plantingArea, householdIds: 'hh-1' }, 'location.householdIds'],
      [{ ...plantingArea, seasons: [{ ...season, id: '' }] }, 'location.seasons[0].id'],
      [{ ...plantingArea, seasons: [{ ...season, name: ' ' }] }, 'location.seasons[0].name'],
      [
        { ...plantingArea, seasons: [{ ...season, startsOn: '2026-02-30' }] },
        'location.seasons[0].startsOn',
      ],
      [
        { ...plantingArea, seasons: [{ ...season, endsOn: '2026-01-01' }] },
        'location.seasons[0].endsOn',
      ],
      [
        { ...plantingArea, seasons: [{ ...season, expectedYieldKg: -5 }] },
        'location.seasons[0].expectedYieldKg',
      ],
      [
        { ...plantingArea, seasons: [{ ...season, actualYieldKg: '100' }] },
        'location.seasons[0].actualYieldKg',
      ],
      [{ ...plantingArea, seasons: [season, season] }, 'location.seasons'],
      [{ ...plantingArea, seasons: [null] }, 'location.seasons[0]'],
      [{ ...grownLot, householdId: 'hh 1' }, 'lot.householdId'],
      [{ ...grownLot, seasonId: '' }, 'lot.seasonId'],
    ];
    for (const [record, field] of bad) {
      const error = refusal(record);
      expect(error.field, field).toBe(field);
      expect(error.message, field).toMatch(field);
      expect(error.messageVi, field).toMatch(field);
      expect(error.messageVi, field).not.toBe(error.message);
    }
  });
});

describe('the story of a lot grown by a household in a season', () => {
  const keys = generateNoteKeys(LEDGER_ORIGIN, new Uint8Array(32).fill(9));

  function bundle(lotRecord: Lot, records: (Organisation | Location)[]) {
    const ledger = new MemoryLedger(LEDGER_ORIGIN);
    for (const record of [cooperative, ...records, packingHouse, product, lotRecord])
      ledger.addRecord(record);
    for (const input of fieldWork)
      ledger.appendEvent(buildFieldEvent({ ...input, lot: lotRecord }), lotRecord.id);
    return ledger.lotBundle(lotRecord.id, ledger.signCheckpoint(keys.signerKey));
  }

  it("includes the household's record in the bundle, and the story names it with the place's details", () => {
    const grown = bundle(grownLot, [household, plantingArea]);
    expect(grown.records.map(({ record }) => `${record.type}:${record.id}`)).toContain(
      `organisation:${household.id}`,
    );
    expect(verifyLotBundle(grown, [keys.verifierKey]).ok).toBe(true);
    const vi = lotStory(grown, 'vi');
    expect(vi.household?.name).toBe('Hộ Nguyễn Văn Minh');
    expect(vi.season?.name).toBe('Vụ cam 2026');
    expect(vi.origin).toEqual([
      'Mã số vùng trồng: VN-NA-ND-0012',
      'Diện tích: 2,5 ha',
      'Cây trồng: Cam (giống Cam Xã Đoài)',
      'Vụ: Vụ cam 2026 (từ 2026-02-01 đến 2026-12-15)',
      'Hộ sản xuất: Hộ Nguyễn Văn Minh',
    ]);
    expect(lotStory(grown, 'en').origin).toEqual([
      'Planting area code: VN-NA-ND-0012',
      'Area: 2.5 ha',
      'Crop: Cam (variety Cam Xã Đoài)',
      'Season: Vụ cam 2026 (from 2026-02-01 to 2026-12-15)',
      'Grown by household: Hộ Nguyễn Văn Minh',
    ]);
  });

  it('tells only what the bundle holds: no household line without its record', () => {
    const plain = bundle(lot, [orchard]);
    const story = lotStory(plain, 'vi');
    expect(story.household).toBeUndefined();
    expect(story.origin).toEqual(['Mã số vùng trồng: VN-NA-ND-0012']);
    // A cooperative's own record named as the household is not taken for one.
    const misnamed = bundle({ ...lot, householdId: cooperative.id }, [orchard]);
    expect(lotStory(misnamed, 'en').household).toBeUndefined();
  });
});
