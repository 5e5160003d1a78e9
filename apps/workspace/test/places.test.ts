// Places at phone size against the real backend (issue #23, item 1): a new cooperative's
// manager registers a planting area with its code, position, boundary, household and season;
// an edit is a new version and the page shows both; a refused form keeps what was typed; a
// household member cannot register a place and reads the backend's reason.
import { randomUUID } from 'node:crypto';
import { newCooperative, newMember } from '@nguongoc/test-support/accounts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPerson, signIn } from './_browser.js';
import { call, expectPhoneWidth, newHousehold, registerPlantingArea } from './_coop-places.js';

const { backend, workspace } = inject('system');

describe('places', () => {
  let browser: Browser;
  let cooperativeId: string;
  let manager: { email: string; password: string; token: string };
  let householdId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const cooperative = await newCooperative(backend, { name: 'Hợp tác xã Vùng Trồng Thử' });
    cooperativeId = cooperative.id;
    manager = await newMember(backend, cooperative.id, 'manager');
    householdId = (await newHousehold(backend.url, manager.token, 'Lô Văn Cam')).id;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('registers a planting area with its code and household, and keeps every version', async () => {
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, manager);
    const { page } = person;
    const code = `VN-NA-QP-${randomUUID().slice(0, 4).toUpperCase()}`;
    const id = await registerPlantingArea(page, workspace.url, {
      name: 'Vùng cam Mường Nọc',
      code,
      household: 'Lô Văn Cam',
      season: 'Vụ cam 2026',
    });
    const current = page.locator('section.card');
    await expect.poll(() => current.textContent()).toContain(code);
    const facts = (await current.textContent())!;
    expect(facts).toContain('Vùng trồng');
    expect(facts).toContain('2,5 ha');
    expect(facts).toContain('Cam Xã Đoài');
    expect(facts).toContain('Lô Văn Cam');
    expect(facts).toContain('3 điểm');
    expect(facts).toContain('Vụ cam 2026');
    expect(facts).toContain('Quế Phong');
    expect(await page.locator('ol.versions > li').count()).toBe(1);

    // What the backend holds is what was typed.
    const stored = await call<{
      place: {
        planting_area_code: string;
        area_hectares: number;
        point: { latitude: number };
        boundary: unknown[];
        households: { id: string }[];
        seasons: { id: string; expected_yield_kg: number }[];
      };
    }>(backend.url, `/coop/places/${encodeURIComponent(id)}`, { token: manager.token });
    expect(stored.place.planting_area_code).toBe(code);
    expect(stored.place.area_hectares).toBe(2.5);
    expect(stored.place.point.latitude).toBeCloseTo(19.6321);
    expect(stored.place.boundary).toHaveLength(3);
    expect(stored.place.households.map((h) => h.id)).toEqual([householdId]);
    expect(stored.place.seasons).toHaveLength(1);
    expect(stored.place.seasons[0]!.expected_yield_kg).toBe(12000);

    // The list: planting areas first, each with its code.
    await page.goto(`${workspace.url}/places`);
    expect(await page.locator('h2').first().textContent()).toBe('Vùng trồng');
    expect(await page.locator('ul.list li').first().textContent()).toContain(code);

    // An edit: the area and the season's actual yield change, a second season is added.
    await page.locator('ul.list li a', { hasText: 'Vùng cam Mường Nọc' }).click();
    await page.getByRole('link', { name: 'Sửa' }).click();
    await page.waitForURL(/\/edit$/);
    await expectPhoneWidth(page);
    expect(await page.locator('#field-planting_area_code').inputValue()).toBe(code);
    await page.locator('#field-area_hectares').fill('3');
    await page.locator('#seasons-0-actual_yield_kg').fill('11500');
    await page.locator('#new_season-name').fill('Vụ cam 2027');
    await page.locator('#new_season-starts_on').fill('2027-02-01');
    await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await page.waitForURL(/\?saved=1$/);
    await expect.poll(() => page.locator('ol.versions > li').count()).toBe(2);
    expect(await page.locator('h2', { hasText: 'Lịch sử' }).textContent()).toBe('Lịch sử (2)');
    expect(await page.locator('section.card').textContent()).toContain('3 ha');
    expect(await page.locator('section.card').textContent()).toContain('Vụ cam 2027');
    // Each version says when it was recorded, the older one still with the first area.
    const versions = page.locator('ol.versions > li');
    expect(await versions.nth(0).textContent()).toMatch(/^Phiên bản 2 · \S.*\d{4}/);
    expect(await versions.nth(1).textContent()).toContain('2,5 ha');
    expect(await versions.nth(0).textContent()).toContain('11.500 kg');
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it('keeps what was typed when the backend refuses a planting area without its code', async () => {
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, manager);
    const { page } = person;
    await page.goto(`${workspace.url}/places/new`);
    await page.locator('#field-kind').selectOption('planting-area');
    await page.locator('#field-name').fill('Vùng chưa có mã');
    await page.locator('#field-area_hectares').fill('1,2');
    // "Use my position" (public/position.js) fills the point from the phone's location.
    await person.context.grantPermissions(['geolocation'], { origin: workspace.url });
    await person.context.setGeolocation({ latitude: 19.5871, longitude: 104.8733 });
    await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    await expect.poll(() => page.locator('#field-latitude').inputValue()).toBe('19.587100');
    expect(await page.locator('#field-longitude').inputValue()).toBe('104.873300');
    await page.locator('#new_season-name').fill('Vụ xuân');
    await page.locator('#new_season-starts_on').fill('2026-01-15');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('mã số vùng trồng');
    expect(await alert.textContent()).toMatch(/ \/ .*planting area code/);
    expect(await page.locator('#field-name').inputValue()).toBe('Vùng chưa có mã');
    expect(await page.locator('#field-area_hectares').inputValue()).toBe('1,2');
    expect(await page.locator('#new_season-name').inputValue()).toBe('Vụ xuân');
    expect(await page.locator('#field-latitude').inputValue()).toBe('19.587100');
    expect(person.problems).toEqual([]);
    await person.context.close();
  });

  it("refuses a household member's place with the backend's reason", async () => {
    const member = await newMember(backend, cooperativeId, 'household', {
      household_id: householdId,
    });
    const person = await newPerson(browser, workspace.url);
    await signIn(person, workspace.url, member);
    const { page } = person;
    await page.goto(`${workspace.url}/places/new`);
    await page.locator('#field-kind').selectOption('farm');
    await page.locator('#field-name').fill('Vườn nhà');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^Chỉ .+ làm được việc này \/ only a cooperative's .+ can do this$/);
    expect(await page.locator('#field-name').inputValue()).toBe('Vườn nhà');
    // Nothing was registered.
    const { places } = await call<{ places: { name: string }[] }>(backend.url, '/coop/places', {
      token: manager.token,
    });
    expect(places.map((place) => place.name)).not.toContain('Vườn nhà');
    expect(person.problems).toEqual([]);
    await person.context.close();
  });
});
