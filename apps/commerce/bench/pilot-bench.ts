// `npm run bench:pilot` (after `npm run build`; also the second half of `npm run bench`): the
// commune pilot's indicators over 1,000,000 orders. Target (issue #8): <= 1 s on PostgreSQL on
// this machine. A fresh seeded backend (DATABASE_URL's server, else an embedded PostgreSQL) gets
// 1,000,000 orders of 1 to 3 lines over three years, 200 cooperatives in 100 communes, four
// channels, 600 products (a third of them a household's), 5 % cancelled and 2 % returned, written
// through the ledger's trigger (ADR 018). It then checks that the half-monthly totals equal the
// lines, and times, median of 7 runs each: the dashboard's answer over HTTP, its sales statement
// alone (whole half months, and a period with partial half months at both ends read from the
// lines), the same figures read from the lines without the totals, and a drill-down page.
import { cpus, totalmem } from 'node:os';
import { provinces } from '@nguongoc/vn-admin-units';
import pg from 'pg';
import { type SqlRun, salesFigures } from '../src/modules/sales/pilot-queries.js';
import { startBackend } from '@nguongoc/test-support/backend';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const BATCH = 50_000;
const RUNS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function timed(work: () => Promise<unknown>): Promise<{ median: number; runs: number[] }> {
  await work(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    runs.push(performance.now() - started);
  }
  return { median: median(runs), runs };
}

const communes = provinces()
  .flatMap((province) => province.communes)
  .filter((_, i) => i % 33 === 0)
  .slice(0, 100);

