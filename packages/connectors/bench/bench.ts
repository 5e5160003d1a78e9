// `npm run bench`: the built package (dist/, as the commerce app loads it) against issue #7's
// targets: render + validate + export 10,000 listings in ≤ 5 s, and import 50,000 order rows in
// ≤ 10 s with peak memory ≤ 300 MB. Figures are medians of BENCH_RUNS runs (default 3).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateShortCode } from '@nguongoc/trace-core';
import ExcelJS from 'exceljs';
import { connectors, traceQrPng, type CatalogueProduct } from '../dist/index.js';
import { CATALOGUE } from '../test/_catalogue.js';
import { STYLES } from '../test/fixtures/generate-fixtures.js';

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 10_000);
const ORDER_ROWS = Number(process.env.BENCH_ORDER_ROWS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const EXPORT_TARGET_S = 5;
const IMPORT_TARGET_S = 10;
const IMPORT_MEMORY_TARGET_MB = 300;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
async function time(run: () => Promise<unknown>): Promise<number> {
  collect();
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}
const seconds = (value: number) => `${value.toFixed(2)} s`;

// A seeded generator, so that every run renders the same catalogue.
let seed = 7;
const random = (length: number) =>
  Uint8Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed >>> 24;
  });

// 1. A catalogue of LISTINGS products: the four samples in rotation with their own SKU, price,
// stock and trace code; each has the sample's 2-3 images (800-1000 px PNGs, 3-5 kB each).
const catalogue: CatalogueProduct[] = Array.from({ length: LISTINGS }, (_, index) => {
  const base = CATALOGUE[index % CATALOGUE.length]!;
  return {
    ...base,
    sku: `${base.sku}-${index}`,
    priceVnd: base.priceVnd + (index % 100) * 1_000,
    stock: index % 50,
    trace: { base: 'https://nguongoc.vn', shortCode: generateShortCode(random) },
  };
});

