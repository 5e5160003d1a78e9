// `npm run bench` (after `npm run build`): the trace page's budgets from issue #5, against the
// production build and a real commerce backend (a fresh seeded database, as the HTTP tests run
// it): the first render (HTML with its inline CSS) <= 14 KB gzip; everything the page loads
// (HTML, verification script, lot bundle) <= 50 KB gzip; p99 <= 50 ms at 200 concurrent requests
// on loopback, caches warm; Lighthouse (mobile) performance >= 95 and accessibility >= 95 for
// the trace page, >= 90 for a product page.
import { startBackend } from '@nguongoc/test-support/backend';
import { CHROMIUM_FLAGS, chromiumPath } from '@nguongoc/test-support/chromium';
import { startStorefront } from '@nguongoc/test-support/storefront';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';

const SAMPLE = '/t/3KX9T2M7QAH';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 200;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function gzipSize(url: string): Promise<{ bytes: number; body: string }> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const body = await response.text();
  // fetch decodes the body; the size on the wire is that of its gzip (the server's or ours).
  const sent = Number(response.headers.get('content-length') ?? 0);
  const encoded = response.headers.get('content-encoding') === 'gzip';
  return { bytes: encoded && sent > 0 ? sent : gzipSync(body).length, body };
}

async function load(url: string) {
  const result = await new Promise<autocannon.Result>((done, fail) => {
    autocannon(
      { url, connections: CONNECTIONS, duration: SECONDS, headers: { 'accept-encoding': 'gzip' } },
      (error, finished) => (error ? fail(error) : done(finished)),
    );
  });
  return {
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function lighthouseScores(url: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const categories = result!.lhr.categories;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    };
  } finally {
    await chrome.kill();
  }
}

const { backend, stop } = await startBackend({ name: 'storefront_bench' });
const storefront = await startStorefront(backend);
const rows: string[] = [];
try {
  const page = `${storefront.url}${SAMPLE}`;
  const html = await gzipSize(page);
  const script = /<script type="module" src="([^"]+)"/.exec(html.body)?.[1];
  const bundle = /data-bundle-url="([^"]+)"/.exec(html.body)?.[1];
  if (!script || !bundle) throw new Error('the trace page names no script or bundle');
  const scriptSize = await gzipSize(new URL(script, page).toString());
  const bundleSize = await gzipSize(new URL(bundle, page).toString());
  const total = html.bytes + scriptSize.bytes + bundleSize.bytes;
  rows.push(
    `trace page first render (HTML + inline CSS): ${kb(html.bytes)} gzip (budget 14 KB)`,
    `trace page, all it loads: ${kb(total)} gzip = HTML ${kb(html.bytes)} + script ${kb(scriptSize.bytes)} + bundle ${kb(bundleSize.bytes)} (budget 50 KB)`,
  );

  await load(page); // warm-up: caches, JIT
  const trace = await load(page);
  rows.push(
    `trace page at ${CONNECTIONS} connections, ${SECONDS} s: p50 ${trace.p50} ms, p99 ${trace.p99} ms, ${trace.perSecond}/s, ${trace.errors} errors (budget p99 50 ms)`,
  );

  const { products } = (await (
    await fetch(`${backend.url}/store/products?limit=1&handle=cam-vinh-hop-5kg`, {
      headers: { 'x-publishable-api-key': backend.publishableKey },
    })
  ).json()) as { products: { handle: string }[] };
  const productPage = `${storefront.url}/products/${products[0]!.handle}`;
  for (const [name, url, performance, accessibility] of [
    ['trace page', page, 95, 95],
    ['product page', productPage, 90, 90],
  ] as const) {
    const scores = await lighthouseScores(url);
    rows.push(
      `Lighthouse (mobile) ${name}: performance ${scores.performance} (target ${performance}), accessibility ${scores.accessibility} (target ${accessibility})`,
    );
  }
} finally {
  await storefront.stop();
  await stop();
}
console.log(
  `\nstorefront bench · ${cpus()[0]?.model ?? 'CPU'} · ${cpus().length} cores · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
for (const row of rows) console.log(row);
