// The public trace bundle (GET /store/trace/:code) names the cooperative, the product, the place
// and the field work, never the people of a household: not its head's name or phone, not the
// account of the member who recorded the work (README "What a trace bundle publishes").
import { randomUUID } from 'node:crypto';
import { type LotBundle, verifyLotBundle } from '@nguongoc/trace-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Account, api, newMember } from './_accounts.js';
import { adminApi, ok, storeApi, verifierKey } from './_http.js';

const HEAD_NAME = 'Lò Thị Riêng Tư';
const HEAD_PHONE = '0987 654 321';
const PLACE = 'vuon-cam-xom-3';

/** The fields each record type may publish: the README's table. */
const PUBLIC_FIELDS: Record<string, string[]> = {
  organisation: [
    'type',
    'id',
    'kind',
    'name',
    'taxCode',
    'cooperativeRegistrationNumber',
    'communeCode',
    'address',
    'gln',
  ],
  product: ['type', 'id', 'organisationId', 'name', 'nameEn', 'sku', 'gtin', 'ocop', 'unit'],
  location: [
    'type',
    'id',
    'organisationId',
    'kind',
    'name',
    'communeCode',
    'plantingAreaCode',
    'coordinates',
    'gln',
    'address',
    'areaHectares',
    'crop',
    'variety',
    'boundary',
    'householdIds',
    'seasons',
  ],
  lot: [
    'type',
    'id',
    'code',
    'productId',
    'organisationId',
    'locationId',
    'householdId',
    'seasonId',
  ],
};

let productId: string;
let metadataBefore: Record<string, unknown>;
let householdId: string;
let manager: Account;
let member: Account;

beforeAll(async () => {
  const { cooperatives } = await ok<{
    cooperatives: { id: string; handle: string; commune_code: string }[];
  }>(await adminApi('/admin/cooperatives'));
  const cam = cooperatives.find((c) => c.handle === 'htx-cam-nghia-dan')!;
  manager = await newMember(cam.id, 'manager');
  ({
    household: { id: householdId },
  } = await ok<{ household: { id: string } }>(
    await api(
      '/coop/households',
      {
        method: 'POST',
        body: JSON.stringify({
          head_name: HEAD_NAME,
          phone: HEAD_PHONE,
          commune_code: cam.commune_code,
        }),
      },
      manager.token,
    ),
    201,
  ));
  member = await newMember(cam.id, 'household', { household_id: householdId });
  const { products } = await ok<{
    products: { id: string; metadata: Record<string, unknown> | null }[];
  }>(await adminApi('/admin/products?handle=cam-vinh-hop-5kg&fields=id,metadata'));
  productId = products[0]!.id;
  metadataBefore = products[0]!.metadata ?? {};
  // The product is this household's while the test runs: its member may record work on its lots.
  await ok(
    await adminApi(`/admin/products/${productId}`, {
      method: 'POST',
      body: JSON.stringify({ metadata: { ...metadataBefore, household_id: householdId } }),
    }),
  );
});

afterAll(async () => {
  if (!productId) return;
  // Medusa merges metadata: an empty value removes a key the product did not have.
  const back = {
    ...metadataBefore,
    ...(metadataBefore.household_id === undefined ? { household_id: '' } : {}),
  };
  await ok(
    await adminApi(`/admin/products/${productId}`, {
      method: 'POST',
      body: JSON.stringify({ metadata: back }),
    }),
  );
});

describe('the public trace bundle of a household’s lot', () => {
  it('carries the lot and its field work, and nothing personal of the household', async () => {
    const { lot } = await ok<{ lot: { id: string } }>(
      await api(
        `/coop/products/${productId}/lots`,
        {
          method: 'POST',
          body: JSON.stringify({ code: `RT-${randomUUID().slice(0, 8)}`, location_id: PLACE }),
        },
        manager.token, // opening a lot is a manager's or staff's; field work is the household's
      ),
      201,
    );
    await ok(
      await api(
        `/coop/lots/${lot.id}/events`,
        {
          method: 'POST',
          body: JSON.stringify({
            kind: 'harvest',
            time: '2026-12-03T06:30',
            location_id: PLACE,
            quantity: 120,
            // A client naming the person who recorded it: kept out of the public record.
            details: { recordedBy: HEAD_NAME },
          }),
        },
        member.token,
      ),
      201,
    );

    const response = await storeApi(`/store/trace/${lot.id}`);
    const text = await response.clone().text();
    const { bundle } = await ok<{ bundle: LotBundle }>(response);
    // What it should carry: the lot, its harvest, verified.
    expect(bundle.lot).toBe(lot.id);
    expect(bundle.events).toHaveLength(1);
    expect(verifyLotBundle(bundle, [await verifierKey(bundle.origin)]).ok).toBe(true);

    // What it must not: the household's people, in any spelling, or its internal IDs.
    for (const personal of [
      HEAD_NAME,
      HEAD_PHONE,
      HEAD_PHONE.replace(/\s/g, ''),
      '987654321',
      member.email,
      'Thành viên household', // the member's name (newMember)
      member.id,
      householdId,
    ]) {
      expect(text, personal).not.toContain(personal);
    }
    expect(text).not.toContain('recordedBy');

    // Every record publishes only the fields the README lists for its type.
    for (const { record } of bundle.records) {
      const allowed = PUBLIC_FIELDS[record.type];
      expect(allowed, record.type).toBeDefined();
      expect(
        Object.keys(record).filter((key) => !allowed!.includes(key)),
        `${record.type} ${record.id}`,
      ).toEqual([]);
    }
    expect(new Set(bundle.records.map(({ record }) => record.type))).toEqual(
      new Set(['organisation', 'product', 'location', 'lot']),
    );
  });
});
