// The cooperative's profile in the workspace at phone size, against the real backend: staff
// change the profile but not the payout account (the backend's refusal is shown, with what was
// typed); the manager changes the payout account; the commune is picked province first.
import { newCooperative, newMember } from '@nguongoc/test-support/accounts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson, signIn } from './_browser.js';

const { backend, workspace } = inject('system');

describe('the cooperative profile', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets staff change the profile but not the payout account, and the manager change it', async () => {
    const cooperative = await newCooperative(backend, { name: 'Hợp tác xã Hồ Sơ Thử' });
    const staff = await newMember(backend, cooperative.id, 'staff');
    const manager = await newMember(backend, cooperative.id, 'manager');

    const clerk = await newPerson(browser, workspace.url);
    await signIn(clerk, workspace.url, staff);
    await clerk.page.goto(`${workspace.url}/cooperative`);
    expect(await clerk.page.locator('#field-name').inputValue()).toBe('Hợp tác xã Hồ Sơ Thử');
    expect(await clerk.page.locator('#field-commune option:checked').textContent()).toBe(
      'Xã Quế Phong',
    );
    expect(await clerk.page.locator('#payout-note').textContent()).toContain(
      'Chỉ quản lý hợp tác xã',
    );
    const payout = clerk.page.locator('form#payout');
    await payout.locator('#field-bank_name').fill('Agribank Quế Phong');
    await payout.locator('#field-bank_account_number').fill('3600205123456');
    await payout.locator('#field-bank_account_holder').fill('HTX Ho So Thu');
    await payout.getByRole('button').click();
    const refusal = clerk.page.locator('form#payout [role=alert]');
    await expect
      .poll(() => refusal.textContent())
      .toContain(
        "chỉ quản lý hợp tác xã đổi được tài khoản nhận tiền / only the cooperative's manager can change the payout account",
      );
    expect(await payout.locator('#field-bank_account_number').inputValue()).toBe('3600205123456');

    // The profile is theirs to keep up to date.
    const profile = clerk.page.locator('form#profile');
    await profile.locator('#field-address').fill('Xóm 5, bản Mường');
    await profile.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await clerk.page.waitForURL(`${workspace.url}/cooperative?saved=profile`);
    expect(await clerk.page.getByRole('status').textContent()).toBe('Đã lưu hồ sơ.');
    expect(await clerk.page.locator('#field-address').inputValue()).toBe('Xóm 5, bản Mường');
    expect(await clerk.page.locator('form#payout #field-bank_account_number').inputValue()).toBe(
      '',
    );
    expect(clerk.problems).toEqual([]);
    await clerk.context.close();

    const boss = await newPerson(browser, workspace.url);
    await signIn(boss, workspace.url, manager);
    await boss.page.goto(`${workspace.url}/cooperative`);
    expect(await boss.page.locator('#payout-note').count()).toBe(0);
    const form = boss.page.locator('form#payout');
    await form.locator('#field-bank_name').fill('Agribank Quế Phong');
    await form.locator('#field-bank_account_number').fill('3600205123456');
    await form.locator('#field-bank_account_holder').fill('HTX Ho So Thu');
    await form.getByRole('button').click();
    await boss.page.waitForURL(`${workspace.url}/cooperative?saved=payout`);
    expect(await boss.page.getByRole('status').textContent()).toBe('Đã lưu tài khoản nhận tiền.');
    expect(await boss.page.locator('#field-bank_account_number').inputValue()).toBe(
      '3600205123456',
    );
    expect(await boss.page.locator('#field-bank_name').inputValue()).toBe('Agribank Quế Phong');
    expect(boss.problems).toEqual([]);
    await boss.context.close();
  });

  it('picks the commune province first, keeping what was typed', async () => {
    const cooperative = await newCooperative(backend);
    const manager = await newMember(backend, cooperative.id, 'manager');
    const person = await newPerson(browser, workspace.url);
    const { page } = person;
    await signIn(person, workspace.url, manager);
    await page.goto(`${workspace.url}/cooperative`);
    await page.locator('#field-contact_name').fill('Hà Thị Lan');
    // Hà Nội (01), then its communes.
    await page.locator('#field-province').selectOption('01');
    await page.getByRole('button', { name: 'Hiện các xã của tỉnh này' }).click();
    await page.waitForURL(/pick_province=1/);
    expect(await page.locator('#field-contact_name').inputValue()).toBe('Hà Thị Lan');
    const communes = await page.locator('#field-commune option').allTextContents();
    expect(communes).toContain('Phường Ba Đình');
    expect(communes).not.toContain('Xã Quế Phong');
    await page.locator('#field-commune').selectOption({ label: 'Phường Ba Đình' });
    await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await page.waitForURL(`${workspace.url}/cooperative?saved=profile`);
    expect(await page.locator('main').textContent()).toContain('Phường Ba Đình, Thành phố Hà Nội');
    expect(await page.locator('#field-contact_name').inputValue()).toBe('Hà Thị Lan');
    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
