// The admin extensions in a real browser (Debian's chromium through playwright-core): the
// cooperatives page with its households and accounts, the commune officers on the pilot page, the
// audit trail and, on a product's page, its lots, their verified timeline and the form that records
// field work.
// The dashboard starts in Vietnamese; English is one setting away.
import { type LotBundle, verifyLotBundle } from '@nguongoc/trace-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime } from '@nguongoc/vn-locale';
import { accept, api, freshEmail, newMember, register, signIn } from './_accounts.js';
import { adminApp, chooseEnglish, openAdmin } from './_admin-browser.js';
import { adminApi, ok, storeApi, verifierKey } from './_http.js';

describe('admin pages', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openAdmin());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the cooperatives in Vietnamese, with the commune then the province', async () => {
    await page.goto(`${adminApp()}/cooperatives`);
    const table = page.getByTestId('nguongoc-cooperatives');
    await table.getByText('Hợp tác xã Cam Nghĩa Đàn').waitFor();
    await expect(table.getByText('Xã Nghĩa Đàn, Tỉnh Nghệ An').count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Hợp tác xã' }).count()).resolves.toBeGreaterThan(
      0,
    );
  });

  it('adds a cooperative, choosing its province and then its commune', async () => {
    await page.goto(`${adminApp()}/cooperatives`);
    await page.getByRole('button', { name: 'Thêm hợp tác xã' }).click();
    const form = page.getByTestId('nguongoc-cooperative-form');
    await form.locator('#nguongoc-province option[value="40"]').waitFor({ state: 'attached' });
    await form.locator('#nguongoc-province').selectOption('40');
    await form.locator('#nguongoc-commune option[value="16681"]').waitFor({ state: 'attached' });
    await form.locator('#nguongoc-commune').selectOption('16681');
    const fields: Record<string, string> = {
      name: 'Hợp tác xã Chè Thử Nghiệm',
      handle: 'htx-che-thu-nghiem',
      tax_code: '2901987654',
      registration_number: '2707G000999',
      address: 'Khối 5',
      contact_name: 'Trần Thị Lan',
      phone: '0987654321',
    };
    for (const [name, value] of Object.entries(fields)) {
      await form.locator(`#nguongoc-${name}`).fill(value);
    }
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Phường Thành Vinh, Tỉnh Nghệ An').waitFor();

    const { cooperatives } = await ok<{ cooperatives: { handle: string; trace_origin: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    expect(cooperatives.find((c) => c.handle === 'htx-che-thu-nghiem')?.trace_origin).toBe(
      'nguongoc.vn/htx-che-thu-nghiem',
    );
  });

  it("adds a producing household to a cooperative, in a commune of the cooperative's province", async () => {
    await page.goto(`${adminApp()}/cooperatives`);
    const row = page.getByRole('row', { name: /Hợp tác xã Chè Thử Nghiệm/ });
    await row.getByRole('button', { name: 'Hộ sản xuất' }).click();
    const panel = page.getByTestId('nguongoc-households');
    await panel.getByText('Chưa có hộ nào.').waitFor();
    await panel.locator('#nguongoc-household-commune option[value="16941"]').waitFor({
      state: 'attached',
    });
    await panel.locator('#nguongoc-household-name').fill('Hồ Văn Bình');
    await panel.locator('#nguongoc-household-phone').fill('0912000333');
    await panel.locator('#nguongoc-household-commune').selectOption('16941');
    await panel.getByRole('button', { name: 'Thêm hộ' }).click();
    await panel.getByRole('cell', { name: 'Hồ Văn Bình' }).waitFor();
    await panel.getByRole('cell', { name: 'Xã Nghĩa Đàn' }).waitFor();
    // Its own shop on Vỏ Sò.
    await panel.locator('#nguongoc-household-shop-exchange').selectOption('voso');
    await panel.locator('#nguongoc-household-shop-name').fill('Chè nhà Bình');
    await panel.getByRole('button', { name: 'Lưu gian hàng của hộ' }).click();
    await panel.getByRole('cell', { name: 'Vỏ Sò: Chè nhà Bình' }).waitFor();
  });

  /** The test cooperative's members panel, opened from its row of the cooperatives page. */
  async function membersPanel() {
    await page.goto(`${adminApp()}/cooperatives`);
    const row = page.getByRole('row', { name: /Hợp tác xã Chè Thử Nghiệm/ });
    await row.getByRole('button', { name: 'Thành viên' }).click();
    return page.getByTestId('nguongoc-members');
  }

  async function testCooperativeId() {
    const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    return cooperatives.find((c) => c.handle === 'htx-che-thu-nghiem')!.id;
  }

  it("invites a cooperative's manager; the token shown once lets them in, and they are listed as manager", async () => {
    const cooperativeId = await testCooperativeId();
    const panel = await membersPanel();
    await panel.getByText('Chưa có thành viên nào.').waitFor();
    const email = freshEmail('quan-ly');
    const form = panel.getByTestId('nguongoc-member-invite');
    await form.locator('#nguongoc-member-invite-name').fill('Lê Văn Quản');
    await form.locator('#nguongoc-member-invite-email').fill(email);
    await form.locator('#nguongoc-member-invite-days').fill('3');
    await expect(form.locator('#nguongoc-member-invite-role').inputValue()).resolves.toBe(
      'manager',
    );
    await form.getByRole('button', { name: 'Tạo lời mời' }).click();

    const shown = panel.getByTestId('nguongoc-invitation-token');
    const token = (await shown.getByTestId('nguongoc-invitation-token-value').textContent())!;
    expect(token).toMatch(/^\S{20,200}$/);
    await shown.getByText('Mã mời cho Lê Văn Quản (chỉ hiện một lần)', { exact: true }).waitFor();
    await shown.getByText(`thành viên hợp tác xã bằng đúng ${email}:`).waitFor();
    await expect(form.locator('#nguongoc-member-invite-email').inputValue()).resolves.toBe('');
    // Listed as open until its expiry, three days on, as a Vietnamese date.
    const { invitations } = await ok<{ invitations: { email: string; expires_at: string }[] }>(
      await adminApi(`/admin/cooperatives/${cooperativeId}/members`),
    );
    const expiresAt = invitations.find((invitation) => invitation.email === email)!.expires_at;
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(3 * 86_400_000 - 60_000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(3 * 86_400_000);
    const open = panel.getByTestId('nguongoc-open-invitations').getByRole('row', { name: email });
    await open.getByRole('cell', { name: formatDateTime(expiresAt, 'vi'), exact: true }).waitFor();
    await open.getByRole('cell', { name: 'Quản lý', exact: true }).waitFor();
    await expect(open.getByRole('cell').first().textContent()).resolves.toBe('Lê Văn Quản');

    const registration = await register('cooperative_member', email, 'mat-khau-quan-ly-1');
    const accepted = await accept(token, registration);
    expect(accepted.status).toBe(201);
    const { member } = (await accepted.json()) as { member: { id: string; role: string } };
    expect(member.role).toBe('manager');

    await page.reload();
    await page
      .getByRole('row', { name: /Hợp tác xã Chè Thử Nghiệm/ })
      .getByRole('button', { name: 'Thành viên' })
      .click();
    const listed = panel.getByTestId(`nguongoc-member-${member.id}`);
    await expect(listed.getByTestId('nguongoc-member-role').textContent()).resolves.toBe('Quản lý');
    await expect(listed.getByTestId('nguongoc-member-state').textContent()).resolves.toBe(
      'Đang hoạt động',
    );
    await expect(listed.getByRole('cell', { name: email, exact: true }).count()).resolves.toBe(1);
    // The invitation is used: no longer open, and its token is nowhere on the page.
    await expect(panel.getByTestId('nguongoc-open-invitations').count()).resolves.toBe(0);
    expect(await page.content()).not.toContain(token);
  });

  it("refuses an invitation with neither email nor phone with the server's message in both languages, keeping what was typed", async () => {
    const panel = await membersPanel();
    const form = panel.getByTestId('nguongoc-member-invite');
    await form.locator('#nguongoc-member-invite-name').fill('Phạm Thị Hoa');
    await form.locator('#nguongoc-member-invite-days').fill('10');
    await form.locator('#nguongoc-member-invite-role').selectOption('staff');
    await form.getByRole('button', { name: 'Tạo lời mời' }).click();
    await page
      .getByText(
        'cần email hoặc số điện thoại của người được mời / the invitee needs an email or a phone number',
      )
      .waitFor();
    await expect(form.locator('#nguongoc-member-invite-name').inputValue()).resolves.toBe(
      'Phạm Thị Hoa',
    );
    await expect(form.locator('#nguongoc-member-invite-days').inputValue()).resolves.toBe('10');
    await expect(form.locator('#nguongoc-member-invite-role').inputValue()).resolves.toBe('staff');
    await expect(panel.getByTestId('nguongoc-invitation-token').count()).resolves.toBe(0);
  });

  it('revokes an open invitation only once confirmed; its token then no longer works', async () => {
    const cooperativeId = await testCooperativeId();
    const openEmails = async () => {
      const { invitations } = await ok<{ invitations: { email: string }[] }>(
        await adminApi(`/admin/cooperatives/${cooperativeId}/members`),
      );
      return invitations.map((invitation) => invitation.email);
    };
    const panel = await membersPanel();
    const email = freshEmail('thu-hoi');
    const form = panel.getByTestId('nguongoc-member-invite');
    await form.locator('#nguongoc-member-invite-name').fill('Đỗ Thị Thu');
    await form.locator('#nguongoc-member-invite-email').fill(email);
    await form.locator('#nguongoc-member-invite-role').selectOption('staff');
    await form.getByRole('button', { name: 'Tạo lời mời' }).click();
    const shown = panel.getByTestId('nguongoc-invitation-token');
    await shown.getByText('Mã mời cho Đỗ Thị Thu (chỉ hiện một lần)', { exact: true }).waitFor();
    const token = (await shown.getByTestId('nguongoc-invitation-token-value').textContent())!;
    // Listed as open, whom it is for first.
    const open = panel.getByTestId('nguongoc-open-invitations').getByRole('row', { name: email });
    await open.getByRole('cell', { name: 'Nhân viên', exact: true }).waitFor();
    await expect(open.getByRole('cell').first().textContent()).resolves.toBe('Đỗ Thị Thu');

    // Cancelled: still open.
    await open.getByRole('button', { name: 'Thu hồi' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Thu hồi lời mời cho Đỗ Thị Thu?').waitFor();
    await dialog.getByText(/Mã mời đã gửi cho Đỗ Thị Thu không dùng được nữa/).waitFor();
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(openEmails()).resolves.toContain(email);
    await expect(open.count()).resolves.toBe(1);

    await open.getByRole('button', { name: 'Thu hồi' }).click();
    await dialog.getByRole('button', { name: 'Thu hồi' }).click();
    await page.getByText('Đã thu hồi lời mời cho Đỗ Thị Thu').waitFor();
    await open.waitFor({ state: 'detached' });
    await expect(openEmails()).resolves.not.toContain(email);

    const registration = await register('cooperative_member', email, 'mat-khau-thu-hoi-1');
    const refused = await accept(token, registration);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toBe(
      'Lời mời đã bị thu hồi / the invitation was revoked',
    );
  });

  it("changes a member's role to household member, and removes them only once confirmed", async () => {
    const cooperativeId = await testCooperativeId();
    const staff = await newMember(cooperativeId, 'staff');
    const panel = await membersPanel();
    const row = panel.getByTestId(`nguongoc-member-${staff.id}`);
    await expect(row.getByTestId('nguongoc-member-role').textContent()).resolves.toBe('Nhân viên');
    await row.getByRole('button', { name: 'Đổi vai trò' }).click();
    await row.locator(`#nguongoc-member-${staff.id}-role`).selectOption('household');
    await row
      .locator(`#nguongoc-member-${staff.id}-household`)
      .selectOption({ label: 'Hồ Văn Bình' });
    await row.getByRole('button', { name: 'Lưu vai trò' }).click();
    await expect
      .poll(() => row.getByTestId('nguongoc-member-role').textContent())
      .toBe('Thành viên hộ · Hồ Văn Bình');
    const me = await ok<{ member: { role: string } }>(await api('/coop/me', {}, staff.token));
    expect(me.member.role).toBe('household');

    // Cancelled: nothing changes.
    await row.getByRole('button', { name: 'Gỡ tài khoản' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(/không đăng nhập được nữa/).waitFor();
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await api('/coop/me', {}, staff.token)).status).toBe(200);

    await row.getByRole('button', { name: 'Gỡ tài khoản' }).click();
    await dialog.getByRole('button', { name: 'Gỡ tài khoản' }).click();
    // Shown as removed, on the day the server recorded (Vietnamese date).
    const removedAt = async () => {
      const { members } = await ok<{ members: { id: string; removed_at: string | null }[] }>(
        await adminApi(`/admin/cooperatives/${cooperativeId}/members`),
      );
      return members.find((member) => member.id === staff.id)!.removed_at;
    };
    await expect.poll(removedAt).not.toBeNull();
    await expect
      .poll(() => row.getByTestId('nguongoc-member-state').textContent())
      .toBe(`Đã gỡ ngày ${formatDate((await removedAt())!, 'vi')}`);
    await expect(row.getByRole('button').count()).resolves.toBe(0);
    expect((await api('/coop/me', {}, staff.token)).status).toBe(401);
  });

  it('invites an officer of the commune chosen on the pilot page, and removes them', async () => {
    await page.goto(`${adminApp()}/pilot`);
    const officers = page.getByTestId('nguongoc-officers');
    await officers.getByText('Chọn một xã ở trên để xem và mời cán bộ của xã đó.').waitFor();
    const chooseCommune = async () => {
      await page.locator('#pilot-commune option[value="16681"]').waitFor({ state: 'attached' });
      await page.selectOption('#pilot-commune', '16681');
      await officers
        .getByRole('heading', { name: 'Cán bộ của Phường Thành Vinh, Tỉnh Nghệ An' })
        .waitFor();
    };
    await chooseCommune();
    await officers.getByText('Xã chưa có cán bộ nào có tài khoản.').waitFor();
    const email = freshEmail('can-bo-thanh-vinh');
    await officers.locator('#nguongoc-officer-invite-name').fill('Nguyễn Thị Xã');
    await officers.locator('#nguongoc-officer-invite-email').fill(email);
    await officers.getByRole('button', { name: 'Tạo lời mời' }).click();
    const shown = officers.getByTestId('nguongoc-invitation-token');
    const token = (await shown.getByTestId('nguongoc-invitation-token-value').textContent())!;
    await shown.getByText(`cán bộ xã bằng đúng ${email}:`).waitFor();
    await officers
      .getByTestId('nguongoc-open-invitations')
      .getByRole('cell', { name: email, exact: true })
      .waitFor();

    const password = 'mat-khau-can-bo-1';
    const accepted = await accept(token, await register('commune_officer', email, password));
    expect(accepted.status).toBe(201);
    const { officer } = (await accepted.json()) as {
      officer: { id: string; commune_code: string };
    };
    expect(officer.commune_code).toBe('16681');
    const signedIn = await signIn('commune_officer', email, password);
    expect((await api('/commune/me', {}, signedIn)).status).toBe(200);

    await page.reload();
    await chooseCommune();
    const row = officers.getByTestId(`nguongoc-officer-${officer.id}`);
    await expect(row.getByTestId('nguongoc-officer-state').textContent()).resolves.toBe(
      'Đang hoạt động',
    );
    await expect(officers.getByTestId('nguongoc-open-invitations').count()).resolves.toBe(0);
    await row.getByRole('button', { name: 'Gỡ tài khoản' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Gỡ tài khoản' }).click();
    const removedAt = async () => {
      const { officers: listed } = await ok<{
        officers: { id: string; removed_at: string | null }[];
      }>(await adminApi('/admin/communes/16681/officers'));
      return listed.find((one) => one.id === officer.id)!.removed_at;
    };
    await expect.poll(removedAt).not.toBeNull();
    await expect
      .poll(() => row.getByTestId('nguongoc-officer-state').textContent())
      .toBe(`Đã gỡ ngày ${formatDate((await removedAt())!, 'vi')}`);
    expect((await api('/commune/me', {}, signedIn)).status).toBe(401);
  });

  it("shows the operator's and a member's writes in the audit trail, narrowed to a cooperative or an account", async () => {
    type Entry = {
      id: string;
      actor_type: string;
      actor_id: string;
      cooperative_id: string | null;
      method: string;
      path: string;
      created_at: string;
    };
    type Trail = { entries: Entry[]; count: number; limit: number };
    const cooperativeId = await testCooperativeId();
    const trailOf = async (filter: { cooperative_id?: string; actor_id?: string } = {}) =>
      ok<Trail>(await adminApi(`/admin/audit-entries?${new URLSearchParams(filter)}`));
    const audit = page.getByTestId('nguongoc-audit');
    const range = audit.getByTestId('nguongoc-audit-range');
    /** The page's "first–last / total", as the API counts it under the same filter. */
    const rangeOf = ({ count, limit }: Trail) =>
      `1–${formatCount(Math.min(limit, count))} / ${formatCount(count)}`;
    // A member's write in the cooperative, then the operator's. The trail is written after the
    // answer: wait until each entry shows.
    const staff = await newMember(cooperativeId, 'staff');
    await ok(
      await api(
        '/coop/households',
        {
          method: 'POST',
          body: JSON.stringify({ head_name: 'Đặng Thị Nhật', commune_code: '16941' }),
        },
        staff.token,
      ),
      201,
    );
    const coopTrail = async () => (await trailOf({ cooperative_id: cooperativeId })).entries;
    await expect
      .poll(async () => (await coopTrail()).find((entry) => entry.actor_id === staff.id))
      .toMatchObject({
        method: 'POST',
        path: '/coop/households',
        actor_type: 'cooperative_member',
      });
    const staffEntry = (await coopTrail()).find((entry) => entry.actor_id === staff.id)!;
    const before = new Set((await coopTrail()).map((entry) => entry.id));
    const path = `/admin/cooperatives/${cooperativeId}/invitations`;
    await ok(
      await adminApi(path, {
        method: 'POST',
        body: JSON.stringify({ name: 'Vũ Văn Nhật', email: freshEmail('nhat-ky'), role: 'staff' }),
      }),
      201,
    );
    const operatorsEntry = async () =>
      (await coopTrail()).find((entry) => !before.has(entry.id) && entry.path === path);
    await expect
      .poll(operatorsEntry)
      .toMatchObject({ method: 'POST', actor_type: 'user', cooperative_id: cooperativeId });
    const operatorEntry = (await operatorsEntry())!;

    // Unnarrowed, newest first: the write just made is on the first page.
    await page.goto(`${adminApp()}/audit`);
    await audit.getByRole('heading', { name: 'Nhật ký thao tác' }).waitFor();
    const row = audit.getByTestId(`nguongoc-audit-${operatorEntry.id}`);
    await row.waitFor();
    await expect(row.getByTestId('nguongoc-audit-action').textContent()).resolves.toBe(
      `POST ${path}`,
    );
    await expect(row.getByTestId('nguongoc-audit-actor-type').textContent()).resolves.toBe(
      'Quản trị viên',
    );
    await row.getByText(operatorEntry.actor_id, { exact: true }).waitFor();
    await expect(row.getByTestId('nguongoc-audit-cooperative').textContent()).resolves.toBe(
      'Hợp tác xã Chè Thử Nghiệm',
    );
    await row.getByRole('cell', { name: formatDateTime(operatorEntry.created_at, 'vi') }).waitFor();
    await row.getByRole('cell', { name: '201', exact: true }).waitFor();
    const theirs = audit.getByTestId(`nguongoc-audit-${staffEntry.id}`);
    await expect(theirs.getByTestId('nguongoc-audit-action').textContent()).resolves.toBe(
      'POST /coop/households',
    );
    await expect(theirs.getByTestId('nguongoc-audit-actor-type').textContent()).resolves.toBe(
      'Thành viên HTX',
    );
    await theirs.getByText(staff.id, { exact: true }).waitFor();
    await expect(theirs.getByTestId('nguongoc-audit-cooperative').textContent()).resolves.toBe(
      'Hợp tác xã Chè Thử Nghiệm',
    );
    const all = await trailOf();
    await expect.poll(() => range.textContent()).toBe(rangeOf(all));

    // Narrowed to the test cooperative: only its entries, as many as the API counts.
    await audit
      .locator(`#nguongoc-audit-cooperative option[value="${cooperativeId}"]`)
      .waitFor({ state: 'attached' });
    await audit.locator('#nguongoc-audit-cooperative').selectOption(cooperativeId);
    const narrowed = await trailOf({ cooperative_id: cooperativeId });
    expect(narrowed.count).toBeLessThan(all.count);
    expect(narrowed.count).toBeLessThanOrEqual(narrowed.limit);
    await expect.poll(() => range.textContent()).toBe(rangeOf(narrowed));
    const cooperativeCells = audit.getByTestId('nguongoc-audit-cooperative');
    await expect(cooperativeCells.count()).resolves.toBe(narrowed.count);
    await expect(cooperativeCells.allTextContents()).resolves.toEqual(
      Array(narrowed.count).fill('Hợp tác xã Chè Thử Nghiệm'),
    );
    await row.waitFor();
    await theirs.waitFor();

    // Then to the operator's account, across every cooperative: only the operator's writes.
    await audit.locator('#nguongoc-audit-actor').fill(operatorEntry.actor_id);
    await audit.getByRole('button', { name: 'Lọc' }).click();
    const ours = await trailOf({ cooperative_id: cooperativeId, actor_id: operatorEntry.actor_id });
    expect(ours.count).toBeLessThan(narrowed.count);
    await expect.poll(() => range.textContent()).toBe(rangeOf(ours));
    await expect(theirs.count()).resolves.toBe(0);
    await row.waitFor();
    await audit.locator('#nguongoc-audit-cooperative').selectOption('');
    const operatorsTrail = await trailOf({ actor_id: operatorEntry.actor_id });
    expect(operatorsTrail.count).toBeGreaterThan(ours.count);
    expect(operatorsTrail.count).toBeLessThan(all.count);
    await expect.poll(() => range.textContent()).toBe(rangeOf(operatorsTrail));
    await expect(audit.getByTestId('nguongoc-audit-actor-type').allTextContents()).resolves.toEqual(
      Array(Math.min(operatorsTrail.count, operatorsTrail.limit)).fill('Quản trị viên'),
    );
  });

  it("shows a product's lots, their verified timeline, and records field work from the form", async () => {
    const { products } = await ok<{ products: { id: string }[] }>(
      await adminApi('/admin/products?handle=mat-ong-hoa-cam-500ml'),
    );
    const productId = products[0]!.id;
    const { lots } = await ok<{ lots: { id: string }[] }>(
      await adminApi(`/admin/products/${productId}/lots`),
    );
    const lotId = lots[0]!.id;
    const bundleOf = async () =>
      (await ok<{ bundle: LotBundle }>(await storeApi(`/store/trace/${lotId}`))).bundle;
    const before = (await bundleOf()).events.length;

    await page.goto(`${adminApp()}/products/${productId}`);
    const widget = page.getByTestId('nguongoc-lots');
    await widget.getByText('Lô hàng và truy xuất nguồn gốc').waitFor();
    const lot = widget.getByTestId(`nguongoc-lot-${lotId}`);
    await expect(
      lot.getByRole('link', { name: 'Trang truy xuất' }).getAttribute('href'),
    ).resolves.toBe(`http://localhost:3000/t/${lotId}`);
    await lot.getByRole('button', { name: 'Xem nhật ký' }).click();
    const timeline = lot.getByTestId('nguongoc-timeline');
    await timeline.getByText('Đã xác minh').waitFor();
    await expect(timeline.locator('ol > li').count()).resolves.toBe(before);

    const form = timeline.getByTestId('nguongoc-field-work');
    await form.locator(`#nguongoc-${lotId}-kind`).selectOption('packing');
    await form.locator(`#nguongoc-${lotId}-time`).fill('2026-12-03T08:15');
    await form.locator(`#nguongoc-${lotId}-packageCount`).fill('40');
    await form.locator(`#nguongoc-${lotId}-note`).fill('Đóng thùng, dán tem QR');
    await form.getByRole('button', { name: 'Ghi sự kiện' }).click();
    await timeline.locator('ol > li').nth(before).waitFor();
    await expect(timeline.locator('ol > li').count()).resolves.toBe(before + 1);
    await expect(timeline.getByText('Đóng gói').count()).resolves.toBeGreaterThan(0);
    await timeline.getByText('Đã xác minh').waitFor();

    const bundle = await bundleOf();
    expect(bundle.events).toHaveLength(before + 1);
    expect(bundle.events.at(-1)!.event).toMatchObject({
      'ng:fieldWork': 'packing',
      'ng:note': 'Đóng thùng, dán tem QR',
    });
    expect(Date.parse(bundle.events.at(-1)!.event.eventTime as string)).toBe(
      Date.parse('2026-12-03T08:15:00+07:00'),
    );
    expect(verifyLotBundle(bundle, [await verifierKey(bundle.origin)]).ok).toBe(true);

    await widget.locator('#nguongoc-lot-code').fill('MO-2612-T');
    await widget.getByRole('button', { name: 'Mở lô mới' }).click();
    await widget.getByText('MO-2612-T').waitFor();
  });

  it('speaks English once the user chooses it', async () => {
    await chooseEnglish(page);
    await page.getByTestId('nguongoc-lots').getByText('Lots and traceability').waitFor();
  });

  it("shows a cooperative's members and the invitation form in English", async () => {
    await page.goto(`${adminApp()}/cooperatives`);
    const row = page.getByRole('row', { name: /Hợp tác xã Chè Thử Nghiệm/ });
    await row.getByRole('button', { name: 'Members' }).click();
    const panel = page.getByTestId('nguongoc-members');
    await panel.getByRole('heading', { name: 'Members of Hợp tác xã Chè Thử Nghiệm' }).waitFor();
    await panel.getByRole('cell', { name: 'Manager', exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Create invitation' }).waitFor();
  });

  it('shows the audit trail in English', async () => {
    await page.goto(`${adminApp()}/audit`);
    const audit = page.getByTestId('nguongoc-audit');
    await audit.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await audit.getByRole('columnheader', { name: 'Who', exact: true }).waitFor();
    // The newest write is the operator's lot, opened on the product's page.
    await expect(
      audit.getByTestId('nguongoc-audit-actor-type').first().textContent(),
    ).resolves.toBe('Operator');
  });
});
