// `npm run bench` (after `npm run build`): the workspace's budgets from issue #23, item 5, against
// its production build and a real commerce backend (a fresh seeded database, as the tests run it):
// every main screen's first load carries at most 100 KB of JavaScript (gzip); Lighthouse (mobile)
// performance and accessibility >= 90; and on a slow 3G profile (400 ms round trips, 400 kbit/s
// each way, a 4x slower CPU: the network of Chrome DevTools' "Slow 3G") the first screen is
// interactive within 5 s. Pages are read as a signed-in member (or officer) would see them, on
// the seeded cooperative's data (its products, places, lots and orders); each Lighthouse figure is
// the median of RUNS runs.
import { newMember, newOfficer } from '@nguongoc/test-support/accounts';
import { startBackend } from '@nguongoc/test-support/backend';
import { CHROMIUM_FLAGS, chromiumPath } from '@nguongoc/test-support/chromium';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { seededCooperative } from '../test/_store-order.js';
import { startWorkspace } from '../test/_workspace.js';

const SLOW_3G = { rttMs: 400, throughputKbps: 400, cpuSlowdownMultiplier: 4 };
const RUNS = 3;
/** The seeded lot of the seeded cooperative (apps/commerce/src/scripts/seed-data.ts). */
const SEEDED_LOT = '3KX9T2M7QAH';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Signs in through the login form; the session cookie. */
async function sessionCookie(
  url: string,
  account: { email: string; password: string },
  kind: 'member' | 'officer',
): Promise<string> {
  const response = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ intent: 'password', kind, ...account, next: '/' }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 302 || !cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

/** The JavaScript a page loads first: every script it names, gzip. */
async function scriptBytes(url: string, cookie: string): Promise<{ html: number; js: number }> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const body = await response.text();
  let js = 0;
  for (const [, src] of body.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
    js += gzipSync(await (await fetch(new URL(src!, url))).text()).length;
  }
  for (const [, inline] of body.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    js += gzipSync(inline!).length;
  }
  return { html: gzipSync(body).length, js };
}

async function lighthouseRun(url: string, cookie: string, throttling?: typeof SLOW_3G) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { Cookie: cookie },
      },
      throttling ? { extends: 'lighthouse:default', settings: { throttling } } : undefined,
    );
    const { categories, audits } = result!.lhr;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      interactiveMs: Math.round(audits.interactive?.numericValue ?? Number.NaN),
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse `RUNS` times; the median of each figure. */
async function medianRun(url: string, cookie: string, throttling?: typeof SLOW_3G) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(url, cookie, throttling));
  return {
    performance: median(runs.map((run) => run.performance)),
    accessibility: median(runs.map((run) => run.accessibility)),
    interactiveMs: median(runs.map((run) => run.interactiveMs)),
  };
}

const { backend, stop } = await startBackend({ name: 'workspace_bench' });
const workspace = await startWorkspace(backend);
const rows: string[] = [];
try {
  const cooperative = await seededCooperative(backend, 'htx-cam-nghia-dan');
  const manager = await newMember(backend, cooperative.id, 'manager');
  const officer = await newOfficer(backend, cooperative.commune_code);
  const member = await sessionCookie(workspace.url, manager, 'member');
  const commune = await sessionCookie(workspace.url, officer, 'officer');
  const screens: [string, string, string][] = [
    ['login', '/login', ''],
    ['today', '/', member],
    ['products', '/products', member],
    ['new product', '/products/new', member],
    ['places', '/places', member],
    ['new place', '/places/new', member],
    ['lots', '/lots', member],
    ['lot', `/lots/${SEEDED_LOT}`, member],
    ['field work', `/lots/${SEEDED_LOT}/work`, member],
    ['labels', `/lots/${SEEDED_LOT}/labels`, member],
    ['orders', '/orders', member],
    ['exchanges', '/listings', member],
    ['commune overview', '/commune', commune],
    ['commune reports', '/commune/reports', commune],
  ];
  for (const [name, path, cookie] of screens) {
    const url = `${workspace.url}${path}`;
    const weight = await scriptBytes(url, cookie);
    const mobile = await medianRun(url, cookie);
    const slow = await medianRun(url, cookie, SLOW_3G);
    rows.push(
      `| ${name} | ${kb(weight.html)} | ${kb(weight.js)} | ${mobile.performance} | ${mobile.accessibility} | ${(slow.interactiveMs / 1000).toFixed(1)} s |`,
    );
  }
} finally {
  await workspace.stop();
  await stop();
}
console.log(
  `\nworkspace bench · ${cpus()[0]?.model ?? 'CPU'} · ${cpus().length} cores · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
console.log(
  `\n| screen | HTML gzip | JS gzip (≤ 100 KB) | Lighthouse mobile performance (≥ 90) | accessibility (≥ 90) | slow 3G interactive (≤ 5 s) |\n| --- | --- | --- | --- | --- | --- |`,
);
for (const row of rows) console.log(row);
