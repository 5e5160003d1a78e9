// `npm run bench:export`: the peak memory (VmHWM) of a 10,000-listing channel export, from the
// connectors' export to the route's answer, the two ways the route has answered:
// - `json-base64` (before issue #20): the workbook and the images archive base64-encoded into
//   the JSON answer (`JSON.stringify`, then the bytes Express sends);
// - `file-module` (now): both written through Medusa's local file provider's upload stream, the
//   answer only their names and URLs.
// Each run is a fresh process, so that one way's garbage does not count against the other. The
// catalogue: four products in rotation, each with its own SKU, price, stock and trace code, and
// three 1000 px PNG images of about 4 kB shared by the products of one kind, as the connectors'
// bench has them. PostMart's export (workbook, images and a QR PNG per listing).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalFileService } from '@medusajs/medusa/file-local';
import { type CatalogueProduct, connectors, traceQrPng } from '@nguongoc/connectors';
import { generateShortCode } from '@nguongoc/trace-core';

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const VARIANTS = ['json-base64', 'file-module'] as const;
type Variant = (typeof VARIANTS)[number];

/** This process's peak resident memory so far, in MiB (Linux: VmHWM). */
function peakMiB(): number {
  const line = readFileSync('/proc/self/status', 'utf8').match(/^VmHWM:\s+(\d+) kB$/m);
  return line ? Number(line[1]) / 1024 : NaN;
}

// A seeded generator, so that every run exports the same trace codes.
let seed = 7;
const random = (length: number) =>
  Uint8Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed >>> 24;
  });

function catalogue(): CatalogueProduct[] {
  const kinds = ['cam', 'mat-ong', 'gao', 'nem'].map((kind, k) => ({
    kind,
    images: [1, 2, 3].map((n) => ({
      fileName: `${kind}-${n}.png`,
      // A QR code of a long address: a 1000 px PNG of about 4 kB, like a product photo's
      // size in the connectors' bench.
      data: traceQrPng(`https://nguongoc.vn/anh/${kind}/${n}?${'v'.repeat(200)}`, 1000),
    })),
    priceVnd: 50_000 + k * 40_000,
  }));
  return Array.from({ length: LISTINGS }, (_, index) => {
    const { kind, images, priceVnd } = kinds[index % kinds.length]!;
    return {
      sku: `${kind.toUpperCase()}-${index}`,
      name: `Sản phẩm ${kind} số ${index}`,
      description: `Đặc sản ${kind} của hợp tác xã, đóng gói tại xã, giao trong ngày.`,
      category: 'dac-san-che-bien',
      priceVnd: priceVnd + (index % 100) * 1_000,
      stock: index % 50,
      net: { quantity: 500, unit: 'GRM' },
      package: { weightGrams: 600, lengthCm: 20, widthCm: 15, heightCm: 10 },
      images,
      attributes: { brand: 'HTX Nông sản', shelfLife: '12 tháng', storage: 'Nơi khô ráo' },
      ocop: { stars: 3, decisionNumber: '1530/QĐ-UBND', expiresOn: '2027-09-30' },
      origin: { cooperativeName: 'HTX Nông sản Hoằng Hoá', communeCode: '15865' },
      trace: { base: 'https://nguongoc.vn', shortCode: generateShortCode(random) },
    } satisfies CatalogueProduct;
  });
}

/** One export and its answer, the `variant` way; prints its figures as one JSON line. */
async function child(variant: Variant): Promise<void> {
  const products = catalogue();
  const before = peakMiB();
  const started = performance.now();
  const result = await connectors.postmart.exportCatalogue(products);
  if (result.exported.length !== LISTINGS)
    throw new Error(`${result.refused.length} refused: ${JSON.stringify(result.refused[0])}`);
  const exported = result.exported.map(({ sku }) => sku);
  let answerBytes: number;
  if (variant === 'json-base64') {
    const body = JSON.stringify({
      exchange: 'postmart',
      workbook: {
        name: result.workbookName,
        base64: Buffer.from(result.workbook).toString('base64'),
      },
      archive: { name: result.archiveName, base64: Buffer.from(result.archive).toString('base64') },
      exported,
      unchanged: result.unchanged,
      refused: [],
    });
    // What Express's `res.json` sends: the string as bytes.
    answerBytes = Buffer.byteLength(Buffer.from(body, 'utf8'));
  } else {
    const folder = mkdtempSync(join(tmpdir(), 'ng-bench-files-'));
    try {
      const files = new LocalFileService(
        {},
        {
          upload_dir: folder,
          private_upload_dir: folder,
          backend_url: 'http://localhost:9000/static',
        },
      );
      const write = async (name: string, mimeType: string, bytes: Uint8Array) => {
        const upload = await files.getUploadStream({ filename: name, mimeType, access: 'private' });
        upload.writeStream.end(bytes);
        return (await upload.promise).url;
      };
      const body = JSON.stringify({
        exchange: 'postmart',
        workbook: {
          name: result.workbookName,
          url: await write(
            result.workbookName,
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            result.workbook,
          ),
        },
        archive: {
          name: result.archiveName,
          url: await write(result.archiveName, 'application/zip', result.archive),
        },
        exported,
        unchanged: result.unchanged,
        refused: [],
      });
      answerBytes = Buffer.byteLength(body);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  console.log(
    JSON.stringify({
      variant,
      seconds: (performance.now() - started) / 1000,
      peakMiB: peakMiB(),
      catalogueMiB: before,
      archiveMiB: result.archive.byteLength / 2 ** 20,
      workbookMiB: result.workbook.byteLength / 2 ** 20,
      answerMiB: answerBytes / 2 ** 20,
    }),
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const variant = process.argv[2] as Variant | undefined;
  if (variant) return child(variant);
  console.log(
    `commerce export-memory bench: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${LISTINGS.toLocaleString('en-US')} listings, PostMart, ${RUNS} fresh processes per way`,
  );
  const script = fileURLToPath(import.meta.url);
  for (const way of VARIANTS) {
    const runs = Array.from({ length: RUNS }, () => {
      const output = execFileSync(process.execPath, ['--import', 'tsx', script, way], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      return JSON.parse(output.trim().split('\n').pop()!) as Record<string, number>;
    });
    const first = runs[0]!;
    console.log(
      `${way.padEnd(12)} peak RSS ${median(runs.map((r) => r.peakMiB!)).toFixed(0)} MiB (runs ${runs.map((r) => r.peakMiB!.toFixed(0)).join(', ')}; ${first.catalogueMiB!.toFixed(0)} MiB before the export), ` +
        `export + answer ${median(runs.map((r) => r.seconds!)).toFixed(2)} s; archive ${first.archiveMiB!.toFixed(1)} MiB, workbook ${first.workbookMiB!.toFixed(1)} MiB, answer ${first.answerMiB!.toFixed(2)} MiB`,
    );
  }
}

await main();
