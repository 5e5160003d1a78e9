// The admin dashboard in Debian's chromium (playwright-core), logged in as the seeded admin.
import { launchChromium } from '@nguongoc/test-support/chromium';
import type { Browser, Page } from 'playwright-core';
import { backend } from './_http.js';

export const adminApp = () => `${backend().url}/app`;

export async function openAdmin(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(`${adminApp()}/login`);
  await page.fill('input[name="email"]', backend().admin.email);
  await page.fill('input[name="password"]', backend().admin.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return { browser, page };
}

/** Switches the dashboard to English, as Profile -> Language does, and reloads. */
export async function chooseEnglish(page: Page): Promise<void> {
  await page.context().addCookies([{ name: 'lng', value: 'en', url: backend().url }]);
  await page.evaluate(() => window.localStorage.setItem('lng', 'en'));
  await page.reload();
}
