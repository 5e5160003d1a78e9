// The three kinds of account (ADR 031, issue #21): invitations, roles, removal, scope from the
// signed-in account only, and the audit trail, against the real backend.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
  accept,
  api,
  freshEmail,
  newHousehold,
  newMember,
  newOfficer,
  register,
  signIn,
} from './_accounts.js';
import { adminApi, backend, ok } from './_http.js';

interface Cooperative {
  id: string;
  handle: string;
  commune_code: string;
}

let cam: Cooperative; // cooperative A
let buoi: Cooperative; // cooperative B
let manager: Account;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: backend().databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function message(response: Response): Promise<string> {
  return ((await response.json()) as { message: string }).message;
}

beforeAll(async () => {
  const { cooperatives } = await ok<{ cooperatives: Cooperative[] }>(
    await adminApi('/admin/cooperatives'),
  );
  cam = cooperatives.find((c) => c.handle === 'htx-cam-nghia-dan')!;
  buoi = cooperatives.find((c) => c.handle === 'htx-buoi-phuc-trach')!;
  manager = await newMember(cam.id, 'manager');
});

describe('cooperative members', () => {
  it('signs a manager in to their own cooperative, from the account alone', async () => {
    const me = await ok<{ member: { role: string }; cooperative: { id: string } }>(
      await api('/coop/me', {}, manager.token),
    );
    expect(me.member.role).toBe('manager');
    expect(me.cooperative.id).toBe(cam.id);
    const own = await ok<{ cooperative: { id: string } }>(
      await api('/coop/cooperative', {}, manager.token),
    );
    expect(own.cooperative.id).toBe(cam.id);
  });

  it("refuses a member's token on every /admin route, Medusa's own included", async () => {
    for (const path of [
      '/admin/cooperatives',
      `/admin/cooperatives/${cam.id}`,
      '/admin/users',
      '/admin/orders',
      '/admin/customers',
      '/admin/api-keys',
    ]) {
      expect((await api(path, {}, manager.token)).status, path).toBe(401);
    }
    const selfEdit = await api(
      `/admin/users/${manager.id}`,
      { method: 'POST', body: JSON.stringify({ metadata: { cooperative_id: buoi.id } }) },
      manager.token,
    );
    expect(selfEdit.status).toBe(401);
  });

  it('lets a manager invite staff but not managers; staff invite nobody', async () => {
    const staff = await newMember(cam.id, 'staff', { inviter: manager.token });
    const me = await ok<{ member: { role: string }; cooperative: { id: string } }>(
      await api('/coop/me', {}, staff.token),
    );
    expect(me).toMatchObject({ member: { role: 'staff' }, cooperative: { id: cam.id } });

    const before = await sql('SELECT count(*)::int AS n FROM account_invitation');
    const asManager = await api(
      '/coop/invitations',
      {
        method: 'POST',
        body: JSON.stringify({ name: 'Quản lý mới', email: freshEmail('ql'), role: 'manager' }),
      },
      manager.token,
    );
    expect(asManager.status).toBe(403);
    expect(await message(asManager)).toMatch(/quản lý.*\/.*manager/);
    const asStaff = await api(
      '/coop/invitations',
      {
        method: 'POST',
        body: JSON.stringify({ name: 'Người lạ', email: freshEmail('nl'), role: 'staff' }),
      },
      staff.token,
    );
    expect(asStaff.status).toBe(403);
    expect(await message(asStaff)).toContain(' / only');
    expect(await sql('SELECT count(*)::int AS n FROM account_invitation')).toEqual(before);
  });

  it('refuses a bad invitation with a bilingual reason and makes no account', async () => {
    const email = freshEmail('moi');
    const { token } = await ok<{ token: string }>(
      await adminApi(`/admin/cooperatives/${cam.id}/invitations`, {
        method: 'POST',
        body: JSON.stringify({ name: 'Người được mời', email, role: 'staff' }),
      }),
      201,
    );
    const members = () => sql('SELECT count(*)::int AS n FROM cooperative_member');
    const count = await members();

    const stranger = await register('cooperative_member', freshEmail('khac'), 'mat-khau-khac-2026');
    const wrongPerson = await accept(token, stranger);
    expect(wrongPerson.status).toBe(403);
    expect(await message(wrongPerson)).toContain(email);

    const unknown = await accept('x'.repeat(43), stranger);
    expect(unknown.status).toBe(404);

    const officerSignIn = await register('commune_officer', email, 'mat-khau-dung-2026');
    const wrongKind = await accept(token, officerSignIn);
    expect(wrongKind.status).toBe(403);

    await sql(
      "UPDATE account_invitation SET expires_at = now() - interval '1 minute' WHERE email = $1",
      [email],
    );
    const registration = await signIn('cooperative_member', email, 'mat-khau-dung-2026');
    const expired = await accept(token, registration);
    expect(expired.status).toBe(400);
    expect(await message(expired)).toMatch(/hết hạn.* \/ .*expired/);
    expect(await members()).toEqual(count);

    await sql(
      "UPDATE account_invitation SET expires_at = now() + interval '1 day' WHERE email = $1",
      [email],
    );
    expect((await accept(token, registration)).status).toBe(201);
    const again = await accept(token, registration);
    expect(again.status).toBe(400);
    expect(await message(again)).toContain('already been used');

    // A sign-in that already holds a live account cannot take a second one: the workflow's
    // account is undone and the invitation stays open.
    const second = await ok<{ invitation: { id: string }; token: string }>(
      await adminApi(`/admin/cooperatives/${buoi.id}/invitations`, {
        method: 'POST',
        body: JSON.stringify({ name: 'Người được mời', email, role: 'staff' }),
      }),
      201,
    );
    const afterFirst = await members();
    const signedIn = await signIn('cooperative_member', email, 'mat-khau-dung-2026');
    const taken = await accept(second.token, signedIn);
    expect(taken.status).toBe(422);
    expect(await message(taken)).toBe(
      'Tài khoản đăng nhập này đã thuộc một hợp tác xã hoặc xã khác / this sign-in already belongs to another account',
    );
    expect(await members()).toEqual(afterFirst);
    const { invitations } = await ok<{ invitations: { id: string }[] }>(
      await adminApi(`/admin/cooperatives/${buoi.id}/members`),
    );
    expect(invitations.map((i) => i.id)).toContain(second.invitation.id);
  });

  it('refuses a phone that is not a Vietnamese number, naming it', async () => {
    const invited = await api(
      '/coop/invitations',
      {
        method: 'POST',
        body: JSON.stringify({ name: 'Số Sai', phone: '12345678901', role: 'staff' }),
      },
      manager.token,
    );
    expect(invited.status).toBe(400);
    expect(await message(invited)).toBe(
      'phone: "12345678901" không phải số điện thoại Việt Nam hợp lệ / is not a valid Vietnamese phone number',
    );
    const code = await api('/auth/cooperative_member/phone-otp', {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.61' },
      body: JSON.stringify({ phone: '12345678901' }),
    });
    expect(code.status).toBe(401);
    expect(await message(code)).toBe(
      'phone: cần một số điện thoại Việt Nam hợp lệ / phone: a valid Vietnamese phone number is needed',
    );
  });

  it('lets a manager revoke an open invitation, which then cannot be accepted', async () => {
    const email = freshEmail('thu-hoi');
    const { invitation, token } = await ok<{ invitation: { id: string }; token: string }>(
      await api(
        '/coop/invitations',
        { method: 'POST', body: JSON.stringify({ name: 'Thu Hồi', email, role: 'staff' }) },
        manager.token,
      ),
      201,
    );
    const open = await ok<{ invitations: { id: string }[] }>(
      await api('/coop/members', {}, manager.token),
    );
    expect(open.invitations.map((i) => i.id)).toContain(invitation.id);
    await ok(await api(`/coop/invitations/${invitation.id}`, { method: 'DELETE' }, manager.token));
    const after = await ok<{ invitations: { id: string }[] }>(
      await api('/coop/members', {}, manager.token),
    );
    expect(after.invitations.map((i) => i.id)).not.toContain(invitation.id);
    const registration = await register('cooperative_member', email, 'mat-khau-thu-hoi-2026');
    const refused = await accept(token, registration);
    expect(refused.status).toBe(400);
    expect(await message(refused)).toBe('Lời mời đã bị thu hồi / the invitation was revoked');
    const twice = await api(
      `/coop/invitations/${invitation.id}`,
      { method: 'DELETE' },
      manager.token,
    );
    expect(twice.status).toBe(404);
  });

  it("keeps a member out of another cooperative's records, by ID or by list", async () => {
    await ok(
      await adminApi(`/admin/cooperatives/${buoi.id}/channels/voso/exports`, {
        method: 'POST',
        body: JSON.stringify({}),
      }),
    );
    const { listings } = await ok<{ listings: { listing_id: string | null }[] }>(
      await adminApi(`/admin/cooperatives/${buoi.id}/channels`),
    );
    const theirs = listings.find((l) => l.listing_id !== null)!;
    const touched = await api(
      `/coop/channel-listings/${theirs.listing_id}`,
      { method: 'POST', body: JSON.stringify({ status: 'paused' }) },
      manager.token,
    );
    expect(touched.status).toBe(404);
    const productsIn = async (response: Response) =>
      new Set(
        (await ok<{ listings: { product_id: string }[] }>(response)).listings.map(
          (l) => l.product_id,
        ),
      );
    const mine = await productsIn(await api('/coop/channels', {}, manager.token));
    const camProducts = await productsIn(await adminApi(`/admin/cooperatives/${cam.id}/channels`));
    const buoiProducts = await productsIn(
      await adminApi(`/admin/cooperatives/${buoi.id}/channels`),
    );
    expect(mine.size).toBeGreaterThan(0);
    expect([...mine]).toEqual([...camProducts]);
    const theirProduct = [...buoiProducts][0]!;
    expect(mine.has(theirProduct)).toBe(false);
    expect((await api(`/coop/products/${theirProduct}/lots`, {}, manager.token)).status).toBe(404);
    const { products } = await ok<{ products: { id: string }[] }>(
      await api('/coop/products', {}, manager.token),
    );
    expect(products.length).toBeGreaterThan(0);
    expect(products.map((p) => p.id)).not.toContain(theirProduct);
  });

  it('ends every session of a removed member at once, and applies a new role at once', async () => {
    const staff = await newMember(cam.id, 'staff', { inviter: manager.token });
    expect((await api('/coop/channels', {}, staff.token)).status).toBe(200);
    const { households } = await ok<{ households: { id: string }[] }>(
      await api('/coop/households', {}, manager.token),
    );
    const householdId =
      households[0]?.id ?? (await newHousehold(manager.token, 'Hồ Văn Cam', cam.commune_code));
    await ok(
      await api(
        `/coop/members/${staff.id}`,
        { method: 'POST', body: JSON.stringify({ role: 'household', household_id: householdId }) },
        manager.token,
      ),
    );
    const refused = await api('/coop/channels', {}, staff.token);
    expect(refused.status).toBe(403);
    expect(await message(refused)).toMatch(/quản lý, nhân viên.* \/ .*manager, staff/);

    await ok(await api(`/coop/members/${staff.id}`, { method: 'DELETE' }, manager.token));
    const gone = await api('/coop/me', {}, staff.token);
    expect(gone.status).toBe(401);
    expect(await message(gone)).toMatch(/đăng nhập lại \/ .*sign in again/);
    const fresh = await signIn('cooperative_member', staff.email, staff.password);
    expect((await api('/coop/me', {}, fresh)).status).toBe(401);
  });
});

