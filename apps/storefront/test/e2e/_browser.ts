// Debian's chromium through playwright-core for the end-to-end tests (no browser is downloaded),
// one isolated context per shopper, and screenshots of key pages kept as test artifacts in
// test-artifacts/ (made at run time).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchChromium } from '@nguongoc/test-support/chromium';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where the screenshots go: apps/storefront/test-artifacts. */
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

/** How long one step (a click, a wait for text) and one page load may take. */
const STEP_MS = 15_000;
const NAVIGATION_MS = 30_000;

export function launchBrowser(): Promise<Browser> {
  return launchChromium({ timeout: NAVIGATION_MS });
}

export interface Shopper {
  context: BrowserContext;
  page: Page;
  /**
   * Uncaught errors in the page's scripts, shop answers of 500 or more, and whatever the shop's
   * Content-Security-Policy refused (a script, a style, a form post), as they happened.
   */
  problems: string[];
}

/**
 * A fresh browser context (its own cookies: its own cart and language) with one page, on a
 * phone-sized viewport, recording page errors and server errors of the shop at `origin`.
 */
export async function newShopper(browser: Browser, origin: string): Promise<Shopper> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(STEP_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_MS);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      problems.push(`CSP on ${page.url()}: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.url().startsWith(origin) && response.status() >= 500) {
      problems.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
    }
  });
  return { context, page, problems };
}

/**
 * Saves a full-page PNG as test-artifacts/<name>.png and returns its bytes.
 * @param name - kebab-case, without extension (`order-confirmation`)
 */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    throw new RangeError(`screenshot name must be kebab-case, got ${JSON.stringify(name)}`);
  }
  // Lazy images and web fonts settle before the picture is taken.
  await page.waitForLoadState('networkidle');
  const png = await page.screenshot({ fullPage: true, animations: 'disabled' });
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, `${name}.png`), png);
  return png;
}

/** Whether bytes start with PNG's eight-byte signature (RFC 2083, section 3.1). */
export function isPng(bytes: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return signature.every((byte, index) => bytes[index] === byte);
}
