// `npm run bench` (after `npm run build`): boot-to-ready time of the built server and store API
// latency at 50 concurrent connections on loopback, for the product list and a product's detail.
// Target (issue #4): p95 <= 100 ms for both. The backend runs as the HTTP tests run it: a fresh
// seeded database on DATABASE_URL's server, else on an embedded PostgreSQL.
import autocannon from 'autocannon';
import { cpus, totalmem } from 'node:os';
import { startBackend } from '@nguongoc/test-support/backend';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const BOOTS = 3;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((values.length * p) / 100))
  ]!;

async function load(url: string, headers: Record<string, string>) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: SECONDS, headers },
      (error, finished) => (error ? fail(error) : done(finished)),
    );
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
  return {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

const { backend, stop, restart } = await startBackend();
try {
  const headers = { 'x-publishable-api-key': backend.publishableKey };
  const regions = (await (await fetch(`${backend.url}/store/regions`, { headers })).json()) as {
    regions: { id: string }[];
  };
  const region = regions.regions[0]!.id;
  const list = `${backend.url}/store/products?limit=12&region_id=${region}`;
  const { products } = (await (await fetch(list, { headers })).json()) as {
    products: { id: string }[];
  };
  const detail = `${backend.url}/store/products/${products[0]!.id}?region_id=${region}`;

  const boots: number[] = [];
  for (let i = 0; i < BOOTS; i++) boots.push(await restart());
  // Warm-up, then the measured runs.
  await load(list, headers);
  const listResult = await load(list, headers);
  const detailResult = await load(detail, headers);
  // What Medusa itself costs: a session cookie (as a signed-in shopper sends) passes the store
  // catalogue cache by, to Medusa's middlewares and its own query cache.
  const signedIn = { ...headers, cookie: 'connect.sid=bench' };
  const listUncached = await load(list, signedIn);
  const detailUncached = await load(detail, signedIn);

  console.log(
    `\ncommerce bench · ${cpus()[0]?.model ?? 'CPU'} · ${cpus().length} cores · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PostgreSQL'}`,
  );
  console.log(
    `boot to ready (medusa start → /health), ${BOOTS} runs: median ${Math.round(percentile(boots, 50))} ms (${boots.map((b) => Math.round(b)).join(', ')})`,
  );
  for (const [name, r] of [
    ['GET /store/products?limit=12', listResult],
    ['GET /store/products/:id', detailResult],
    ['GET /store/products?limit=12, past the catalogue cache', listUncached],
    ['GET /store/products/:id, past the catalogue cache', detailUncached],
  ] as const) {
    console.log(
      `${name}: ${CONNECTIONS} connections, ${SECONDS} s: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.perSecond} req/s, ${r.requests} requests, ${r.errors} errors (target p95 <= 100 ms)`,
    );
  }
} finally {
  await stop();
}