console.log(
  `connectors bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(
  `\n1. render + validate + export ${LISTINGS.toLocaleString('en-US')} listings (median of ${RUNS})`,
);
// The target is for the whole export: the workbook and the images archive with a QR PNG per
// listing. The same export without QR images, and a delta export, are printed beside it.
for (const connector of Object.values(connectors)) {
  const exportAll = async (skipQrImages: boolean) => {
    const result = await connector.exportCatalogue(catalogue, { skipQrImages });
    if (result.exported.length !== LISTINGS)
      throw new Error(`${connector.id}: ${result.refused.length} refused`);
    return result;
  };
  const full: number[] = [];
  const plain: number[] = [];
  let workbookBytes = 0;
  let archiveBytes = 0;
  let plainArchiveBytes = 0;
  let previousHashes = new Map<string, string>();
  for (let run = 0; run < RUNS; run++) {
    full.push(
      await time(async () => {
        const result = await exportAll(false);
        workbookBytes = result.workbook.byteLength;
        archiveBytes = result.archive.byteLength;
        previousHashes = new Map(result.exported.map((entry) => [entry.sku, entry.hash]));
      }),
    );
    plain.push(
      await time(async () => {
        plainArchiveBytes = (await exportAll(true)).archive.byteLength;
      }),
    );
  }
  const changed = catalogue.map((product, index) =>
    index % 100 === 0 ? { ...product, priceVnd: product.priceVnd + 500 } : product,
  );
  const delta: number[] = [];
  let deltaRows = 0;
  for (let run = 0; run < RUNS; run++) {
    delta.push(
      await time(async () => {
        const result = await connector.exportCatalogue(changed, { previousHashes });
        deltaRows = result.exported.length;
      }),
    );
  }
  const mebibytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const runs = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
  const verdict = median(full) <= EXPORT_TARGET_S ? 'met' : 'NOT met';
  console.log(
    `   ${connector.id.padEnd(9)} XLSX + images + QR PNGs: ${seconds(median(full))} (${(median(full) / EXPORT_TARGET_S).toFixed(2)} × target, ${verdict}; ` +
      `runs ${runs(full)}; workbook ${mebibytes(workbookBytes)}, archive ${mebibytes(archiveBytes)})`,
  );
  console.log(
    `   ${''.padEnd(9)} without QR PNGs: ${seconds(median(plain))} (runs ${runs(plain)}; archive ${mebibytes(plainArchiveBytes)}); ` +
      `delta of ${deltaRows} changed: ${seconds(median(delta))}`,
  );
}

// One QR PNG on this thread (600 px, the largest minimum side of the three exchanges).
const qrUrls = catalogue.slice(0, 2_000).map((product) => connectors.voso.render(product).traceUrl);
const perCode: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const elapsed = await time(async () => qrUrls.forEach((url) => traceQrPng(url, 600)));
  perCode.push((elapsed * 1000) / qrUrls.length);
}
console.log(
  `   one QR PNG of 600 px: ${median(perCode).toFixed(3)} ms (median of ${RUNS} runs of ${qrUrls.length.toLocaleString('en-US')} codes)`,
);

// 2. Order exports of ORDER_ROWS rows in PostMart's layout (two title rows, its own headers):
// orders of 1 to 4 lines, buyers in 6 communes, one row in 1,000 with a wrong amount.
const directory = mkdtempSync(join(tmpdir(), 'connectors-bench-'));
const style = STYLES.postmart;
const headers = [...style.order.map(style.header), style.extra];
const buyers = [
  ['Nghệ An', 'Xã Nghĩa Đàn'],
  ['Thanh Hóa', 'Thọ Xuân'],
  ['Thành phố Hồ Chí Minh', 'Phường Bến Thành'],
  ['Hà Nội', 'Phường Hoàn Kiếm'],
  ['Hà Tĩnh', 'Xã Hương Khê'],
  ['Quảng Bình', 'Đồng Hới'],
] as const;
const rows: (string | number | Date)[][] = [];
let expectedTotal = 0;
for (let order = 0, row = 0; row < ORDER_ROWS; order++) {
  const lines = 1 + (order % 4);
  const [province, commune] = buyers[order % buyers.length]!;
  const placedAt = new Date(Date.UTC(2026, 10, 1) + order * 47_000);
  for (let line = 0; line < lines && row < ORDER_ROWS; line++, row++) {
    const product = CATALOGUE[line]!;
    const quantity = 1 + ((order + line) % 5);
    const wrong = row % 1000 === 999;
    if (!wrong) expectedTotal += quantity * product.priceVnd;
    const byField = {
      orderId: `PM${String(order).padStart(8, '0')}`,
      placedAt,
      status: 'Đã giao',
      sku: product.sku,
      quantity,
      unitPrice: product.priceVnd,
      amount: quantity * product.priceVnd + (wrong ? 1 : 0),
      province,
      commune,
    };
    rows.push([...style.order.map((field) => byField[field]), 'Giao giờ hành chính']);
  }
}
const xlsxPath = join(directory, 'postmart-orders-50k.xlsx');
const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
  filename: xlsxPath,
  useSharedStrings: false,
});
const sheet = writer.addWorksheet('Đơn hàng');
for (const line of style.preamble) sheet.addRow([line]).commit();
sheet.addRow(headers).commit();
for (const row of rows) sheet.addRow(row).commit();
sheet.commit();
await writer.commit();
const csvPath = join(directory, 'postmart-orders-50k.csv');
const pad = (value: number) => String(value).padStart(2, '0');
const csvCell = (value: string | number | Date) =>
  value instanceof Date
    ? `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`
    : String(value);
writeFileSync(
  csvPath,
  [headers.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\n'),
);

console.log(
  `\n2. import ${ORDER_ROWS.toLocaleString('en-US')} order rows (a fresh process per run; median of ${RUNS})`,
);
const child = fileURLToPath(new URL('./import-orders-child.mjs', import.meta.url));
for (const path of [xlsxPath, csvPath]) {
  const results = Array.from({ length: RUNS }, () => {
    const output = execFileSync(process.execPath, [child, 'postmart', path], { encoding: 'utf8' });
    return JSON.parse(output) as {
      seconds: number;
      maxRssMb: number;
      rowsRead: number;
      rowsKept: number;
      orders: number;
      problems: number;
      totalVnd: number;
    };
  });
  const first = results[0]!;
  if (first.rowsRead !== ORDER_ROWS || first.totalVnd !== expectedTotal) {
    throw new Error(
      `import read ${first.rowsRead} rows, ${first.totalVnd} ₫; expected ${ORDER_ROWS}, ${expectedTotal} ₫`,
    );
  }
  const time = median(results.map((r) => r.seconds));
  const memory = median(results.map((r) => r.maxRssMb));
  console.log(
    `   ${path.endsWith('.csv') ? 'CSV ' : 'XLSX'} (${(statSync(path).size / 2 ** 20).toFixed(1)} MiB): ${seconds(time)} ` +
      `(${(time / IMPORT_TARGET_S).toFixed(2)} × target, ${time <= IMPORT_TARGET_S ? 'met' : 'NOT met'}; runs ${results.map((r) => r.seconds.toFixed(2)).join(', ')}), ` +
      `peak RSS (VmHWM) ${memory.toFixed(0)} MB (${memory <= IMPORT_MEMORY_TARGET_MB ? 'met' : 'NOT met'}); ` +
      `${first.rowsKept.toLocaleString('en-US')} rows kept in ${first.orders.toLocaleString('en-US')} orders, ${first.problems} problems, totals reconcile`,
  );
}
if (!process.env.BENCH_KEEP) rmSync(directory, { recursive: true, force: true });
else console.log(directory);
