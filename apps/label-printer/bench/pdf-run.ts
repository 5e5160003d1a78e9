// One measured run, in its own process so that its peak memory is its own: N unique unit labels
// (GS1 Digital Link with serial) on A4 3×7 sheets, streamed to a file. Prints one JSON line.
import { statSync } from 'node:fs';
import { writePdfFile, loadTemplate, lotLabels, parseSerialRange } from '../src/index.js';

const [count = '10000', out = '/tmp/nguongoc-labels-bench.pdf', templateId = 'a4-3x7'] =
  process.argv.slice(2);
const lot = {
  id: '3KX9T2M7QAH',
  code: 'MO-2611-A',
  product: 'Mật ong hoa nhãn Khoái Châu',
  gtin: '8934602000019',
  stars: 4 as const,
  producedOn: '2026-11-24',
  expiresOn: '2028-11-24',
  cooperative: 'HTX Ong mật Ẩn Thi, Hưng Yên',
};
const started = performance.now();
const labels = lotLabels(lot, {
  base: 'https://nguongoc.vn',
  serials: parseSerialRange(`1-${count}`),
});
const plan = await writePdfFile(
  labels.map((data) => ({ data, copies: 1 })),
  out,
  { template: loadTemplate(templateId), workers: Number(process.env.BENCH_WORKERS ?? 1) },
);
const ms = performance.now() - started;
console.log(
  JSON.stringify({
    labels: plan.labels,
    pages: plan.pages,
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: statSync(out).size,
  }),
);
