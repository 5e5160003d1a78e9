// Debian's chromium at phone size (360 × 740, a cheap Android phone), one isolated context per
// person, recording page errors and server errors as they happen.
import { launchChromium } from '@nguongoc/test-support/chromium';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return launchChromium({ timeout: 30_000 });
}

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Page errors and answers of 500 or more from the workspace, as they happened. */
  problems: string[];
}

export async function newPerson(
  browser: Browser,
  origin: string,
  options: { locale?: 'vi-VN' | 'en-GB' } = {},
): Promise<Person> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.url().startsWith(origin) && response.status() >= 500) {
      problems.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
    }
  });
  return { context, page, problems };
}

/** Signs in through the login page with email and password. */
export async function signIn(
  person: Person,
  origin: string,
  account: { email: string; password: string },
  kind: 'member' | 'officer' = 'member',
): Promise<void> {
  const { page } = person;
  await page.goto(`${origin}/login`);
  const form = page.locator('form', { has: page.locator('input[name=password]') });
  await form.locator(`input[name=kind][value=${kind}]`).check();
  await form.locator('input[name=email]').fill(account.email);
  await form.locator('input[name=password]').fill(account.password);
  await form.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
