// The admin dashboard in Debian's chromium (playwright-core), logged in as the seeded admin.
import { type Browser, type Page, chromium } from 'playwright-core';
import { backend } from './_http.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const adminApp = () => `${backend().url}/app`;

export async function openAdmin(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
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
