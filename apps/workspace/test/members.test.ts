// The cooperative's members in the workspace at phone size, against the real backend: the
// manager invites a staff member, who opens the link and joins; the manager changes a role,
// removes a member and revokes an invitation, and the backend's refusals are shown (a manager is
// the operator's to change); a staff member sees no buttons and a forged post of theirs is refused
// by the backend with its words; a manager of another cooperative sees none of it; in English too.
import { freshEmail, newCooperative, newMember } from '@nguongoc/test-support/accounts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson, signIn } from './_browser.js';
import { call, expectPhoneWidth, newHousehold } from './_coop-places.js';

const { backend, workspace } = inject('system');

interface Listed {
  members: { id: string; email: string | null; role: string; removed_at: string | null }[];
  invitations: { id: string; name: string }[];
}

/** The cooperative's members as the backend answers its manager. */
const listed = (managerToken: string) =>
  call<Listed>(backend.url, '/coop/members', { token: managerToken });

/** Posts a form from the page as a tampered page would, past what the page offers. */
async function forge(page: Page, action: string, fields: Record<string, string>): Promise<void> {
  await Promise.all([
    page.waitForURL((url) => url.pathname === action),
    page.evaluate(
      ({ action, fields }) => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = action;
        for (const [name, value] of Object.entries(fields)) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      },
      { action, fields },
    ),
  ]);
}

const ONLY_MANAGER =
  "Chỉ quản lý của hợp tác xã làm được việc này / only a cooperative's manager can do this";

