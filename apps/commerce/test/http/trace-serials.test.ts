// GET /coop/lots/:lot/serials and /admin/trace/lots/:lot/serials (issue #23, item 7): what was
// printed for a lot, newest first, and the serial the next labels start at, so the workspace's
// label page continues after the last printed serial instead of printing 1–21 again.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Account, api, newMember } from './_accounts.js';
import { adminApi, ok } from './_http.js';

interface PrintedAnswer {
  lot: string;
  ranges: { first: number; last: number; width: number; printed_at: string }[];
  next_serial: number;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

describe('a lot’s printed serials', () => {
  let staff: Account;
  let lot: string;

  beforeAll(async () => {
    const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    const buoi = cooperatives.find((c) => c.handle === 'htx-buoi-phuc-trach')!;
    staff = await newMember(buoi.id, 'staff');
    const { products } = await ok<{ products: { id: string }[] }>(
      await api('/coop/products', {}, staff.token),
    );
    // A lot of its own, so that no other test's labels are counted.
    ({
      lot: { id: lot },
    } = await ok<{ lot: { id: string } }>(
      await api(
        `/coop/products/${products[0]!.id}/lots`,
        {
          method: 'POST',
          body: JSON.stringify({ code: `SR-${randomUUID().slice(0, 8).toUpperCase()}` }),
        },
        staff.token,
      ),
      201,
    ));
  });

  it('starts at 1, and after 1–21 are printed the next is 22', async () => {
    const before = await ok<PrintedAnswer>(await api(`/coop/lots/${lot}/serials`, {}, staff.token));
    expect(before).toEqual({ lot, ranges: [], next_serial: 1 });

    await ok(
      await api(
        `/coop/lots/${lot}/serials`,
        { method: 'POST', body: JSON.stringify({ from: 1, to: 21 }) },
        staff.token,
      ),
      201,
    );
    const after = await ok<PrintedAnswer>(await api(`/coop/lots/${lot}/serials`, {}, staff.token));
    expect(after.ranges).toEqual([
      { first: 1, last: 21, width: 0, printed_at: expect.stringMatching(ISO_TIME) },
    ]);
    expect(after.next_serial).toBe(22);
  });

  it('lists the newest range first, for the operator as for the member', async () => {
    await ok(
      await adminApi(`/admin/trace/lots/${lot}/serials`, {
        method: 'POST',
        body: JSON.stringify({ from: 22, to: 42, width: 4 }),
      }),
      201,
    );
    for (const answer of [
      await adminApi(`/admin/trace/lots/${lot}/serials`),
      await api(`/coop/lots/${lot}/serials`, {}, staff.token),
    ]) {
      const { ranges, next_serial } = await ok<PrintedAnswer>(answer);
      expect(ranges.map(({ first, last, width }) => [first, last, width])).toEqual([
        [22, 42, 4],
        [1, 21, 0],
      ]);
      expect(next_serial).toBe(43);
    }
  });

  it('answers 404 for a lot of another cooperative, and 401 without a sign-in', async () => {
    const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    const other = cooperatives.find((c) => c.handle !== 'htx-buoi-phuc-trach')!;
    const stranger = await newMember(other.id, 'staff');
    const refused = await api(`/coop/lots/${lot}/serials`, {}, stranger.token);
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { message: string }).message).toBe(
      `Không tìm thấy lô ${lot} / lot ${lot} not found`,
    );
    expect((await api(`/coop/lots/${lot}/serials`)).status).toBe(401);
  });
});
