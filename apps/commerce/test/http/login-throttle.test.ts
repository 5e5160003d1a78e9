// Login throttling (ADR 030) on the real backend, with its default limits: 5 failures per
// account, 20 per address, a first wait of 30 s. The throttled account is one the test invites,
// never the admin the other tests log in as; each case sends its own client address
// (X-Forwarded-For, which Medusa trusts from one proxy) so the other tests' address, 127.0.0.1,
// is never counted.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, backend } from './_http.js';

const PASSWORD = 'mat-khau-kiem-thu-dang-nhap-2026';

function login(email: string, password: string, address: string): Promise<Response> {
  return fetch(`${backend().url}/auth/user/emailpass`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  });
}

/** A new admin user through Medusa's invite flow: invite, register the identity, accept. */
async function invitedUser(email: string): Promise<void> {
  const invited = await adminApi('/admin/invites', {
    method: 'POST',
    body: JSON.stringify({ email }),
  });
  expect(invited.status).toBe(200);
  const { invite } = (await invited.json()) as { invite: { token: string } };
  const registered = await fetch(`${backend().url}/auth/user/emailpass/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(registered.status).toBe(200);
  const { token } = (await registered.json()) as { token: string };
  const accepted = await fetch(
    `${backend().url}/admin/invites/accept?token=${encodeURIComponent(invite.token)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ first_name: 'Kiểm', last_name: 'Thử' }),
    },
  );
  expect(accepted.status).toBe(200);
}

describe('login throttling', () => {
  const blocked = 'khoa.dang-nhap@htx-buoi.test';
  const reset = 'dat-lai.dang-nhap@htx-buoi.test';

  beforeAll(async () => {
    await invitedUser(blocked);
    await invitedUser(reset);
  });

  it('refuses an account after 5 wrong passwords, even with the right one, and says how long', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login(blocked, `sai-${i}`, '203.0.113.1')).status).toBe(401);
    }
    const refused = await login(blocked, 'sai-5', '203.0.113.1');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(25);
    expect(retryAfter).toBeLessThanOrEqual(30);
    const { message } = (await refused.json()) as { message: string };
    expect(message).toBe(
      `Đăng nhập sai quá nhiều lần, thử lại sau ${retryAfter} giây / Too many failed logins, try again in ${retryAfter} seconds`,
    );
    // The right password, from another address: the account itself waits.
    const right = await login(blocked, PASSWORD, '203.0.113.2');
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toMatch(/^\d+$/);
    // The case of the email does not make it another account.
    expect((await login(blocked.toUpperCase(), PASSWORD, '203.0.113.3')).status).toBe(429);
  });

  it('blocks an address only at 20 failures, over any accounts', async () => {
    const address = '203.0.113.20';
    // 4 failures on each of 5 accounts: no account reaches its limit, the address reaches 20.
    for (let account = 0; account < 5; account++) {
      for (let i = 0; i < 4; i++) {
        const answer = await login(`khong-co-${account}@htx-buoi.test`, 'sai', address);
        expect(answer.status).toBe(401);
      }
    }
    // The invited account never failed, but from this address it must wait too…
    expect((await login(reset, PASSWORD, address)).status).toBe(429);
    // … while from another address it logs in.
    expect((await login(reset, PASSWORD, '203.0.113.21')).status).toBe(200);
  });

  it('forgets an account’s failures after a successful login', async () => {
    const address = '203.0.113.30';
    for (let i = 0; i < 4; i++) {
      expect((await login(reset, 'sai', address)).status).toBe(401);
    }
    const success = await login(reset, PASSWORD, address);
    expect(success.status).toBe(200);
    expect(((await success.json()) as { token?: string }).token).toBeTruthy();
    // Without the reset, the 5th failure below would start a wait and the 6th attempt be refused.
    for (let i = 0; i < 4; i++) {
      expect((await login(reset, 'sai', address)).status).toBe(401);
    }
    expect((await login(reset, PASSWORD, address)).status).toBe(200);
  });

  it('counts wrong one-time codes per phone, and codes sent per address', async () => {
    const otp = (path: string, body: object, address: string) =>
      fetch(`${backend().url}/auth/cooperative_member/phone-otp${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify(body),
      });
    const phone = '0987 000 111';
    expect((await otp('', { phone }, '203.0.113.40')).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      const wrong = await otp('/callback', { phone, code: `00000${i}` }, '203.0.113.40');
      expect(wrong.status).toBe(401);
    }
    // The same phone written another way, from another address: the phone itself waits.
    const refused = await otp(
      '/callback',
      { phone: '+84987000111', code: '000009' },
      '203.0.113.41',
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    // 20 codes sent to 20 phones from one address: the 21st is refused before it is sent.
    const address = '203.0.113.42';
    for (let i = 0; i < 20; i++) {
      const sent = await otp('', { phone: `0987 100 ${String(i).padStart(3, '0')}` }, address);
      expect(sent.status).toBe(200);
    }
    expect((await otp('', { phone: '0987 100 999' }, address)).status).toBe(429);
  });

  it('lets the other tests’ admin log in from their own address', async () => {
    const { admin } = backend();
    const answer = await fetch(`${backend().url}/auth/user/emailpass`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    expect(answer.status).toBe(200);
  });
});