describe('the members page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the manager invite a staff member who joins, change a role, remove a member and revoke an invitation', async () => {
    const cooperative = await newCooperative(backend, { name: 'Hợp tác xã Thành Viên Thử' });
    const manager = await newMember(backend, cooperative.id, 'manager');
    const household = await newHousehold(backend.url, manager.token, 'Lò Văn Pắn');

    const boss = await newPerson(browser, workspace.url);
    const { page } = boss;
    await signIn(boss, workspace.url, manager);
    await page.getByRole('link', { name: 'Thành viên', exact: true }).click();
    await page.waitForURL(`${workspace.url}/members`);
    expect(await page.locator('h1').textContent()).toBe('Thành viên');
    const self = page.locator(`#member-${manager.id}`);
    expect(await self.locator('.contact').textContent()).toBe(manager.email);
    expect(await self.locator('.badge').textContent()).toBe('Quản lý');
    expect(await page.locator('main').textContent()).toContain('Không có lời mời nào đang chờ.');

    // The invitation, and its link shown once.
    const email = freshEmail('nhan-vien');
    await page.getByRole('link', { name: 'Mời thành viên' }).click();
    await page.waitForURL(`${workspace.url}/members/invite`);
    await expectPhoneWidth(page);
    await page.locator('#field-name').fill('Trần Thị Bích');
    await page.locator('#field-email').fill(email);
    expect(await page.locator('input[name=role][value=staff]').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Tạo lời mời' }).click();
    await page.waitForURL(`${workspace.url}/members?done=invited#invitation`);
    expect(await page.getByRole('status').textContent()).toBe('Đã tạo lời mời.');
    const link = await page.locator('#invitation-link').inputValue();
    expect(link).toMatch(new RegExp(`^${workspace.url}/join\\?token=[\\w-]{20,}`));
    expect(await page.locator('#invitation a[href^="mailto:"]').getAttribute('href')).toContain(
      encodeURIComponent(link),
    );
    const pending = page.locator('ul.invitations > li', { hasText: 'Trần Thị Bích' });
    expect(await pending.locator('.badge').textContent()).toBe('Nhân viên');
    await expectPhoneWidth(page);
    await page.reload();
    expect(await page.locator('#invitation-link').count()).toBe(0);

    // The invitee opens the link and joins.
    const invitee = await newPerson(browser, workspace.url);
    await invitee.page.goto(link);
    await invitee.page.locator('#email').fill(email);
    await invitee.page.locator('#password').fill('mat-khau-bich-2026');
    await invitee.page.getByRole('button', { name: 'Nhận lời mời và đăng nhập' }).click();
    await invitee.page.waitForURL(`${workspace.url}/`);

    await page.reload();
    const bich = page.locator('ul.members > li', { hasText: 'Trần Thị Bích' });
    expect(await bich.locator('.contact').textContent()).toBe(email);
    expect(await bich.locator('.badge').textContent()).toBe('Nhân viên');
    expect(await page.locator('ul.invitations').count()).toBe(0);

    // A manager grants no manager role: the backend says so, what was chosen is kept.
    await bich.getByRole('link', { name: /Đổi vai trò/ }).click();
    await page.waitForURL(/\/members\/[^/]+$/);
    await expectPhoneWidth(page);
    const roleForm = page.locator('form#role');
    await roleForm.locator('input[name=role][value=manager]').check();
    await roleForm.getByRole('button', { name: 'Lưu vai trò' }).click();
    await expect
      .poll(() => roleForm.locator('[role=alert]').textContent())
      .toContain('quản lý hợp tác xã chỉ mời hoặc giao vai trò nhân viên và thành viên hộ');
    expect(await roleForm.locator('input[name=role][value=manager]').isChecked()).toBe(true);
    // A household member names their household.
    await roleForm.locator('input[name=role][value=household]').check();
    await roleForm.getByRole('button', { name: 'Lưu vai trò' }).click();
    await expect
      .poll(() => roleForm.locator('[role=alert]').textContent())
      .toContain('household_id: bắt buộc với thành viên hộ');
    expect(await roleForm.locator('#role-household').getAttribute('aria-invalid')).toBe('true');
    await roleForm.locator('#role-household').selectOption(household.id);
    await roleForm.getByRole('button', { name: 'Lưu vai trò' }).click();
    await page.waitForURL(`${workspace.url}/members?done=changed`);
    expect(await bich.locator('.badge').textContent()).toBe('Thành viên hộ · Lò Văn Pắn');

    // Removing needs the box ticked; then her sessions end at once.
    await bich.getByRole('link', { name: /Đổi vai trò/ }).click();
    await page.waitForURL(/\/members\/[^/]+$/);
    const removeForm = page.locator('form#remove');
    const box = removeForm.locator('input[name=confirm]');
    expect(await box.evaluate((input) => (input as HTMLInputElement).validity.valueMissing)).toBe(
      true,
    );
    await box.check();
    await removeForm.getByRole('button', { name: 'Cho thôi' }).click();
    await page.waitForURL(`${workspace.url}/members?done=removed`);
    expect(await page.getByRole('status').textContent()).toContain('Đã cho thôi thành viên');
    expect(await bich.count()).toBe(0);
    expect(await page.locator('details.former').textContent()).toContain('Trần Thị Bích');
    await invitee.page.goto(`${workspace.url}/products`);
    expect(new URL(invitee.page.url()).pathname).toBe('/login');

    // The manager cannot remove themselves: the backend says who can.
    await self.getByRole('link', { name: /Đổi vai trò/ }).click();
    await page.waitForURL(`${workspace.url}/members/${manager.id}`);
    await page.locator('form#remove input[name=confirm]').check();
    await page.locator('form#remove').getByRole('button', { name: 'Cho thôi' }).click();
    await expect
      .poll(() => page.locator('form#remove [role=alert]').textContent())
      .toContain('Chỉ quản trị viên đổi vai trò hoặc cho thôi một quản lý');
    expect((await listed(manager.token)).members.find((m) => m.id === manager.id)).toMatchObject({
      role: 'manager',
      removed_at: null,
    });

    // A household member's invitation, revoked: its link no longer works.
    const householdEmail = freshEmail('ho');
    await page.goto(`${workspace.url}/members/invite`);
    await page.locator('#field-name').fill('Lò Thị Xuân');
    await page.locator('#field-email').fill(householdEmail);
    await page.locator('input[name=role][value=household]').check();
    await page.locator('#field-household').selectOption(household.id);
    await page.getByRole('button', { name: 'Tạo lời mời' }).click();
    await page.waitForURL(`${workspace.url}/members?done=invited#invitation`);
    const revokedLink = await page.locator('#invitation-link').inputValue();
    const xuan = page.locator('ul.invitations > li', { hasText: 'Lò Thị Xuân' });
    expect(await xuan.locator('.badge').textContent()).toBe('Thành viên hộ · Lò Văn Pắn');
    await xuan.locator('summary').click();
    await xuan.locator('input[name=confirm]').check();
    await xuan.getByRole('button', { name: 'Thu hồi' }).click();
    await page.waitForURL(`${workspace.url}/members?done=revoked`);
    expect(await xuan.count()).toBe(0);
    expect((await listed(manager.token)).invitations).toEqual([]);
    const late = await newPerson(browser, workspace.url);
    await late.page.goto(revokedLink);
    await late.page.locator('#email').fill(householdEmail);
    await late.page.locator('#password').fill('mat-khau-xuan-2026');
    await late.page.getByRole('button', { name: 'Nhận lời mời và đăng nhập' }).click();
    await expect.poll(() => late.page.locator('[role=alert]').count()).toBe(1);
    expect(new URL(late.page.url()).pathname).toBe('/join');

    for (const person of [boss, invitee, late]) {
      expect(person.problems).toEqual([]);
      await person.context.close();
    }
  });

  it('shows a staff member no buttons, and shows the backend refusing their forged posts', async () => {
    const cooperative = await newCooperative(backend);
    const manager = await newMember(backend, cooperative.id, 'manager');
    const staff = await newMember(backend, cooperative.id, 'staff');
    const household = await newHousehold(backend.url, manager.token, 'Vi Văn Thắng');
    const grower = await newMember(backend, cooperative.id, 'household', {
      household_id: household.id,
    });

    const clerk = await newPerson(browser, workspace.url);
    const { page } = clerk;
    await signIn(clerk, workspace.url, staff);
    await page.goto(`${workspace.url}/members`);
    expect(await page.locator('#members-refused').textContent()).toBe(ONLY_MANAGER);
    expect(await page.locator('main form, main button').count()).toBe(0);
    expect(await page.locator('main a[href^="/members/"]').count()).toBe(0);
    await page.goto(`${workspace.url}/members/${grower.id}`);
    expect(await page.locator('main form, main button').count()).toBe(0);

    await forge(page, `/members/${grower.id}`, { intent: 'remove', confirm: 'yes' });
    expect(await page.locator('[role=alert]').textContent()).toBe(ONLY_MANAGER);
    await forge(page, `/members/${grower.id}`, { intent: 'role', role: 'staff' });
    expect(await page.locator('[role=alert]').textContent()).toBe(ONLY_MANAGER);
    await page.goto(`${workspace.url}/members/invite`);
    await page.locator('#field-name').fill('Người Lạ');
    await page.locator('#field-email').fill(freshEmail('la'));
    await page.getByRole('button', { name: 'Tạo lời mời' }).click();
    await expect.poll(() => page.locator('[role=alert]').textContent()).toBe(ONLY_MANAGER);

    const after = await listed(manager.token);
    expect(after.members.find((member) => member.id === grower.id)).toMatchObject({
      role: 'household',
      removed_at: null,
    });
    expect(after.invitations).toEqual([]);
    expect(clerk.problems).toEqual([]);
    await clerk.context.close();
  });

  it("shows a manager of another cooperative none of this cooperative's members, in English too", async () => {
    const cooperative = await newCooperative(backend);
    const manager = await newMember(backend, cooperative.id, 'manager');
    const staff = await newMember(backend, cooperative.id, 'staff');
    const other = await newCooperative(backend);
    const stranger = await newMember(backend, other.id, 'manager');

    const person = await newPerson(browser, workspace.url, { locale: 'en-GB' });
    const { page } = person;
    await signIn(person, workspace.url, stranger);
    await page.goto(`${workspace.url}/members?lang=en`);
    expect(await page.locator('h1').textContent()).toBe('Members');
    const main = page.locator('main');
    expect(await main.textContent()).toContain(stranger.email);
    expect(await main.textContent()).not.toContain(staff.email);
    expect(await main.textContent()).not.toContain(manager.email);
    expect(await page.locator(`#member-${stranger.id} .badge`).textContent()).toBe('Manager');
    expect(await main.textContent()).toContain('No invitation is pending.');
    expect(await page.getByRole('link', { name: 'Invite a member' }).count()).toBe(1);

    const answer = await page.goto(`${workspace.url}/members/${staff.id}`);
    expect(answer?.status()).toBe(404);
    const posted = await page.request.post(`${workspace.url}/members/${staff.id}`, {
      form: { intent: 'remove', confirm: 'yes' },
      headers: { origin: workspace.url },
      maxRedirects: 0,
    });
    expect(posted.status()).toBe(404);
    expect(
      (await listed(manager.token)).members.find((member) => member.id === staff.id),
    ).toMatchObject({ role: 'staff', removed_at: null });

    await page.goto(`${workspace.url}/members/invite`);
    expect(await page.locator('h1').textContent()).toBe('Invite a member');
    expect(await page.locator('main').textContent()).toContain('Household member');
    expect(await page.getByRole('button', { name: 'Make the invitation' }).count()).toBe(1);
    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