describe('commune officers', () => {
  it("read their own commune's cooperatives and figures, and write nothing", async () => {
    const officer = await newOfficer(cam.commune_code);
    const { cooperatives } = await ok<{ cooperatives: Cooperative[] }>(
      await api('/commune/cooperatives', {}, officer.token),
    );
    expect(cooperatives.map((c) => c.id)).toEqual([cam.id]);
    const own = await api(
      `/commune/pilot/indicators?commune_code=${cam.commune_code}`,
      {},
      officer.token,
    );
    expect(own.status).toBe(200);
    const other = await api(
      `/commune/pilot/indicators?commune_code=${buoi.commune_code}`,
      {},
      officer.token,
    );
    expect(other.status).toBe(404);
    const published = await ok<{ commune: { code: string }; licence: { id: string } }>(
      await api('/commune/open-data', {}, officer.token),
    );
    expect(published).toMatchObject({
      commune: { code: cam.commune_code },
      licence: { id: 'CC-BY-4.0' },
    });
    for (const [method, path] of [
      ['GET', '/admin/cooperatives'],
      ['POST', '/admin/channel-category-mappings'],
      ['POST', '/admin/payments/vnpay/reconcile'],
      ['POST', '/admin/cooperatives'],
      ['POST', `/admin/cooperatives/${cam.id}`],
      ['GET', '/coop/cooperative'],
    ] as const) {
      const response = await api(
        path,
        { method, body: method === 'POST' ? '{}' : null },
        officer.token,
      );
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });
});

describe('the audit trail', () => {
  it("records each write with who, what and from where; a manager reads their cooperative's", async () => {
    const email = freshEmail('audit');
    await ok(
      await api(
        '/coop/invitations',
        { method: 'POST', body: JSON.stringify({ name: 'Kiểm tra', email, role: 'staff' }) },
        manager.token,
      ),
      201,
    );
    await ok(
      await adminApi(`/admin/cooperatives/${buoi.id}/invitations`, {
        method: 'POST',
        body: JSON.stringify({ name: 'Bên B', email: freshEmail('b'), role: 'staff' }),
      }),
      201,
    );
    // The trail is written after the answer: wait until it shows.
    let entries: {
      actor_id: string;
      actor_type: string;
      path: string;
      cooperative_id: string;
      ip: string;
    }[] = [];
    await expect
      .poll(async () => {
        ({ entries } = await ok<{ entries: typeof entries }>(
          await api('/coop/audit-entries', {}, manager.token),
        ));
        return entries.some((e) => e.path === '/coop/invitations');
      })
      .toBe(true);
    const mine = entries.find((e) => e.path === '/coop/invitations')!;
    expect(mine).toMatchObject({
      actor_type: 'cooperative_member',
      actor_id: manager.id,
      cooperative_id: cam.id,
    });
    expect(mine.ip).toBeTruthy();
    expect(entries.every((e) => e.cooperative_id === cam.id)).toBe(true);

    const all = await ok<{ entries: { cooperative_id: string | null; actor_type: string }[] }>(
      await adminApi('/admin/audit-entries'),
    );
    expect(all.entries.some((e) => e.cooperative_id === buoi.id && e.actor_type === 'user')).toBe(
      true,
    );
    // An operator's write outside a cooperative's own routes still names the cooperative, and a
    // creation names what it made.
    const { products } = await ok<{ products: { id: string }[] }>(
      await api('/coop/products', {}, manager.token),
    );
    const code = `AUD-${Date.now().toString(36).toUpperCase()}`.slice(0, 20);
    const { lot } = await ok<{ lot: { id: string } }>(
      await adminApi(`/admin/products/${products[0]!.id}/lots`, {
        method: 'POST',
        body: JSON.stringify({ code }),
      }),
      201,
    );
    await expect
      .poll(async () => {
        const found = await ok<{
          entries: { path: string; cooperative_id: string; record_id: string }[];
        }>(await api('/coop/audit-entries', {}, manager.token));
        return found.entries.find((e) => e.path === `/admin/products/${products[0]!.id}/lots`);
      })
      .toMatchObject({ cooperative_id: cam.id, record_id: lot.id });
    await expect(sql('UPDATE audit_entry SET actor_id = $1', ['someone-else'])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
  });
});

describe('phone and one-time code', () => {
  it('signs an invited phone in with the code the development sender logs', async () => {
    // Its own client address: codes sent count against an address (ADR 031), not the others'.
    const from = { 'x-forwarded-for': '203.0.113.60' };
    const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const e164 = `+84${phone.slice(1)}`;
    const { token: invitationToken } = await ok<{ token: string }>(
      await api(
        '/coop/invitations',
        {
          method: 'POST',
          body: JSON.stringify({ name: 'Nông dân', phone, role: 'staff' }),
        },
        manager.token,
      ),
      201,
    );
    const codesLogged = () =>
      [
        ...readFileSync(backend().logFiles[0]!, 'utf8').matchAll(
          new RegExp(`cho \\${e164}: (\\d{6})`, 'g'),
        ),
      ].map((match) => match[1]!);
    const codeFor = async () => {
      const before = codesLogged().length;
      const asked = await ok<{ location: string }>(
        await api('/auth/cooperative_member/phone-otp', {
          method: 'POST',
          headers: from,
          body: JSON.stringify({ phone }),
        }),
      );
      expect(asked.location).toBe('/auth/cooperative_member/phone-otp/callback');
      // Wait for the line this request wrote, not an earlier code still in the log.
      await expect.poll(() => codesLogged().length).toBe(before + 1);
      return { code: codesLogged().at(-1)!, location: asked.location };
    };
    const first = await codeFor();
    const wrong = await api(first.location, {
      method: 'POST',
      headers: from,
      body: JSON.stringify({ phone, code: first.code === '000000' ? '111111' : '000000' }),
    });
    expect(wrong.status).toBe(401);
    const again = await api('/auth/cooperative_member/phone-otp', {
      method: 'POST',
      headers: from,
      body: JSON.stringify({ phone }),
    });
    expect(again.status).toBe(401);
    expect(await message(again)).toMatch(/chờ \d+ giây.* \/ .*wait \d+ seconds/);

    const { token: registration } = await ok<{ token: string }>(
      await api(first.location, {
        method: 'POST',
        body: JSON.stringify({ phone, code: first.code }),
      }),
    );
    expect((await accept(invitationToken, registration)).status).toBe(201);
    const reused = await api(first.location, {
      method: 'POST',
      headers: from,
      body: JSON.stringify({ phone, code: first.code }),
    });
    expect(reused.status).toBe(401);
    // A new code is sent at most once a minute: the test skips that minute by forgetting when
    // the last one was sent.
    await sql(`UPDATE provider_identity SET provider_metadata = '{}'::jsonb WHERE entity_id = $1`, [
      e164,
    ]);
    const second = await codeFor();
    const { token } = await ok<{ token: string }>(
      await api(second.location, {
        method: 'POST',
        body: JSON.stringify({ phone, code: second.code }),
      }),
    );
    const me = await ok<{ member: { phone: string; role: string } }>(
      await api('/coop/me', {}, token),
    );
    expect(me.member).toMatchObject({ phone: e164, role: 'staff' });
  });
});
