// One timed order import in a fresh process, so that its peak memory (maxRSS) is its own:
// `node bench/import-orders-child.mjs <exchange> <file>` prints one JSON line.
import { connectors } from '../dist/index.js';

const [exchange, path] = process.argv.slice(2);
const connector = connectors[exchange];
const start = performance.now();
const result = await connector.importOrders({ name: path.split('/').at(-1), path });
const seconds = (performance.now() - start) / 1000;
const totalVnd = result.orders.reduce((sum, order) => sum + order.totalVnd, 0);
console.log(
  JSON.stringify({
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rowsRead: result.rowsRead,
    rowsKept: result.rowsKept,
    orders: result.orders.length,
    problems: result.problems.length,
    totalVnd,
    codes: process.env.BENCH_DEBUG ? [...new Set(result.problems.map((p) => p.code))] : undefined,
  }),
);
