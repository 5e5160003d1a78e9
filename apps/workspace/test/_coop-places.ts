// What the places and lots suites share: backend calls with a member's token (the setup a test
// does not test), and registering a planting area through the workspace's form as a person does.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function call<T>(
  backendUrl: string,
  path: string,
  init: { token?: string; body?: unknown } = {},
): Promise<T> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** A household of the member's cooperative, in Xã Quế Phong (the test cooperatives' commune). */
export async function newHousehold(backendUrl: string, token: string, headName: string) {
  const { household } = await call<{ household: { id: string } }>(backendUrl, '/coop/households', {
    token,
    body: { head_name: headName, commune_code: '16738' },
  });
  return household;
}

/** The page fits the phone's 360 px: nothing (a date field, a unit beside a number) widens it. */
export async function expectPhoneWidth(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

export interface PlantingArea {
  name: string;
  code: string;
  household: string;
  season: string;
}

/**
 * Registers a planting area through /places/new (position, boundary, a household, a season) and
 * waits for its page; answers its ID.
 */
export async function registerPlantingArea(
  page: Page,
  workspaceUrl: string,
  area: PlantingArea,
): Promise<string> {
  await page.goto(`${workspaceUrl}/places/new`);
  await expectPhoneWidth(page);
  await page.locator('#field-kind').selectOption('planting-area');
  await page.locator('#field-name').fill(area.name);
  await page.locator('#field-planting_area_code').fill(area.code);
  expect(await page.locator('#field-commune_code').inputValue()).toBe('16738');
  await page.locator('#field-address').fill('Bản Mường Nọc');
  await page.locator('#field-area_hectares').fill('2,5');
  await page.locator('#field-crop').fill('Cam');
  await page.locator('#field-variety').fill('Cam Xã Đoài');
  await page.locator('#field-latitude').fill('19.6321');
  await page.locator('#field-longitude').fill('104.9112');
  await page
    .locator('#field-boundary')
    .fill('19.6320,104.9110\n19.6325,104.9115\n19.6318,104.9119');
  await page.getByLabel(area.household).check();
  await page.locator('#new_season-name').fill(area.season);
  await page.locator('#new_season-starts_on').fill('2026-02-01');
  await page.locator('#new_season-ends_on').fill('2026-11-30');
  await page.locator('#new_season-expected_yield_kg').fill('12000');
  await page.getByRole('button', { name: /^(Đăng ký|Register)$/ }).click();
  await page.waitForURL(/\/places\/[^/]+\?saved=1$/);
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
}
