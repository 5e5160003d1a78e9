// One timed order import in a fresh process, so that its peak memory is its own: VmHWM from
// /proc/self/status (getrusage's maxRSS is not, on Linux: it survives exec from the forked bench).
// `node bench/import-orders-child.mjs <exchange> <file>` prints one JSON line.
import { readFileSync } from 'node:fs';
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
    maxRssMb:
      Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024,
    rowsRead: result.rowsRead,
    rowsKept: result.rowsKept,
    orders: result.orders.length,
    problems: result.problems.length,
    totalVnd,
  }),
);