const { backend, stop } = await startBackend({ name: 'pilot_bench' });
const client = new pg.Client({ connectionString: backend.databaseUrl });
await client.connect();
try {
  const run: SqlRun = async (sql, params) => {
    let n = 0;
    return (
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows;
  };

  const writeStarted = performance.now();
  for (let first = 1; first <= ORDERS; first += BATCH) {
    await client.query(
      `insert into sales_line (id, key, channel, order_ref, cooperative_id, household_id,
         commune_code, province_code, product_id, sku, quantity, amount_vnd, raw_amount_vnd,
         net_quantity, net_amount_vnd, raw_net_amount_vnd, ocop_stars, traceable, order_head,
         buyer_province_code, buyer_commune_code, ordered_at, status, content_hash)
       select 'bench_' || o || '_' || l, 'bench:' || o || ':' || l,
         (array['storefront', 'postmart', 'voso', '37nghean'])[1 + (o / 200) % 4], 'B' || o,
         'coop_bench_' || (o % 200),
         case when (o % 200) % 3 = 0 then 'hh_bench_' || (o % 200) || '_' || l end,
         c.code, c.province, 'prod_bench_' || (o % 200) || '_' || l, 'SKU-' || l, q, a,
         jsonb_build_object('value', a::text, 'precision', 20),
         case when s = 'delivered' then q else 0 end, case when s = 'delivered' then a else 0 end,
         jsonb_build_object('value', (case when s = 'delivered' then a else 0 end)::text, 'precision', 20),
         case when l < 3 then 3 + l end, (o % 200 + l) % 4 <> 0, l = 1, c.province, c.code,
         timestamptz '2024-01-01 00:00+07' + ((o::bigint * 7919) % 1065) * interval '1 day'
           + (o % 86400) * interval '1 second', s, null
       from generate_series($1::int, $2::int) o
       cross join lateral generate_series(1, 1 + o % 3) l
       cross join lateral (select $3::text[] as codes, $4::text[] as provs) arr
       cross join lateral (select arr.codes[1 + (o % 200) % 100] as code,
                                  arr.provs[1 + (o % 200) % 100] as province) c
       cross join lateral (select 1 + (o + l) % 3 as q,
                                  (1 + (o + l) % 3) * (20000 + ((o * 31) % 50) * 5000) as a,
                                  case when o % 20 = 0 then 'cancelled'
                                       when o % 50 = 1 then 'returned'
                                       else 'delivered' end as s) v`,
      [
        first,
        Math.min(ORDERS, first + BATCH - 1),
        communes.map((c) => c.code),
        communes.map((c) => c.provinceCode),
      ],
    );
  }
  const writeMs = performance.now() - writeStarted;
  await client.query('analyze sales_line; analyze sales_half_month;');
  const [{ lines, halves }] = (
    await client.query(
      `select (select count(*) from sales_line)::int as lines, (select count(*) from sales_half_month)::int as halves`,
    )
  ).rows;

  // The half-monthly totals must be the lines, summed.
  const [check] = (
    await client.query(
      `select (select sum(net_amount_vnd) from sales_line) as lines_amount,
              (select sum(amount_vnd) from sales_half_month) as halves_amount,
              (select count(*) from sales_line where order_head and status not in ('cancelled', 'returned')) as lines_orders,
              (select sum(orders) from sales_half_month) as halves_orders`,
    )
  ).rows;
  if (check.lines_amount !== check.halves_amount || check.lines_orders !== check.halves_orders) {
    throw new Error(`sales_half_month does not match sales_line: ${JSON.stringify(check)}`);
  }

  const token = (
    (await (
      await fetch(`${backend.url}/auth/user/emailpass`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(backend.admin),
      })
    ).json()) as { token: string }
  ).token;
  const http = (path: string) => async () => {
    const response = await fetch(`${backend.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };
  const commune = communes[7]!.code;
  const year = { from: '2026-01-01', to: '2026-12-31' };
  const all = { from: '2024-01-01', to: '2026-12-31' };

  // The same figures as `salesFigures`, read from the lines themselves (no totals kept).
  const fromLines = (filter: { from: string; to: string; commune_code?: string }) =>
    client.query(
      `select period, channel, cooperative_id, product_id, ocop, traceable,
         sum(net_amount_vnd), sum(net_quantity), count(*) filter (where counted)
       from (select to_char(ordered_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as period,
               channel, cooperative_id, product_id, ocop_stars is not null as ocop, traceable,
               net_amount_vnd, net_quantity,
               order_head and status not in ('cancelled', 'returned') as counted
             from sales_line
             where deleted_at is null
               and ordered_at >= $1::date::timestamp at time zone 'Asia/Ho_Chi_Minh'
               and ordered_at < ($2::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
               ${filter.commune_code ? 'and commune_code = $3' : ''}) d
       group by grouping sets ((period, channel), (channel), (cooperative_id),
         (product_id, cooperative_id), (ocop), (traceable), ())`,
      filter.commune_code
        ? [filter.from, filter.to, filter.commune_code]
        : [filter.from, filter.to],
    );

  const results: [string, { median: number; runs: number[] }][] = [
    [
      'GET /admin/pilot/indicators, all communes, 2026 by month',
      await timed(http(`/admin/pilot/indicators?from=${year.from}&to=${year.to}`)),
    ],
    [
      'GET /admin/pilot/indicators, all communes, 2024-2026 by quarter',
      await timed(
        http(`/admin/pilot/indicators?from=${all.from}&to=${all.to}&granularity=quarter`),
      ),
    ],
    [
      'GET /admin/pilot/indicators, one commune, 2026 by month',
      await timed(
        http(`/admin/pilot/indicators?commune_code=${commune}&from=${year.from}&to=${year.to}`),
      ),
    ],
    [
      'GET /admin/pilot/sales-lines, one commune, March 2026, first 50',
      await timed(
        http(`/admin/pilot/sales-lines?commune_code=${commune}&from=2026-03-01&to=2026-03-31`),
      ),
    ],
    [
      'salesFigures (SQL only), all communes, 2024-2026 by month',
      await timed(() => salesFigures(run, all, 'month')),
    ],
    [
      'salesFigures (SQL only), all communes, 2026-02-10 to 2026-05-20 (partial ends)',
      await timed(() => salesFigures(run, { from: '2026-02-10', to: '2026-05-20' }, 'month')),
    ],
    [
      'salesFigures (SQL only), one commune, 2026 by month',
      await timed(() => salesFigures(run, { ...year, commune_code: commune }, 'month')),
    ],
    ['same figures from sales_line, all communes, 2024-2026', await timed(() => fromLines(all))],
    [
      'same figures from sales_line, one commune, 2026',
      await timed(() => fromLines({ ...year, commune_code: commune })),
    ],
  ];

  console.log(
    `\npilot bench · ${cpus()[0]?.model ?? 'CPU'} · ${cpus().length} cores · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PostgreSQL'}`,
  );
  console.log(
    `${ORDERS.toLocaleString('en')} orders, ${Number(lines).toLocaleString('en')} lines written through the trigger in ${(writeMs / 1000).toFixed(1)} s (${((writeMs * 1000) / Number(lines)).toFixed(1)} µs a line); ${Number(halves).toLocaleString('en')} rows of half-monthly totals; totals match the lines`,
  );
  for (const [name, r] of results) {
    console.log(
      `${name}: median ${r.median.toFixed(1)} ms (${r.runs.map((t) => t.toFixed(0)).join(', ')})${name.startsWith('GET /admin/pilot/indicators') ? ' (target <= 1000 ms)' : ''}`,
    );
  }
} finally {
  await client.end();
  await stop();
}
