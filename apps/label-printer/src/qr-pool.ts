import { Worker } from 'node:worker_threads';
import { LabelError } from './errors.js';
import { normalizeLabel } from './label-data.js';
import type { LabelRow } from './label-job.js';
import { type LabelLayout, type LayoutOptions, layoutLabel } from './label-layout.js';
import type { EccLevel, QrMatrix } from './qr-code.js';
import type { QrWorkAnswer } from './qr-worker.js';
import type { LabelTemplate } from './templates.js';

const CHUNK = 128;
const IN_FLIGHT = 6;

// Under tsx (tests, bench) the worker is the TypeScript source; after `npm run build`, its .js.
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? './qr-worker.ts' : './qr-worker.js',
  import.meta.url,
);

function startWorker(): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL);
  // Node 20 does not hand tsx's loader to a worker: the worker imports its source through tsx.
  const source = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(source, { eval: true });
}

/**
 * Layouts of a large job with QR codes made by worker threads, in order, a few chunks ahead of
 * the PDF writer. Same layouts as `jobLayouts`; an error names the row it came from.
 */
export async function* parallelJobLayouts(
  rows: readonly LabelRow[],
  template: LabelTemplate,
  options: LayoutOptions & { workers?: number } = {},
): AsyncGenerator<LabelLayout> {
  const ecc: EccLevel = options.ecc ?? 'M';
  const workers = Array.from({ length: Math.max(1, options.workers ?? 1) }, startWorker);
  const waiting = new Map<number, (answer: QrWorkAnswer) => void>();
  for (const worker of workers) {
    worker.on('message', (answer: QrWorkAnswer) => waiting.get(answer.id)?.(answer));
  }
  const failures = new Promise<never>((_, reject) => {
    for (const worker of workers) worker.once('error', reject);
  });
  failures.catch(() => undefined);
  const request = (chunk: number): Promise<QrWorkAnswer> => {
    const texts = rows
      .slice(chunk * CHUNK, (chunk + 1) * CHUNK)
      .map((row) => normalizeLabel(row.data, row.where).uri);
    const answer = new Promise<QrWorkAnswer>((resolve) => waiting.set(chunk, resolve));
    workers[chunk % workers.length]!.postMessage({ id: chunk, texts, ecc });
    return Promise.race([answer, failures]);
  };
  const chunks = Math.ceil(rows.length / CHUNK);
  const pending: Promise<QrWorkAnswer>[] = [];
  try {
    for (let next = 0; next < Math.min(IN_FLIGHT, chunks); next++) pending.push(request(next));
    for (let chunk = 0; chunk < chunks; chunk++) {
      const answer = await pending.shift()!;
      waiting.delete(chunk);
      if (chunk + IN_FLIGHT < chunks) pending.push(request(chunk + IN_FLIGHT));
      if ('failed' in answer) {
        const row = rows[chunk * CHUNK + answer.failed.index]!;
        throw new LabelError(answer.failed.code, answer.failed.reason, row.where ?? {});
      }
      for (let index = 0; index < answer.sizes.length; index++) {
        const row = rows[chunk * CHUNK + index]!;
        const matrix: QrMatrix = {
          size: answer.sizes[index]!,
          version: answer.versions[index]!,
          ecc,
          dark: answer.dark[index]!,
        };
        let layout: LabelLayout;
        try {
          layout = layoutLabel(row.data, template, { ecc, matrix });
        } catch (error) {
          if (
            error instanceof LabelError &&
            row.where !== undefined &&
            error.location.line === undefined
          ) {
            throw new LabelError(error.code, error.reason, row.where);
          }
          throw error;
        }
        for (let copy = 0; copy < row.copies; copy++) yield layout;
      }
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
