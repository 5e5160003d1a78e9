// Signing in and out of the workspace at phone size, against the real backend: a member reaches
// their cooperative's "Today"; a wrong password is refused in both languages and nothing is
// kept; anonymous pages go to the login and come back; a post from another site is refused.
import {
  freshEmail,
  newCooperative,
  newMember,
  operatorToken,
} from '@nguongoc/test-support/accounts';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson, signIn } from './_browser.js';

const { backend, workspace } = inject('system');

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("brings a cooperative's manager to their cooperative's Today, and signs out", async () => {
    const cooperative = await newCooperative(backend, { name: 'Hợp tác xã Đăng Nhập Thử' });
    const manager = await newMember(backend, cooperative.id, 'manager');
    const person = await newPerson(browser, workspace.url);
    await person.page.goto(`${workspace.url}/`);
    expect(new URL(person.page.url()).pathname).toBe('/login');
    await signIn(person, workspace.url, manager);
    await expect
      .poll(() => person.page.locator('header').textContent())
      .toContain('Hợp tác xã Đăng Nhập Thử');
    await person.page.goto(`${workspace.url}/`);
    await expect.poll(() => person.page.locator('h1').textContent()).toBe('Hôm nay');
    await person.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await person.page.waitForURL(`${workspace.url}/login`);
    await person.page.goto(`${workspace.url}/`);
    expect(new URL(person.page.url()).pathname).toBe('/login');
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('lets an invited manager join from the link the operator passed on', async () => {
    const cooperative = await newCooperative(backend, { name: 'Hợp tác xã Lời Mời' });
    const email = freshEmail('quan-ly');
    const invited = await fetch(`${backend.url}/admin/cooperatives/${cooperative.id}/invitations`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await operatorToken(backend)}`,
      },
      body: JSON.stringify({ name: 'Chị Quản Lý', email, role: 'manager' }),
    });
    expect(invited.status).toBe(201);
    const { token } = (await invited.json()) as { token: string };
    const person = await newPerson(browser, workspace.url);
    await person.page.goto(`${workspace.url}/join?token=${encodeURIComponent(token)}`);
    await person.page.getByLabel('Email trong lời mời').fill(email);
    await person.page.getByLabel(/Đặt mật khẩu/).fill('mat-khau-moi-2026');
    await person.page.getByRole('button', { name: 'Nhận lời mời và đăng nhập' }).click();
    await person.page.waitForURL(`${workspace.url}/`);
    expect(await person.page.locator('header').textContent()).toContain('Hợp tác xã Lời Mời');
    // The invitation is used once: a second join with it is refused, with the reason.
    const again = await newPerson(browser, workspace.url);
    await again.page.goto(`${workspace.url}/join?token=${encodeURIComponent(token)}`);
    await again.page.getByLabel('Email trong lời mời').fill(freshEmail('khac'));
    await again.page.getByLabel(/Đặt mật khẩu/).fill('mat-khau-khac-2026');
    await again.page.getByRole('button', { name: 'Nhận lời mời và đăng nhập' }).click();
    await expect.poll(() => again.page.getByRole('alert').textContent()).toMatch(/.+ \/ .+/);
    expect(person.problems).toEqual([]);
    await person.context.close();
    await again.context.close();
  });

  it('lets a farmer invited by phone join with the code texted to it, without an email', async () => {
    const cooperative = await newCooperative(backend, { name: 'Hợp tác xã Số Điện Thoại' });
    const manager = await newMember(backend, cooperative.id, 'manager');
    const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const invited = await fetch(`${backend.url}/coop/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager.token}` },
      body: JSON.stringify({ name: 'Anh Nông Dân', phone, role: 'staff' }),
    });
    expect(invited.status).toBe(201);
    const { token } = (await invited.json()) as { token: string };
    // The development sender writes each code to the backend's log (ADR 031).
    const codes = () =>
      [
        ...readFileSync(backend.logFiles[0]!, 'utf8').matchAll(
          new RegExp(`cho \\+84${phone.slice(1)}: (\\d{6})`, 'g'),
        ),
      ].map((match) => match[1]!);
    const person = await newPerson(browser, workspace.url);
    await person.page.goto(`${workspace.url}/join?token=${encodeURIComponent(token)}`);
    const phoneForm = person.page.locator('form', {
      has: person.page.locator('input[name=phone]'),
    });
    await phoneForm.getByLabel('Số điện thoại').fill(phone);
    await phoneForm.getByRole('button', { name: 'Gửi mã qua tin nhắn' }).click();
    await expect.poll(codes).toHaveLength(1);
    // A wrong code is refused with the reason, and the code form stays.
    const wrong = codes()[0] === '000000' ? '111111' : '000000';
    await person.page.getByLabel(/Mã 6 số đã gửi tới/).fill(wrong);
    await person.page.getByRole('button', { name: 'Nhận lời mời và đăng nhập' }).click();
    await expect.poll(() => person.page.getByRole('alert').textContent()).toMatch(/.+ \/ .+/);
    await person.page.getByLabel(/Mã 6 số đã gửi tới/).fill(codes()[0]!);
    await person.page.getByRole('button', { name: 'Nhận lời mời và đăng nhập' }).click();
    await person.page.waitForURL(`${workspace.url}/`);
    expect(await person.page.locator('header').textContent()).toContain('Hợp tác xã Số Điện Thoại');
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('refuses a wrong password with the reason in Vietnamese and English', async () => {
    const cooperative = await newCooperative(backend);
    const manager = await newMember(backend, cooperative.id, 'manager');
    const person = await newPerson(browser, workspace.url);
    await person.page.goto(`${workspace.url}/login`);
    const form = person.page.locator('form', { has: person.page.locator('input[name=password]') });
    await form.locator('input[name=email]').fill(manager.email);
    await form.locator('input[name=password]').fill('sai-mat-khau');
    await form.locator('button[type=submit]').click();
    const alert = person.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/.+ \/ .+/);
    expect(new URL(person.page.url()).pathname).toBe('/login');
    expect(await person.context.cookies()).not.toContainEqual(
      expect.objectContaining({ name: 'ng_workspace' }),
    );
    await person.context.close();
  });

  it('refuses a form posted from another site', async () => {
    const response = await fetch(`${workspace.url}/login`, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'email=a%40b.c&password=x',
    });
    expect(response.status).toBe(403);
  });

  it('refuses a form body over 64 KiB before reading it', async () => {
    const response = await fetch(`${workspace.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${'a'.repeat(70 * 1024)}`,
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/quá lớn.* \/ .*too large/);
  });
});
